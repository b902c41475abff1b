// The last step of `npm run build`: the web UI's assets (plain HTML, CSS and ES modules, served
// as they are) go beside the compiled server, where src/web/serve.ts looks for them.
import { cpSync, rmSync } from 'node:fs'

const from = new URL('../src/web/assets/', import.meta.url)
const to = new URL('../dist/src/web/assets/', import.meta.url)
rmSync(to, { recursive: true, force: true })
cpSync(from, to, { recursive: true })
