// `wirewatch brief --speaker NAME [--on DATE] | --event ID | --doc ID [--format txt|md|html|json]`:
// a brief in the form of the seed brief, written from the store (the library's buildBrief and
// formatBrief; this is their shell).

import { type Command, Option } from 'commander'
import { BRIEF_FORMATS, type BriefFormat, WirewatchError, buildBrief, formatBrief } from '../index.js'
import type { CliIo } from './io.js'
import { checkDate } from './options.js'
import { json } from './query-common.js'
import { addDbOption, withStore } from './store-option.js'
import { printable } from './printable.js'

interface BriefFlags {
  speaker?: string
  on?: string
  event?: string
  doc?: string
  format: BriefFormat | 'json'
  json?: boolean
  db?: string
}

const EXAMPLES = `
Examples:
  wirewatch brief --speaker Varga                      Ilsa Varga's latest day
  wirewatch brief --speaker Varga --on 2026-04-21      a given day
  wirewatch brief --event 5d1f283e99f4e15e:e1          an event, from its latest statements
  wirewatch brief --doc 5d1f283e99f4e15e --format html one stored document; sentences link to /statements/{id}
  wirewatch brief --speaker person:ilsa-varga --json   the brief with the statement ids of every sentence

A brief: a dated lead ("Name, role, has said that …"), a Source: line (the outlets, their
descriptors, the medium), Details: in reported speech, Quote: blocks verbatim, and background:
what others said about the same events, and which of those events happened, each with its date.
Every sentence uses the words of the statements it came from; --json (or --format json) gives
their ids. Wirewatch reads its own briefs back to the same statements, speakers, dates and sources.`

export function registerBriefCommand(program: Command, io: CliIo, finish: (exitCode: number) => void): void {
  addDbOption(
    program
      .command('brief')
      .summary('write a brief in the seed’s form: a speaker’s day, an event, or a document')
      .description('Write a brief from the store, in the form of a monitoring desk’s brief: lead, Source:, Details:, Quote: and dated background.')
      .option('--speaker <name>', 'a person or organisation: a name, an alias, a last name or an entity id')
      .option('--on <YYYY-MM-DD>', 'with --speaker or --event: the day to brief (default: the latest day with statements)')
      .option('--event <id>', 'an event id (wirewatch event --list shows them)')
      .option('--doc <id>', 'a stored document id')
      .addOption(new Option('--format <format>', 'txt (the seed’s layout), md, html, or json (the brief with statement ids)').choices(BRIEF_FORMATS).default('txt'))
      .option('--json', 'the same as --format json'),
  )
    .addHelpText('after', EXAMPLES)
    .action(async (flags: BriefFlags) => {
      const given = [flags.speaker, flags.event, flags.doc].filter((x) => x !== undefined)
      if (given.length !== 1) throw new WirewatchError('E_USAGE', 'give one of --speaker NAME, --event ID or --doc ID')
      if (given[0]!.trim() === '') throw new WirewatchError('E_USAGE', 'the name or id to brief is empty')
      if (flags.on !== undefined && flags.doc !== undefined) throw new WirewatchError('E_USAGE', '--on goes with --speaker or --event; a document brief has the document’s date')
      const on = flags.on === undefined ? undefined : checkDate(flags.on, '--on')
      const brief = await withStore(flags.db, io, (store) =>
        buildBrief(store, {
          ...(flags.speaker !== undefined ? { speaker: flags.speaker } : {}),
          ...(flags.event !== undefined ? { event: flags.event } : {}),
          ...(flags.doc !== undefined ? { doc: flags.doc } : {}),
          ...(on !== undefined ? { on } : {}),
        }),
      )
      const format = flags.json ? 'json' : flags.format
      io.stdout.write(format === 'json' ? json(brief) : printable(formatBrief(brief, format)))
      finish(0)
    })
}
