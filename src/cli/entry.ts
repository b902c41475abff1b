// The CLI's entry point as TypeScript, for tests that run the real command in a child process
// without a build (node --import tsx src/cli/entry.ts …). bin/wirewatch.js is the built twin.
import { main } from './main.js'

process.exitCode = await main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr })
