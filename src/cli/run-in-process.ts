// Runs the CLI in-process for tests: main() with in-memory streams, its output collected.

import { PassThrough } from 'node:stream'
import { text } from 'node:stream/consumers'
import { main } from './main.js'

export interface CliRun {
  code: number
  stdout: string
  stderr: string
}

export interface RunOptions {
  stdin?: string | Buffer
  stdinIsTty?: boolean
  /** Pretend stdout is a terminal this wide. */
  columns?: number
  env?: Record<string, string>
}

export async function runCli(argv: string[], options: RunOptions = {}): Promise<CliRun> {
  const stdin = Object.assign(new PassThrough(), options.stdinIsTty ? { isTTY: true } : {})
  const stdout = Object.assign(new PassThrough(), options.columns ? { isTTY: true, columns: options.columns } : {})
  const stderr = new PassThrough()
  // Consumers attach before main() writes, so nothing is missed or left buffered.
  const out = text(stdout)
  const err = text(stderr)
  if (!options.stdinIsTty) stdin.end(options.stdin ?? '')
  const code = await main(argv, { stdin, stdout, stderr, env: options.env ?? {} })
  stdout.end()
  stderr.end()
  return { code, stdout: await out, stderr: await err }
}
