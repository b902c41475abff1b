import type { Document, EventStatus, EventType, Statement } from '../../core/records.js'
import { dayOf } from '../../core/iso-date.js'
import { isLatestNews, mergeEventReport } from '../../core/event-status.js'
import type { EventAssignment, EventReport, EventReportQuery, PendingEvent } from '../store.js'
import type { Prepared } from './prepared.js'
import { reindexStatements } from './statement-index.js'

// Events as their reports make them. Each report keeps its document's own account (type, place,
// participants); ingest/settle-events.ts decides which reports are one event, and regroupEvents
// files them so and rebuilds each event concerned from its reports in one fixed order (document
// day, then document id), so that an event's status, date and place do not depend on which report
// came first. The events a commit or a name rewrite touched wait in pending_events until then.

interface ReportRow {
  eventId: string
  documentId: string
  documentDate: string | null
  local_id: string
  type: EventType | null
  eventType: EventType
  status: EventStatus
  date: string | null
  place_id: string | null
  participants_json: string
}

/** "<document id>:e3" → 2. */
export const reportIndex = (localId: string): number => Number(localId.slice(localId.lastIndexOf(':e') + 2)) - 1
export const localReportId = (documentId: string, index: number): string => `${documentId}:e${index + 1}`

/** Marks events as waiting to be grouped again, with a stamp newer than any pending one's. */
export function markEventsPending(p: Prepared, ids: Iterable<string>): void {
  const stamp = ((p.pluck('SELECT max(stamp) FROM pending_events').get() as number | null) ?? 0) + 1
  const mark = p.get('INSERT INTO pending_events (id, stamp) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET stamp = excluded.stamp')
  for (const id of ids) mark.run(id, stamp)
}

/**
 * The report's account, as its document now tells it, after a rewrite of the document's names;
 * its event waits to be grouped again. Returns the event's row number.
 */
export function retellReport(p: Prepared, documentN: number, localId: string, told: { participants: readonly string[]; place?: string }): number | undefined {
  const report = p.get('SELECT r.event_n, v.id FROM event_reports r JOIN events v ON v.n = r.event_n WHERE r.document_n = ? AND r.local_id = ?').get(documentN, localId) as
    | { event_n: number; id: string }
    | undefined
  if (!report) return undefined
  p.get('UPDATE event_reports SET participants_json = ?, place_id = ? WHERE event_n = ? AND document_n = ? AND local_id = ?').run(
    JSON.stringify([...new Set(told.participants)]),
    told.place ?? null,
    report.event_n,
    documentN,
    localId,
  )
  markEventsPending(p, [report.id])
  return report.event_n
}

/** After a merge of entities: every report naming `fromId` names `toId`, and its event waits to be grouped again. */
export function renameInReports(p: Prepared, fromId: string, toId: string): void {
  const reports = p
    .get(
      `SELECT r.event_n, r.document_n, r.local_id, r.place_id, r.participants_json, v.id FROM event_reports r JOIN events v ON v.n = r.event_n
       WHERE r.place_id = @from OR EXISTS (SELECT 1 FROM json_each(r.participants_json) j WHERE j.value = @from)`,
    )
    .all({ from: fromId }) as {
    event_n: number
    document_n: number
    local_id: string
    place_id: string | null
    participants_json: string
    id: string
  }[]
  const set = p.get('UPDATE event_reports SET participants_json = ?, place_id = ? WHERE event_n = ? AND document_n = ? AND local_id = ?')
  const swap = (id: string) => (id === fromId ? toId : id)
  for (const r of reports) {
    const participants = [...new Set((JSON.parse(r.participants_json) as string[]).map(swap))]
    set.run(JSON.stringify(participants), r.place_id === null ? null : swap(r.place_id), r.event_n, r.document_n, r.local_id)
  }
  markEventsPending(p, new Set(reports.map((r) => r.id)))
}

export function pendingEvents(p: Prepared): PendingEvent[] {
  return p.get('SELECT id, stamp FROM pending_events ORDER BY id').all() as PendingEvent[]
}

