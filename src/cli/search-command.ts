// `wirewatch search [TEXT] [filters]`: statements, best first, with speaker, date, outlet and source.
// Russian and Ukrainian words match in any of their forms (the store indexes stems).

import { type Command, Option } from 'commander'
import { SUPPORTED_LANGUAGES, type SearchHit, type SearchQuery, type Stance } from '../index.js'
import type { CliIo } from './io.js'
import { checkDateRange } from './options.js'
import { addDbOption, withStore } from './store-option.js'
import { UsageError } from './errors.js'
import { printable } from './printable.js'

interface SearchFlags {
  speaker?: string
  outlet?: string
  about?: string
  from?: string
  to?: string
  kind?: 'direct' | 'indirect' | 'mixed'
  stance?: Stance
  event?: string
  lang?: string
  limit: string
  json?: boolean
  duplicates?: boolean
  db?: string
}

const EXAMPLES = `
Examples:
  wirewatch search harbor talks
  wirewatch search --speaker Varga --from 2026-03-01 --to 2026-03-31
  wirewatch search blockade --outlet "Meridian Press" --kind direct --json
  wirewatch search --about Varga --stance oppose
  wirewatch search переговоры --lang ru                 Russian statements, any form of the word
  wirewatch search --event 5d1f283e99f4e15e:e1          statements concerning an event (see wirewatch event --list)`

export function registerSearchCommand(program: Command, io: CliIo, finish: (exitCode: number) => void): void {
  addDbOption(
    program
      .command('search')
      .summary('find statements by text, speaker, outlet, topic, date, kind, stance and event')
      .description('Search stored statements: best match first with a text query, newest first without.')
      .argument('[text...]', 'words the statement must contain (all of them)')
      .option('--speaker <name>', 'who said it (name or alias, e.g. a surname)')
      .option('--outlet <name>', 'the outlet that published or carried it')
      .option('--about <name>', 'a person, organisation or place it is about')
      .option('--from <YYYY-MM-DD>', 'said on or after this date')
      .option('--to <YYYY-MM-DD>', 'said on or before this date')
      .addOption(new Option('--kind <kind>', 'direct, indirect or mixed quotes').choices(['direct', 'indirect', 'mixed']))
      .addOption(new Option('--stance <stance>', "the speaker's stance on what they speak of").choices(['support', 'oppose', 'skeptical', 'neutral']))
      .option('--event <id>', 'statements that concern this event (an event id)')
      .addOption(new Option('--lang <code>', 'statements from documents in this language').choices(SUPPORTED_LANGUAGES))
      .option('--limit <n>', 'how many statements', '20')
      .option('--duplicates', 'include statements from near-duplicate copies of a story')
      .option('--json', 'print the hits as JSON'),
  )
    .addHelpText('after', EXAMPLES)
    .action(async (words: string[], flags: SearchFlags) => {
      const query = queryOf(words, flags)
      const hits = await withStore(flags.db, io, (store) => store.search(query))
      io.stdout.write(flags.json ? `${JSON.stringify(hits, null, 2)}\n` : printable(formatHits(hits)))
      finish(0)
    })
}

function queryOf(words: string[], flags: SearchFlags): SearchQuery {
  const limit = Number(flags.limit)
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw new UsageError(`--limit must be a whole number from 1 to 1000, got "${flags.limit}"`, 'wirewatch search')
  const text = words.join(' ').trim()
  return {
    ...(text ? { text } : {}),
    ...(flags.speaker ? { speaker: flags.speaker } : {}),
    ...(flags.outlet ? { outlet: flags.outlet } : {}),
    ...(flags.about ? { about: flags.about } : {}),
    ...checkDateRange(flags.from, flags.to),
    ...(flags.kind ? { kind: flags.kind } : {}),
    ...(flags.stance ? { stance: flags.stance } : {}),
    ...(flags.event?.trim() ? { event: flags.event.trim() } : {}),
    ...(flags.lang ? { lang: flags.lang } : {}),
    ...(flags.duplicates ? { includeDuplicates: true } : {}),
    limit,
  }
}

/** One block per hit: who, when, where; what was said; which document it came from. */
export function formatHits(hits: SearchHit[]): string {
  if (hits.length === 0) return 'no statements found\n'
  return hits
    .map((hit, n) => {
      const s = hit.statement
      const who = s.speaker.name ?? `(unknown: ${s.speaker.mentions[0]?.text ?? 'no source named'})`
      const role = s.speaker.role ? `, ${s.speaker.role}` : ''
      const where = [s.date, hit.document.outlet].filter(Boolean).join(' · ')
      const content = s.content.map((c) => c.text).join(' … ')
      const title = hit.document.title ? ` "${hit.document.title}"` : ''
      return `${n + 1}. ${who}${role} — ${s.kind}${where ? ` — ${where}` : ''}\n   ${content}\n   ${s.id}${title}\n`
    })
    .join('\n') + '\n'
}
