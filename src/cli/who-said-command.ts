// `wirewatch who-said --about NAME`: who said what about someone, grouped by speaker, the speakers
// with the most statements first.

import type { Command } from 'commander'
import { type Store, WirewatchError, nameKey } from '../index.js'
import type { CliIo } from './io.js'
import { checkDateRange, checkLimit } from './options.js'
import {
  EntityNames,
  type EntityRef,
  type QueryHit,
  UNCERTAIN_NOTE,
  candidatesFor,
  clip,
  contentOf,
  contentRoom,
  dateColumn,
  hasUncertainDate,
  isStrong,
  json,
  labelOf,
  limitNote,
  othersNote,
  outletsOf,
  plural,
  refOf,
  speakerOf,
  withOutlets,
} from './query-common.js'
import { addDbOption, withStore } from './store-option.js'
import { printable } from './printable.js'

interface WhoSaidFlags {
  about: string
  from?: string
  to?: string
  limit: string
  json?: boolean
  db?: string
}

export const WHO_SAID_LIMIT = 200

const EXAMPLES = `
Examples:
  wirewatch who-said --about Varga
  wirewatch who-said --about "Norland Farmers Union" --from 2026-03-01
  wirewatch who-said --about person:ilsa-varga --json

Speakers with the most statements come first; each speaker's statements in date order, each with
its date (? when it is the document's date), stance, outlet and what was said.`

/** One speaker's statements; `speaker` as in the record model (name null when unknown). */
export interface SpeakerGroup {
  speaker: { name: string | null; entity?: string; role?: string }
  statements: QueryHit[]
}

export interface WhoSaid {
  about: EntityRef
  from?: string
  to?: string
  statementCount: number
  speakers: SpeakerGroup[]
}

export function registerWhoSaidCommand(program: Command, io: CliIo, finish: (exitCode: number) => void): void {
  addDbOption(
    program
      .command('who-said')
      .summary('who said what about someone, grouped by speaker')
      .description('Statements about a person, organisation or place, grouped by who made them: the speakers with the most statements first.')
      .requiredOption('--about <name>', 'whom the statements are about: a name, an alias, a last name or an entity id')
      .option('--from <YYYY-MM-DD>', 'said on or after this date')
      .option('--to <YYYY-MM-DD>', 'said on or before this date')
      .option('--limit <n>', 'how many statements to group, from the oldest (1 to 1000)', String(WHO_SAID_LIMIT))
      .option('--json', 'print the groups as JSON'),
  )
    .addHelpText('after', EXAMPLES)
    .action(async (flags: WhoSaidFlags) => {
      const name = flags.about.trim()
      if (!name) throw new WirewatchError('E_USAGE', '--about needs a name')
      const limit = checkLimit(flags.limit, 1000)
      const range = checkDateRange(flags.from, flags.to)
      const { whoSaid, note } = await withStore(flags.db, io, (store) => buildWhoSaid(store, name, limit, range))
      io.stderr.write(printable(note))
      io.stdout.write(flags.json ? json(whoSaid) : printable(formatWhoSaid(whoSaid, io)))
      finish(0)
    })
}

async function buildWhoSaid(store: Store, name: string, limit: number, range: { from?: string; to?: string }): Promise<{ whoSaid: WhoSaid; note: string }> {
  const candidates = await candidatesFor(store, name)
  const chosen = candidates[0]
  if (!chosen) throw new WirewatchError('E_NOT_FOUND', `no person, organisation, place or outlet is stored under the name or id "${name}"`)
  const entity = chosen.stored.entity
  const hits = await withOutlets(await store.search({ about: entity.id, ...range, order: 'date', limit }), new EntityNames(store))
  const speakers = groupBySpeaker(hits)
  const others = candidates.filter((c) => c !== chosen && (isStrong(c) || !isStrong(chosen)))
  const note = `statements about ${labelOf(entity)}: ${plural(hits.length, 'statement')}${limitNote(hits.length, limit)} by ${plural(speakers.length, 'speaker')}\n${othersNote(name, others)}`
  return { whoSaid: { about: refOf(entity), ...range, statementCount: hits.length, speakers }, note }
}

/** Groups by speaker entity, else by name; unknown speakers last; within a group, the search's date order. */
export function groupBySpeaker(hits: readonly QueryHit[]): SpeakerGroup[] {
  const groups = new Map<string, SpeakerGroup>()
  for (const hit of hits) {
    const s = hit.statement.speaker
    const key = s.entity ?? (s.name !== null ? `name:${nameKey(s.name)}` : 'unknown')
    let group = groups.get(key)
    if (!group) {
      group = { speaker: { name: s.name, ...(s.entity ? { entity: s.entity } : {}) }, statements: [] }
      groups.set(key, group)
    }
    if (!group.speaker.role && s.role) group.speaker.role = s.role
    group.statements.push(hit)
  }
  return [...groups.values()].sort(
    (a, b) =>
      Number(a.speaker.name === null) - Number(b.speaker.name === null) ||
      b.statements.length - a.statements.length ||
      (a.speaker.name ?? '').localeCompare(b.speaker.name ?? ''),
  )
}

export function formatWhoSaid(w: WhoSaid, io: CliIo): string {
  if (w.speakers.length === 0) return `no statements about ${w.about.name} found\n`
  const blocks = w.speakers.map((g) => {
    const who = g.speaker.name === null ? '(unknown speakers)' : g.speaker.entity ? `${g.speaker.name} (${g.speaker.entity})` : g.speaker.name
    const head = `${who}${g.speaker.role ? `, ${g.speaker.role}` : ''} — ${plural(g.statements.length, 'statement')}`
    const lines = g.statements.map((hit) => {
      const by = g.speaker.name === null ? ` ${speakerOf(hit)}` : ''
      const prefix = `  ${dateColumn(hit)} ${(hit.statement.stance ?? '—').padEnd(9)}${by} — ${outletsOf(hit) || 'no outlet'} — `
      return prefix + clip(contentOf(hit), contentRoom(io, prefix.length))
    })
    return [head, ...lines].join('\n')
  })
  const all = w.speakers.flatMap((g) => g.statements)
  return `${blocks.join('\n\n')}\n${hasUncertainDate(all) ? `\n${UNCERTAIN_NOTE}\n` : ''}`
}
