// The commander tree: one program, one register function per command. Commander is told never
// to exit and never to print errors itself: main() turns both into exit codes and one-line messages.

import { Command, type CommanderError } from 'commander'
import { UsageError } from './errors.js'
import { registerBriefCommand } from './brief-command.js'
import { registerDocumentsCommand } from './documents-command.js'
import { registerEntitiesCommand } from './entities-command.js'
import { registerEntityCommand } from './entity-command.js'
import { registerEvalCommand } from './eval-command.js'
import { registerEventCommand } from './event-command.js'
import { registerExtractCommand } from './extract-command.js'
import { registerIngestCommand } from './ingest-command.js'
import { registerReadCommand } from './read-command.js'
import { registerSearchCommand } from './search-command.js'
import { registerServeCommand } from './serve-command.js'
import { registerShowCommand } from './show-command.js'
import { registerStatsCommand } from './stats-command.js'
import { registerTimelineCommand } from './timeline-command.js'
import { registerWhoSaidCommand } from './who-said-command.js'
import { type CliIo, columnsOf } from './io.js'

export interface RunState {
  exitCode: number
  /** The command whose action is running ("wirewatch extract"), for usage hints. */
  command: string
}

const EXAMPLES = `
Examples:
  wirewatch extract samples/briefs/harbor-talks.txt --format text
  wirewatch ingest samples/corpus && wirewatch search harbor --speaker Varga
  wirewatch timeline Varga --from 2026-03-01       what Varga said, oldest first
  wirewatch who-said --about Varga                 who said what about her
  wirewatch entity Varga && wirewatch event --list --participant Varga
  wirewatch brief --speaker Varga --on 2026-04-21   a brief in the seed's form
  cat article.txt | wirewatch extract --date 2025-05-16
  wirewatch eval ../shared/polnear/dev --misses
  wirewatch serve --port 4000                      the JSON API (GET /openapi.json)

Set WIREWATCH_DEBUG=1 to see stack traces.`

export function buildProgram(io: CliIo, version: string, state: RunState): Command {
  // Set before the subcommands are added: .command() copies these settings into each of them.
  const program = new Command('wirewatch')
    .description('Who said what, when, through which outlet: attributed statements extracted from news.')
    .version(version, '-V, --version', 'print the version')
    .configureOutput({
      writeOut: (s) => void io.stdout.write(s),
      writeErr: (s) => void io.stderr.write(s),
      outputError: () => {}, // reported by main() as one line, with a hint
      getOutHelpWidth: () => columnsOf(io.stdout) ?? 80,
      getErrHelpWidth: () => columnsOf(io.stderr) ?? 80,
      getOutHasColors: () => false,
      getErrHasColors: () => false,
    })
    .addHelpText('after', EXAMPLES)

  const finish = (exitCode: number): void => {
    state.exitCode = exitCode
  }
  registerExtractCommand(program, io, finish)
  registerIngestCommand(program, io, finish)
  registerReadCommand(program, io, finish)
  registerSearchCommand(program, io, finish)
  registerDocumentsCommand(program, io, finish)
  registerShowCommand(program, io, finish)
  registerTimelineCommand(program, io, finish)
  registerWhoSaidCommand(program, io, finish)
  registerEntityCommand(program, io, finish)
  registerEventCommand(program, io, finish)
  registerBriefCommand(program, io, finish)
  registerEntitiesCommand(program, io, finish)
  registerStatsCommand(program, io, finish)
  registerServeCommand(program, io, finish)
  registerEvalCommand(program, io, finish)

  program.hook('preAction', (_program, action) => {
    state.command = commandPath(action)
  })
  forEachCommand(program, (command) => command.exitOverride((error) => onCommanderExit(error, command)))
  return program
}

/** Help and --version exit with 0 and are rethrown as they are; anything else is a usage error. */
function onCommanderExit(error: CommanderError, command: Command): never {
  if (error.exitCode === 0) throw error
  const helpShown = error.code === 'commander.help'
  throw new UsageError(commanderMessage(error), commandPath(command), helpShown)
}

/** "error: unknown option '--fromat'\n(Did you mean --format?)" → one line, without "error: ". */
function commanderMessage(error: CommanderError): string {
  return error.message.replace(/^error:\s*/, '').replace(/\s*\n\s*/g, ' ').trim()
}

function commandPath(command: Command): string {
  const names: string[] = []
  for (let c: Command | null = command; c; c = c.parent) names.unshift(c.name())
  return names.join(' ')
}

function forEachCommand(command: Command, visit: (command: Command) => void): void {
  visit(command)
  for (const sub of command.commands) forEachCommand(sub, visit)
}