export function findEventReports(p: Prepared, query: EventReportQuery): EventReport[] {
  const events = p
    .pluck(
      `WITH wanted(n) AS (
         SELECT x.event_n FROM event_participants x WHERE x.entity_n IN (SELECT e.n FROM entities e WHERE e.id IN (SELECT value FROM json_each(@anchors)))
         UNION SELECT v.n FROM events v WHERE v.place_n IN (SELECT e.n FROM entities e WHERE e.id IN (SELECT value FROM json_each(@anchors)))
         UNION SELECT v.n FROM events v WHERE v.id IN (SELECT value FROM json_each(@events)))
       SELECT v.n FROM wanted w JOIN events v ON v.n = w.n ORDER BY v.last_seen DESC, v.n LIMIT @limit`,
    )
    .all({ anchors: JSON.stringify(query.anchors ?? []), events: JSON.stringify(query.events ?? []), limit: query.limit ?? -1 }) as number[]
  const columns = `SELECT v.id AS eventId, d.id AS documentId, d.date AS documentDate, r.local_id, r.type, v.type AS eventType, r.status, r.date, r.place_id, r.participants_json
    FROM event_reports r JOIN events v ON v.n = r.event_n JOIN documents d ON d.n = r.document_n WHERE r.event_n = ?`
  const rows: ReportRow[] = []
  const each = query.reportsPerEvent
  for (const n of events) {
    if (each === undefined) {
      rows.push(...(p.get(columns).all(n) as ReportRow[]))
      continue
    }
    // Through the primary key (event_n, document_n, …): the first and the last stored, without reading the rest.
    const first = p.get(`${columns} ORDER BY r.document_n, r.local_id LIMIT ?`).all(n, Math.floor(each / 2)) as ReportRow[]
    const last = p.get(`${columns} ORDER BY r.document_n DESC, r.local_id DESC LIMIT ?`).all(n, Math.ceil(each / 2)) as ReportRow[]
    const seen = new Set(first.map((r) => r.local_id))
    rows.push(...first, ...last.filter((r) => !seen.has(r.local_id)))
  }
  return rows.map((r) => ({
    eventId: r.eventId,
    documentId: r.documentId,
    index: reportIndex(r.local_id),
    ...(r.documentDate ? { documentDate: r.documentDate } : {}),
    type: r.type ?? r.eventType,
    status: r.status,
    ...(r.date ? { date: r.date } : {}),
    ...(r.place_id ? { place: r.place_id } : {}),
    participants: JSON.parse(r.participants_json) as string[],
  }))
}

/** Files reports under the events assigned, rewrites what differs, rebuilds the events concerned; returns the documents changed. */
export function regroupEvents(p: Prepared, assignments: readonly EventAssignment[], done: readonly PendingEvent[]): number {
  const rebuild = new Set<number>()
  const byDocument = new Map<string, EventAssignment[]>()
  for (const a of assignments) byDocument.set(a.documentId, [...(byDocument.get(a.documentId) ?? []), a])
  let documents = 0
  for (const [documentId, assigned] of byDocument) {
    const row = p.get('SELECT n, document_json FROM documents WHERE id = ?').get(documentId) as { n: number; document_json: string } | undefined
    if (!row) continue
    const doc = JSON.parse(row.document_json) as Document
    // A statement follows its document's first report of the event it concerned.
    const moved = new Map<number, { n: number; id: string }>()
    for (const a of [...assigned].sort((x, y) => x.index - y.index)) {
      const local = localReportId(documentId, a.index)
      const report = p.get('SELECT r.event_n, v.id, r.type FROM event_reports r JOIN events v ON v.n = r.event_n WHERE r.document_n = ? AND r.local_id = ?').get(row.n, local) as
        | { event_n: number; id: string; type: EventType | null }
        | undefined
      const told = doc.events?.[a.index]
      if (!report || !told || report.id === a.eventId) continue
      const target = eventNumber(p, a.eventId, report.type ?? told.type)
      p.get('UPDATE event_reports SET event_n = ? WHERE event_n = ? AND document_n = ? AND local_id = ?').run(target, report.event_n, row.n, local)
      told.id = a.eventId
      if (!moved.has(report.event_n)) moved.set(report.event_n, { n: target, id: a.eventId })
      rebuild.add(report.event_n).add(target)
    }
    if (moved.size === 0) continue
    documents++
    p.get('UPDATE documents SET document_json = ? WHERE n = ?').run(JSON.stringify(doc), row.n)
    const statements = p.get('SELECT s.n, s.event_n, t.json FROM statements s JOIN statement_texts t ON t.n = s.n WHERE s.document_n = ? AND s.event_n IS NOT NULL').all(row.n) as {
      n: number
      event_n: number
      json: string
    }[]
    const rewritten: number[] = []
    for (const s of statements) {
      const to = moved.get(s.event_n)
      if (!to) continue
      const statement = JSON.parse(s.json) as Statement
      statement.event = to.id
      p.get('UPDATE statement_texts SET json = ? WHERE n = ?').run(JSON.stringify(statement), s.n)
      p.get('UPDATE statements SET event_n = ? WHERE n = ?').run(to.n, s.n)
      rewritten.push(s.n)
    }
    reindexStatements(p, rewritten)
  }
  // Every event settled is rebuilt, moved or not: one a put merged in arrival order gets the fixed order's result.
  for (const e of done) {
    const n = p.pluck('SELECT n FROM events WHERE id = ?').get(e.id) as number | undefined
    if (n !== undefined) rebuild.add(n)
  }
  for (const n of rebuild) rebuildEvent(p, n)
  const clear = p.get('DELETE FROM pending_events WHERE id = ? AND stamp = ?')
  for (const e of done) clear.run(e.id, e.stamp)
  return documents
}

