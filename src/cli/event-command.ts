// `wirewatch event ID`: an event with its status history and the statements that concern it.
// `wirewatch event --list [--participant NAME] [--type T]`: the stored events, most reported first.

import { type Command, Option } from 'commander'
import { type EventType, type Store, type StoredEvent, WirewatchError } from '../index.js'
import type { CliIo } from './io.js'
import { checkLimit } from './options.js'
import {
  EntityNames,
  type EntityRef,
  type QueryHit,
  UNCERTAIN_NOTE,
  candidatesFor,
  hasUncertainDate,
  isStrong,
  json,
  labelOf,
  plural,
  timelineLine,
  withOutlets,
} from './query-common.js'
import { addDbOption, withStore } from './store-option.js'
import { printable } from './printable.js'

const EVENT_TYPES: EventType[] = ['meeting', 'talks', 'negotiations', 'call', 'visit', 'summit']
const STATEMENT_LIMIT = 50
const LIST_LIMIT = 20
/** Reports whose document titles are looked up for the text view; beyond them, ids only. */
const TITLED_REPORTS = 100

interface EventFlags {
  list?: boolean
  participant?: string
  type?: EventType
  limit?: string
  json?: boolean
  db?: string
}

const EXAMPLES = `
Examples:
  wirewatch event --list                                 the most reported events
  wirewatch event --list --participant Varga --type talks
  wirewatch event 5d1f283e99f4e15e:e1                    one event: its status history, its statements
  wirewatch event 5d1f283e99f4e15e:e1 --json

The status history has one line per document that told of the event: the document's date, the
status it told (proposed, planned, began, held, ended, cancelled, unknown), and the event date it gave.`

/** The --json output for one event: the StoredEvent's fields, the entities it names, its statements. */
export interface EventReport extends StoredEvent {
  reports: (StoredEvent['reports'][number] & { documentTitle?: string })[]
  /** Participants and place, with their names. */
  entities: EntityRef[]
  statements: QueryHit[]
}

/** The --json output for --list. */
export interface EventList {
  events: StoredEvent[]
  /** Every participant and place the events name, with their names. */
  entities: EntityRef[]
}

export function registerEventCommand(program: Command, io: CliIo, finish: (exitCode: number) => void): void {
  addDbOption(
    program
      .command('event')
      .summary('an event with its status history and statements, or a list of events')
      .description('Show an event (type, status, date, place, participants), the status each document told, and the statements that concern it; or, with --list, list the stored events.')
      .argument('[id]', 'the event id, e.g. 5d1f283e99f4e15e:e1 (see --list)')
      .option('--list', 'list events, the most reported first')
      .option('--participant <name>', 'with --list: events in which this person, organisation or place takes part')
      .addOption(new Option('--type <type>', 'with --list: events of this type').choices(EVENT_TYPES))
      .option('--limit <n>', `how many statements (default ${STATEMENT_LIMIT}), or with --list how many events (default ${LIST_LIMIT}); 1 to 1000`)
      .option('--json', 'print the event or the list as JSON'),
  )
    .addHelpText('after', EXAMPLES)
    .action(async (id: string | undefined, flags: EventFlags) => {
      const filtered = flags.participant !== undefined || flags.type !== undefined
      if (id !== undefined && flags.list) throw new WirewatchError('E_USAGE', 'give an event ID or --list, not both')
      if (id !== undefined && filtered) throw new WirewatchError('E_USAGE', '--participant and --type filter --list; they do not go with an event ID')
      const listing = flags.list === true || (id === undefined && filtered)
      if (!listing && id === undefined) throw new WirewatchError('E_USAGE', 'give an event ID, or --list to list the stored events')
      const limit = flags.limit === undefined ? (listing ? LIST_LIMIT : STATEMENT_LIMIT) : checkLimit(flags.limit, 1000)
      if (listing) {
        const { list, note } = await withStore(flags.db, io, (store) => listEvents(store, flags, limit))
        io.stderr.write(printable(note))
        io.stdout.write(flags.json ? json(list) : printable(formatEventList(list)))
      } else {
        const report = await withStore(flags.db, io, (store) => eventReport(store, id!.trim(), limit))
        io.stdout.write(flags.json ? json(report) : printable(formatEvent(report, limit, io)))
      }
      finish(0)
    })
}

