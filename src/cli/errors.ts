// Errors → messages. Every failure is one line on stderr (plus a hint for usage mistakes);
// a stack trace only when WIREWATCH_DEBUG=1.

import { WirewatchError } from '../index.js'

/** A mistake on the command line: exit code 2, with a hint to the command's --help. */
export class UsageError extends Error {
  /** The command the mistake was made in, e.g. "wirewatch extract". */
  readonly command: string
  /** Commander already printed the help (a command given without its subcommand). */
  readonly helpShown: boolean
  constructor(message: string, command: string, helpShown = false) {
    super(message)
    this.name = 'UsageError'
    this.command = command
    this.helpShown = helpShown
  }
}

export const EXIT_FAILURE = 1
export const EXIT_USAGE = 2

export interface Failure {
  lines: string[]
  exitCode: number
}

/** What to tell the user about `error`; `command` is the command that was running. */
export function describeFailure(error: unknown, command: string): Failure {
  if (error instanceof UsageError) {
    const lines = error.helpShown ? [] : [`wirewatch: ${error.message}`, hint(error.command)]
    return { lines, exitCode: EXIT_USAGE }
  }
  if (error instanceof WirewatchError) {
    const usage = error.code === 'E_USAGE' || error.code === 'E_BAD_DATE'
    const lines = [`wirewatch: ${error.message}`]
    if (usage) lines.push(hint(command))
    return { lines, exitCode: usage ? EXIT_USAGE : EXIT_FAILURE }
  }
  // A bug, not a user mistake: say so, and how to see more.
  const message = error instanceof Error ? error.message : String(error)
  return {
    lines: [`wirewatch: unexpected error: ${message}`, 'Run again with WIREWATCH_DEBUG=1 to see the stack trace.'],
    exitCode: EXIT_FAILURE,
  }
}

function hint(command: string): string {
  return `Run "${command} --help" for usage.`
}

/** A short reason for a failed file system call: "no such file", "permission denied". */
export function fsReason(error: unknown, what: 'file' | 'folder' = 'file'): string {
  const code = error instanceof Error && 'code' in error ? error.code : undefined
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return `no such ${what}`
    case 'EACCES':
    case 'EPERM':
      return 'permission denied'
    case 'EISDIR':
      return 'it is a directory'
    default:
      return error instanceof Error ? error.message : String(error)
  }
}