/** The event's row number, made (to be rebuilt) when no event has the id yet. */
function eventNumber(p: Prepared, id: string, type: EventType): number {
  const n = p.pluck('SELECT n FROM events WHERE id = ?').get(id) as number | undefined
  if (n !== undefined) return n
  return Number(p.get(`INSERT INTO events (id, type, status, document_count) VALUES (?, ?, 'unknown', 0)`).run(id, type).lastInsertRowid)
}

/**
 * An event's row and participants from its reports, taken in the fixed order: the type and place
 * of the first that gives one, the status and date as core/event-status merges them, the union of
 * participants. An event left without reports is deleted.
 */
export function rebuildEvent(p: Prepared, n: number): void {
  const reports = (
    p
      .get(
        `SELECT d.id AS documentId, d.date AS documentDate, r.local_id, r.type, r.status, r.date, r.place_id, r.participants_json
         FROM event_reports r JOIN documents d ON d.n = r.document_n WHERE r.event_n = ?`,
      )
      .all(n) as Omit<ReportRow, 'eventId' | 'eventType'>[]
  )
    .map((r) => ({ ...r, day: dayOf(r.documentDate ?? undefined), index: reportIndex(r.local_id) }))
    .sort((a, b) => compareDays(a.day, b.day) || (a.documentId < b.documentId ? -1 : a.documentId > b.documentId ? 1 : a.index - b.index))
  if (reports.length === 0) {
    p.get('UPDATE statements SET event_n = NULL WHERE event_n = ?').run(n)
    p.get('DELETE FROM event_participants WHERE event_n = ?').run(n)
    p.get('DELETE FROM events WHERE n = ?').run(n)
    return
  }
  const [first, ...rest] = reports
  let merged: { status: EventStatus; date?: string } = { status: first!.status, ...(first!.date ? { date: first!.date } : {}) }
  let lastSeen = first!.day
  for (const r of rest) {
    const latest = isLatestNews(r.day, lastSeen)
    merged = mergeEventReport(merged, { status: r.status, ...(r.date ? { date: r.date } : {}) }, latest)
    if (latest) lastSeen = r.day
  }
  const days = reports.flatMap((r) => r.day ?? [])
  const place = reports.find((r) => r.place_id)?.place_id
  const type = reports.find((r) => r.type)?.type
  p.get(
    `UPDATE events SET type = coalesce(@type, type), status = @status, date = @date, place_n = @place, first_seen = @first, last_seen = @last, document_count = @documents WHERE n = @n`,
  ).run({
    n,
    type: type ?? null,
    status: merged.status,
    date: merged.date ?? null,
    place: place ? entityNumber(p, place) : null,
    first: days.length ? days.reduce((a, b) => (a < b ? a : b)) : null,
    last: days.length ? days.reduce((a, b) => (a > b ? a : b)) : null,
    documents: new Set(reports.map((r) => r.documentId)).size,
  })
  const participants = new Set<number>()
  for (const r of reports) {
    for (const id of JSON.parse(r.participants_json) as string[]) {
      const e = entityNumber(p, id)
      if (e !== null) participants.add(e)
    }
  }
  p.get('DELETE FROM event_participants WHERE event_n = ?').run(n)
  const add = p.get('INSERT OR IGNORE INTO event_participants (event_n, entity_n) VALUES (?, ?)')
  for (const e of participants) add.run(n, e)
}

/** Undated reports come after dated ones. */
function compareDays(a: string | null, b: string | null): number {
  if (a === b) return 0
  if (a === null) return 1
  if (b === null) return -1
  return a < b ? -1 : 1
}

function entityNumber(p: Prepared, id: string): number | null {
  return ((p.pluck('SELECT n FROM entities WHERE id = ?').get(id) ?? p.pluck('SELECT entity_n FROM entity_redirects WHERE from_id = ?').get(id)) as number | undefined) ?? null
}