async function eventReport(store: Store, id: string, limit: number): Promise<EventReport> {
  const stored = await store.getEvent(id)
  if (!stored) throw new WirewatchError('E_NOT_FOUND', `no event is stored under the id "${id}" (wirewatch event --list shows the stored events)`)
  const names = new EntityNames(store)
  const e = stored.event
  const entities = await names.refs([...e.participants, ...(e.place && !e.participants.includes(e.place) ? [e.place] : [])])
  const statements = await withOutlets(await store.search({ event: e.id, order: 'date', limit }), names)
  const titles = new Map<string, string | undefined>(statements.map((h) => [h.document.id, h.document.title]))
  for (const r of stored.reports.slice(0, TITLED_REPORTS)) {
    if (!titles.has(r.documentId)) titles.set(r.documentId, (await store.getDocument(r.documentId))?.document.title)
  }
  const reports = stored.reports.map((r) => {
    const title = titles.get(r.documentId)
    return { ...r, ...(title ? { documentTitle: title } : {}) }
  })
  return { ...stored, reports, entities, statements }
}

async function listEvents(store: Store, flags: EventFlags, limit: number): Promise<{ list: EventList; note: string }> {
  let participants: string[] | undefined
  let note = ''
  if (flags.participant !== undefined) {
    const candidates = await candidatesFor(store, flags.participant)
    if (candidates.length === 0) throw new WirewatchError('E_NOT_FOUND', `no person, organisation, place or outlet is stored under the name or id "${flags.participant}"`)
    const strong = candidates.filter(isStrong)
    const chosen = strong.length ? strong : candidates
    participants = chosen.map((c) => c.stored.entity.id)
    note = `events with ${chosen.map((c) => labelOf(c.stored.entity)).join(' or ')}`
  }
  const events = await store.findEvents({ ...(participants ? { participants } : {}), ...(flags.type ? { type: flags.type } : {}), limit })
  if (note) note = `${note}: ${plural(events.length, 'event')}\n`
  const ids = new Set<string>()
  for (const { event: e } of events) for (const x of [...e.participants, ...(e.place ? [e.place] : [])]) ids.add(x)
  const entities = await new EntityNames(store).refs([...ids])
  return { list: { events, entities }, note }
}

function namesOf(entities: readonly EntityRef[]): (id: string) => string {
  const byId = new Map(entities.map((e) => [e.id, e.name]))
  return (id) => byId.get(id) ?? id
}

export function formatEvent(r: EventReport, limit: number, io: CliIo): string {
  const e = r.event
  const name = namesOf(r.entities)
  const row = (label: string, value: string): string => `${label.padEnd(14)}${value}`
  const span = r.firstSeen ? `, ${r.firstSeen === r.lastSeen ? r.firstSeen : `${r.firstSeen} to ${r.lastSeen}`}` : ''
  const lines = [
    `${e.id} — ${e.type}, ${e.status}`,
    row('date', e.date ?? '—'),
    row('place', e.place ? name(e.place) : '—'),
    row('participants', e.participants.map(name).join(', ') || '—'),
    row('reported', `in ${plural(r.documentCount, 'document')}${span}; ${plural(r.statementCount, 'statement')} concern${r.statementCount === 1 ? 's' : ''} it`),
    '',
    'status history: document date, status told, event date told, document',
    ...r.reports.map(
      (x) => `  ${(x.documentDate?.slice(0, 10) ?? 'undated').padEnd(10)}  ${x.status.padEnd(9)}  ${(x.date ?? '—').padEnd(10)}  ${x.documentId}${x.documentTitle ? ` "${x.documentTitle}"` : ''}`,
    ),
    '',
  ]
  const shown = r.statements.length
  const more = shown < r.statementCount && shown >= limit ? `, the first ${shown} of ${r.statementCount} (raise --limit for more)` : ''
  lines.push(shown === 0 ? 'statements: none concern it' : `statements, oldest first: ${shown}${more}`)
  lines.push(...r.statements.map((hit) => `  ${timelineLine(hit, io)}`))
  if (hasUncertainDate(r.statements)) lines.push('', UNCERTAIN_NOTE)
  return `${lines.join('\n')}\n`
}

export function formatEventList(list: EventList): string {
  if (list.events.length === 0) return 'no events found\n'
  const name = namesOf(list.entities)
  return (
    list.events
      .map(({ event: e, documentCount, statementCount }) => {
        const head = [`${e.type}, ${e.status}`, ...(e.date ? [e.date] : []), ...(e.place ? [`in ${name(e.place)}`] : [])].join(', ')
        const who = e.participants.map(name).join(', ') || 'no participants named'
        return `${e.id} — ${head}\n  ${who} · ${plural(documentCount, 'document')}, ${plural(statementCount, 'statement')}`
      })
      .join('\n') + '\n'
  )
}
