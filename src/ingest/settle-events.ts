import type { EventAssignment, EventReport, Store } from '../store/store.js'
import { baseEventId, distinctEventId, linkOf, reportAnchors, reportKey, reportOrder, sameReports } from './event-links.js'

// After names are settled (settle.ts): the events the commits touched are grouped again from
// their reports. Ingestion files each report under the event it links to at the time (resolve.ts),
// which depends on what was stored first; here every report that links, directly or through
// others, to a report of a touched event is gathered, the reports are grouped by links alone, and
// each group is named after its first report (event-links.ts). Whatever the order documents came
// in, the grouping and the ids are the same.

/** Rounds at most: another process's commit may mark events again meanwhile. */
const MAX_ROUNDS = 5

/** Groups every pending event again; returns how many documents were rewritten. */
export async function settleEvents(store: Store): Promise<number> {
  let documents = 0
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const pending = await store.pendingEvents()
    if (pending.length === 0) break
    const reports = await gather(store, pending.map((e) => e.id))
    const assignments = await name(store, group(reports), reports)
    documents += (await store.regroupEvents(assignments, pending)).documents
  }
  return documents
}

/**
 * The reports of the events, and every stored report linked to them directly or through others,
 * with all reports of the events those belong to (a report that no longer links to the rest of its
 * event must be given an event of its own).
 */
async function gather(store: Store, eventIds: readonly string[]): Promise<Map<string, EventReport>> {
  const reports = new Map<string, EventReport>()
  const events = new Set<string>()
  const asked = new Set<string>()
  const byAnchor = new Map<string, EventReport[]>()
  const admit = (r: EventReport): boolean => {
    if (reports.has(reportKey(r))) return false
    reports.set(reportKey(r), r)
    events.add(r.eventId)
    for (const a of reportAnchors(r)) byAnchor.set(a, [...(byAnchor.get(a) ?? []), r])
    return true
  }
  for (const r of await store.findEventReports({ events: eventIds })) admit(r)
  for (;;) {
    const anchors = [...byAnchor.keys()].filter((a) => !asked.has(a))
    if (anchors.length === 0) break
    anchors.forEach((a) => asked.add(a))
    const found = await store.findEventReports({ anchors })
    // Events of which some report links to one gathered: all their reports come in.
    const joining = new Set<string>()
    for (const r of found) {
      if (events.has(r.eventId) || joining.has(r.eventId) || reports.has(reportKey(r))) continue
      const near = reportAnchors(r).flatMap((a) => byAnchor.get(a) ?? [])
      if (near.some((g) => sameReports(r, g))) joining.add(r.eventId)
    }
    if (joining.size === 0) break
    for (const r of found) if (joining.has(r.eventId)) admit(r)
  }
  return reports
}

/**
 * The reports as events: reports joined by strong links, directly or through
 * others; then each report with no strong link joins the event (of two reports or more) it has
 * most weak links to reports naming all its participants, the earliest on a tie. A weak link never joins two events into one: the
 * groups are a function of the reports alone, whatever order they are taken in.
 */
function group(reports: Map<string, EventReport>): Group[] {
  const all = [...reports.values()].sort(reportOrder)
  const parent = all.map((_, k) => k)
  const root = (k: number): number => (parent[k] === k ? k : (parent[k] = root(parent[k]!)))
  const documents = all.map((r) => new Set([r.documentId]))
  const strong: [number, number][] = []
  const weak: [number, number][] = []
  const byAnchor = new Map<string, number[]>()
  all.forEach((r, k) => {
    const seen = new Set<number>()
    for (const a of reportAnchors(r)) {
      const earlier = byAnchor.get(a) ?? []
      for (const j of earlier) {
        if (seen.has(j)) continue
        seen.add(j)
        const link = linkOf(r, all[j]!)
        if (link !== 'none') (link === 'strong' ? strong : weak).push([j, k])
      }
      byAnchor.set(a, [...earlier, k])
    }
  })
  // Two events one document tells apart stay apart: links are taken in a fixed order, and one
  // that would join two reports of a document is passed over.
  strong.sort((x, y) => x[0] - y[0] || x[1] - y[1])
  for (const [j, k] of strong) {
    const [a, b] = [root(j), root(k)]
    if (a === b || [...documents[b]!].some((d) => documents[a]!.has(d))) continue
    const [into, from] = a < b ? [a, b] : [b, a]
    parent[from] = into
    for (const d of documents[from]!) documents[into]!.add(d)
  }
  const size = new Map<number, number>()
  all.forEach((_, k) => size.set(root(k), (size.get(root(k)) ?? 0) + 1))
  const alone = (k: number) => size.get(root(k)) === 1
  // Each lone report's weak links, counted by the event (its root) at the other end.
  const toward = new Map<number, Map<number, number>>()
  for (const [j, k] of weak) {
    for (const [from, to] of [[j, k], [k, j]] as const) {
      // The vaguer report joins the fuller one's event, never the other way round.
      if (!alone(from) || alone(to) || !all[from]!.participants.every((p) => all[to]!.participants.includes(p))) continue
      if (documents[root(to)]!.has(all[from]!.documentId)) continue
      const counts = toward.get(from) ?? new Map<number, number>()
      counts.set(root(to), (counts.get(root(to)) ?? 0) + 1)
      toward.set(from, counts)
    }
  }
  const eventOf = all.map((_, k) => root(k))
  for (const [k, counts] of toward) {
    eventOf[k] = [...counts].sort((x, y) => y[1] - x[1] || x[0] - y[0])[0]![0]
  }
  const groups = new Map<number, Group>()
  all.forEach((r, k) => {
    const g = groups.get(eventOf[k]!)
    if (g) g.reports.push(r)
    else groups.set(eventOf[k]!, { first: all[eventOf[k]!]!, reports: [r] })
  })
  return [...groups.values()]
}

/** An event's reports, and the first of those joined by strong links: what it is named after. */
interface Group {
  first: EventReport
  reports: EventReport[]
}

/**
 * Each event's id: the base id of its first report, unless an earlier-reported event holds it (in
 * these groups or in the store), then the distinct id of that first report. An event outside the
 * groups that holds a base id a group has the better claim to is renamed.
 */
async function name(store: Store, groups: Group[], gathered: Map<string, EventReport>): Promise<EventAssignment[]> {
  const claims = new Map<string, Group[]>()
  for (const g of groups) {
    const base = baseEventId(g.first)
    claims.set(base, [...(claims.get(base) ?? []), g])
  }
  const assignments: EventAssignment[] = []
  for (const [base, claimants] of claims) {
    // An event stored under the base id that is none of these groups' reports: a claimant too.
    const held = (await store.findEventReports({ events: [base] })).filter((r) => !gathered.has(reportKey(r))).sort(reportOrder)
    const all = [...claimants, ...(held.length ? [{ first: held[0]!, reports: held }] : [])].sort((a, b) => reportOrder(a.first, b.first))
    all.forEach((g, k) => {
      const eventId = k === 0 ? base : distinctEventId(g.first)
      for (const r of g.reports) if (r.eventId !== eventId) assignments.push({ documentId: r.documentId, index: r.index, eventId })
    })
  }
  return assignments
}
