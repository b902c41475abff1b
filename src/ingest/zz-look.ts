import { readFileSync } from 'node:fs'
import { readBytes } from './read.js'
const f = process.argv[2]!
const r = readBytes(readFileSync(f), f)
for (const d of r.documents) { const { text, ...rest } = d; console.log(JSON.stringify(rest)); console.log('---\n' + text + '\n---') }
console.log(r.problems)
