import { boundId } from '../core/ids.js'
import type { Event, EventType } from '../core/records.js'
import { HAPPENED } from '../core/event-status.js'
import type { EventReport } from '../store/store.js'

// When two documents tell of one event. Reports link pairwise (sameReports), and an event is a
// set of reports linked to one another, directly or through others: a definition that no order of
// arrival can change. Its id comes from its first report in reportOrder (document day, then
// document id), so that it does not depend on arrival either.

// Meetings, talks, negotiations and summits are one family: reports call the same event by each name.
const FAMILY: Record<EventType, string> = { meeting: 'meet', talks: 'meet', negotiations: 'meet', summit: 'meet', call: 'call', visit: 'visit' }
/** Reports of one stage of an event date it a few days apart; plans, and talks that began and then ended, up to two weeks. */
const DATE_SLACK_DAYS = 3
const STAGES_SLACK_DAYS = 14

/**
 * How surely two event records are one event: 0 when they cannot be, else larger for closer
 * matches. `aReportedOn` (the date of the document telling of `a`) stands in for a's missing date
 * against an event that has happened: a report months later of talks "planned" is a new round.
 */
export function sameEvent(a: Event, b: Event, aReportedOn?: string): number {
  if (FAMILY[a.type] !== FAMILY[b.type]) return 0
  if (a.place && b.place && a.place !== b.place) return 0
  // Two reports of the same stage of something that happened agree on its day within a few days;
  // plans and proposals move, and stages follow one another.
  const slack = a.status === b.status && HAPPENED.has(a.status) ? DATE_SLACK_DAYS : STAGES_SLACK_DAYS
  const aDate = a.date ?? (b.date && HAPPENED.has(b.status) ? aReportedOn : undefined)
  if (aDate && b.date && daysApart(aDate, b.date) > slack) return 0
  const pa = new Set(a.participants)
  const pb = new Set(b.participants)
  const samePlaceAndDay = a.place !== undefined && a.place === b.place && a.date !== undefined && b.date !== undefined
  // Without participants on one side, only the same place within the same few days says "same event".
  if (pa.size === 0 || pb.size === 0) return samePlaceAndDay ? 0.5 : 0
  let shared = 0
  for (const p of pa) if (pb.has(p)) shared++
  const jaccard = shared / (pa.size + pb.size - shared)
  if (jaccard < 0.5) return 0
  return jaccard + (a.type === b.type ? 0.1 : 0) + (a.place && a.place === b.place ? 0.1 : 0) + (a.date && b.date ? 0.1 : 0)
}

/** How two documents' reports of one event tie: not at all, or (weak) only by one participant of an event one of them leaves undated. */
export type Link = 'none' | 'weak' | 'strong'

/**
 * Whether two documents' reports tell of one event: each must be the other's event, as told on
 * its own day (so the link is symmetric). A link is weak when all they share is one participant of
 * several and one of them gives no date: "a meeting with Trump" fits every meeting Trump had that
 * month, so such a report may join an event but must not join two events into one (settle-events.ts).
 */
export function linkOf(a: EventReport, b: EventReport): Link {
  // Neither dates it: the documents' own days stand in, so that undated meetings of one person
  // years apart do not become one event.
  if (!a.date && !b.date && a.documentDate && b.documentDate && daysApart(a.documentDate, b.documentDate) > STAGES_SLACK_DAYS) return 'none'
  const ea = asEvent(a)
  const eb = asEvent(b)
  if (sameEvent(ea, eb, a.documentDate) <= 0 || sameEvent(eb, ea, b.documentDate) <= 0) return 'none'
  const shared = a.participants.filter((p) => b.participants.includes(p)).length
  const sameParticipants = shared === a.participants.length && shared === b.participants.length
  return shared >= 2 || sameParticipants || (a.date && b.date) || (a.place && a.place === b.place) ? 'strong' : 'weak'
}

export const sameReports = (a: EventReport, b: EventReport): boolean => linkOf(a, b) !== 'none'

/** The ids a report can be found by in the store: its participants and place (see Store.findEventReports). */
export function reportAnchors(r: Pick<EventReport, 'participants' | 'place'>): string[] {
  return [...new Set([...r.participants, ...(r.place ? [r.place] : [])])]
}

export const reportKey = (r: Pick<EventReport, 'documentId' | 'index'>): string => `${r.documentId}:e${r.index + 1}`

/** The fixed order of reports: document day (undated last), document id, place in the document. */
export function reportOrder(a: EventReport, b: EventReport): number {
  const da = a.documentDate?.slice(0, 10) ?? '\uffff'
  const db = b.documentDate?.slice(0, 10) ?? '\uffff'
  if (da !== db) return da < db ? -1 : 1
  if (a.documentId !== b.documentId) return a.documentId < b.documentId ? -1 : 1
  return a.index - b.index
}

/** "event:meeting-donald-trump-vladimir-putin-2025-05-16", from the event's first report. */
export function baseEventId(first: EventReport): string {
  // Bounded as every id the API takes (three long participant names can pass 200 characters).
  return boundId(unboundedBase(first))
}

/** The id of an event whose base id another event holds: told apart by its first report, which is its alone. */
export function distinctEventId(first: EventReport): string {
  return boundId(`${unboundedBase(first)}-${first.documentId.slice(0, 8)}e${first.index + 1}`)
}

function unboundedBase(first: EventReport): string {
  const who = first.participants.map((p) => p.slice(p.indexOf(':') + 1)).sort().slice(0, 3)
  return `event:${[first.type, ...who, first.date?.slice(0, 10) ?? ''].filter(Boolean).join('-')}`
}

function daysApart(a: string, b: string): number {
  return Math.abs(Date.parse(a.slice(0, 10)) - Date.parse(b.slice(0, 10))) / 86_400_000
}

function asEvent(r: EventReport): Event {
  return { id: r.eventId, type: r.type, participants: r.participants, ...(r.place ? { place: r.place } : {}), ...(r.date ? { date: r.date } : {}), status: r.status, mentions: [] }
}
