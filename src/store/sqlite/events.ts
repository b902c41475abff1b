import type { Document, Event, EventStatus, EventType } from '../../core/records.js'
import { isLatestNews, mergeEventReport } from '../../core/event-status.js'
import type { EventQuery, StoredEvent } from '../store.js'
import type { EntityWriter } from './entities.js'
import type { Prepared } from './prepared.js'
import { earlierOf, laterOf } from './seen-dates.js'
import { localReportId } from './event-groups.js'

// Events merged across documents. A document's events arrive with the ids ingestion resolved them
// to (the same id for the same event told by several documents). The row keeps the status and
// date core/event-status's rules give (the document date says which report is the latest news),
// and the union of participants; each document's own account is a report, so the status history
// survives the merge.

const UPDATE_EVENT = `UPDATE events SET status = @status, date = @date, place_n = coalesce(place_n, @placeN),
  first_seen = ${earlierOf('first_seen', '@day')}, last_seen = ${laterOf('last_seen', '@day')},
  document_count = document_count + @counted
  WHERE n = @n`

interface EventRow {
  n: number
  id: string
  type: EventType
  status: EventStatus
  date: string | null
  place_n: number | null
  first_seen: string | null
  last_seen: string | null
  document_count: number
}

/** Writes the document's events and reports; returns event id → n. */
export function putEvents(p: Prepared, entities: EntityWriter, documentN: number, doc: Document, day: string | null): Map<string, number> {
  const ns = new Map<string, number>()
  for (const [k, e] of (doc.events ?? []).entries()) {
    const placeN = e.place ? entities.reference(e.place) : null
    const row = p.get('SELECT * FROM events WHERE id = ?').get(e.id) as EventRow | undefined
    let n: number
    if (!row) {
      n = Number(
        p
          .get('INSERT INTO events (id, type, status, date, place_n, first_seen, last_seen, document_count) VALUES (?, ?, ?, ?, ?, ?, ?, 1)')
          .run(e.id, e.type, e.status, e.date ?? null, placeN, day, day).lastInsertRowid,
      )
    } else {
      n = row.n
      const later = isLatestNews(day, row.last_seen)
      const merged = mergeEventReport({ status: row.status, date: row.date ?? undefined }, e, later)
      p.get(UPDATE_EVENT).run({ n, status: merged.status, date: merged.date ?? null, placeN, day, counted: ns.has(e.id) ? 0 : 1 })
    }
    ns.set(e.id, n)
    const participant = p.get('INSERT OR IGNORE INTO event_participants (event_n, entity_n) VALUES (?, ?)')
    for (const id of new Set(e.participants)) participant.run(n, entities.reference(id))
    p.get(
      'INSERT OR IGNORE INTO event_reports (event_n, document_n, local_id, status, date, type, place_id, participants_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ).run(n, documentN, localReportId(doc.id, k), e.status, e.date ?? null, e.type, e.place ?? null, JSON.stringify([...new Set(e.participants)]))
  }
  return ns
}

/** An event merged across documents, with its reports and how many statements concern it. */
export function readEvent(p: Prepared, where: { id: string } | { n: number }): StoredEvent | undefined {
  const row = ('id' in where ? p.get('SELECT * FROM events WHERE id = ?').get(where.id) : p.get('SELECT * FROM events WHERE n = ?').get(where.n)) as
    | EventRow
    | undefined
  if (!row) return undefined
  const participants = p.pluck('SELECT e.id FROM event_participants x JOIN entities e ON e.n = x.entity_n WHERE x.event_n = ? ORDER BY e.id').all(row.n) as string[]
  const place = row.place_n === null ? undefined : (p.pluck('SELECT id FROM entities WHERE n = ?').get(row.place_n) as string)
  const reports = readReports(p, row.n)
  const event: Event = {
    id: row.id,
    type: row.type,
    participants,
    ...(place ? { place } : {}),
    ...(row.date ? { date: row.date } : {}),
    status: row.status,
    mentions: [],
  }
  return {
    event,
    reports: reports.map((r) => ({
      documentId: r.documentId,
      ...(r.documentDate ? { documentDate: r.documentDate } : {}),
      status: r.status,
      ...(r.date ? { date: r.date } : {}),
    })),
    statementCount: p.pluck('SELECT count(*) FROM statements WHERE event_n = ? AND duplicate = 0').get(row.n) as number,
    ...(row.first_seen ? { firstSeen: row.first_seen } : {}),
    ...(row.last_seen ? { lastSeen: row.last_seen } : {}),
    documentCount: row.document_count,
  }
}

/** What each document told of an event, in the order of the documents' dates. */
function readReports(p: Prepared, n: number): { documentId: string; documentDate: string | null; status: EventStatus; date: string | null }[] {
  return p
    .get(
      `SELECT d.id AS documentId, d.date AS documentDate, r.status, r.date FROM event_reports r JOIN documents d ON d.n = r.document_n
       WHERE r.event_n = ? ORDER BY coalesce(d.date, ''), d.n`,
    )
    .all(n) as { documentId: string; documentDate: string | null; status: EventStatus; date: string | null }[]
}

/** Events with any of the participants (entity ids) and, if given, of the type; most reported first. */
export function findEvents(p: Prepared, query: EventQuery): StoredEvent[] {
  const limit = Math.max(1, Math.min(1000, query.limit ?? 20))
  const where: string[] = []
  const params: Record<string, string | number> = { limit }
  const who: string[] = []
  if (query.participants?.length) {
    who.push(`v.n IN (SELECT x.event_n FROM event_participants x JOIN entities e ON e.n = x.entity_n WHERE e.id IN (SELECT value FROM json_each(@participants)))`)
    params.participants = JSON.stringify(query.participants)
  }
  if (query.place) {
    who.push('v.place_n = (SELECT n FROM entities WHERE id = @place)')
    params.place = query.place
  }
  if (who.length) where.push(`(${who.join(' OR ')})`)
  if (query.type) {
    where.push('v.type = @type')
    params.type = query.type
  }
  const sql = `SELECT v.n FROM events v ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY v.document_count DESC, v.n LIMIT @limit`
  return (p.pluck(sql).all(params) as number[]).flatMap((n) => readEvent(p, { n }) ?? [])
}
