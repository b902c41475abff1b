// The CLI entry point: bin/wirewatch.js passes argv and the process streams, and uses the
// returned number as the exit code. Never exits and never touches process.stdout itself.

import { CommanderError } from 'commander'
import { describeFailure } from './errors.js'
import { type CliIo, handleClosedOutput } from './io.js'
import { buildProgram, type RunState } from './program.js'
import { packageVersion } from './version.js'
import { printable } from './printable.js'

export type { CliIo } from './io.js'

export async function main(argv: string[], io: CliIo): Promise<number> {
  const debug = (io.env ?? process.env).WIREWATCH_DEBUG === '1'
  const state: RunState = { exitCode: 0, command: 'wirewatch' }
  handleClosedOutput(io)
  try {
    const program = buildProgram(io, await packageVersion(), state)
    await program.parseAsync(argv, { from: 'user' })
    return state.exitCode
  } catch (error) {
    if (error instanceof CommanderError && error.exitCode === 0) return 0 // --help or --version
    const failure = describeFailure(error, state.command)
    // A message may quote what was read (a name, a title): shown, not obeyed, by the terminal.
    for (const line of failure.lines) io.stderr.write(`${printable(line)}\n`)
    if (debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`)
    return failure.exitCode
  }
}
