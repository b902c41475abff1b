// For the crash tests: `wirewatch ingest` in a child process, killed with SIGKILL mid-run.

import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

/**
 * Runs `wirewatch ingest INPUT --db FILE` and kills it once it has reported `lines` inputs read
 * (one stderr line each): with 300, its first group of 256 documents is committed, and settled.
 * Resolves with the signal that ended the child (SIGKILL unless it finished first).
 */
export async function ingestKilledAfter(input: string, db: string, lines = 300): Promise<NodeJS.Signals | null> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/entry.ts'), 'ingest', input, '--db', db], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] })
  let seen = 0
  await new Promise<void>((resolve, reject) => {
    child.stderr!.on('data', (chunk: Buffer) => {
      seen += chunk.toString().split('\n').length - 1
      if (seen >= lines && child.exitCode === null) child.kill('SIGKILL')
    })
    child.on('exit', () => resolve())
    child.on('error', reject)
  })
  return child.signalCode
}
