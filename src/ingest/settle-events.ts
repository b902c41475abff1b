import type { EventAssignment, EventReport, Store } from '../store/store.js'
import { baseEventId, distinctEventId, linkOf, reportAnchors, reportKey, reportOrder } from './event-links.js'

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
 * Reports that tell one account (type, status, date, place, participants) on one day link to every
 * other report alike (event-links linkOf reads nothing else), so links are tested once per account:
 * a feed of thousands of items telling one event costs what its few accounts cost.
 */
function accountKey(r: EventReport): string {
  return JSON.stringify([r.type, r.status, r.date ?? null, r.place ?? null, [...r.participants].sort(), r.documentDate?.slice(0, 10) ?? null])
}

/**
 * The reports of the events, and every stored report linked to them directly or through others,
 * with all reports of the events those belong to (a report that no longer links to the rest of its
 * event must be given an event of its own).
 */
async function gather(store: Store, eventIds: readonly string[]): Promise<Map<string, EventReport>> {
  const reports = new Map<string, EventReport>()
  const events = new Set<string>()
  /** One report of each account gathered, and the accounts by anchor. */
  const accounts = new Map<string, EventReport>()
  const accountsByAnchor = new Map<string, Set<string>>()
  /** Reports found by an anchor, of events not gathered (yet). */
  const pool = new Map<string, EventReport>()
  const linkedAccounts = new Set<string>()
  const asked = new Set<string>()
  let fresh: EventReport[] = []
  const admit = (r: EventReport) => {
    if (reports.has(reportKey(r))) return
    reports.set(reportKey(r), r)
    pool.delete(reportKey(r))
    events.add(r.eventId)
    const key = accountKey(r)
    if (accounts.has(key)) return
    accounts.set(key, r)
    fresh.push(r)
    for (const a of reportAnchors(r)) accountsByAnchor.set(a, (accountsByAnchor.get(a) ?? new Set()).add(key))
  }
  for (const r of await store.findEventReports({ events: eventIds })) admit(r)
  while (fresh.length) {
    const admitted = fresh
    fresh = []
    const anchors = [...new Set(admitted.flatMap(reportAnchors))].filter((a) => !asked.has(a))
    anchors.forEach((a) => asked.add(a))
    if (anchors.length) for (const r of await store.findEventReports({ anchors })) if (!events.has(r.eventId)) pool.set(reportKey(r), r)
    // Accounts in the pool linked to one gathered (each account tested once a round).
    const checked = new Map<string, boolean>()
    const joining = new Set<string>()
    for (const r of pool.values()) {
      const key = accountKey(r)
      let linked = linkedAccounts.has(key) || checked.get(key)
      if (linked === undefined) {
        const near = new Set(reportAnchors(r).flatMap((a) => [...(accountsByAnchor.get(a) ?? [])]))
        linked = [...near].some((k) => linkOf(r, accounts.get(k)!) !== 'none')
        checked.set(key, linked)
        if (linked) linkedAccounts.add(key)
      }
      if (linked) joining.add(r.eventId)
    }
    for (const r of [...pool.values()]) if (joining.has(r.eventId)) admit(r)
  }
  return reports
}

/** Reports of one account, which link to the rest alike; one report alone where the account does not link to itself (no participants, no place). */
interface Unit {
  first: EventReport
  reports: EventReport[]
  documents: Set<string>
}

/**
 * The reports as events: reports joined by strong links, directly or through others; then each
 * report with no strong link joins the event (of two reports or more) it has most weak links to
 * among those naming all its participants, the earliest on a tie. A weak link never joins two
 * events into one, and two events one document tells apart stay apart: the groups are a function
 * of the reports alone, whatever order they are taken in.
 */
function group(reports: Map<string, EventReport>): Group[] {
  const byAccount = new Map<string, EventReport[]>()
  for (const r of [...reports.values()].sort(reportOrder)) {
    const key = accountKey(r)
    const same = byAccount.get(key)
    if (same) same.push(r)
    else byAccount.set(key, [r])
  }
  const units: Unit[] = []
  for (const same of byAccount.values()) {
    const parts = linkOf(same[0]!, same[0]!) === 'none' ? same.map((r) => [r]) : [same]
    for (const part of parts) units.push({ first: part[0]!, reports: part, documents: new Set(part.map((r) => r.documentId)) })
  }
  units.sort((x, y) => reportOrder(x.first, y.first))
  const parent = units.map((_, k) => k)
  const root = (k: number): number => (parent[k] === k ? k : (parent[k] = root(parent[k]!)))
  const documents = units.map((u) => new Set(u.documents))
  const reportCount = units.map((u) => u.reports.length)
  const strong: [number, number][] = []
  const weak: [number, number][] = []
  const byAnchor = new Map<string, number[]>()
  units.forEach((u, k) => {
    const seen = new Set<number>()
    for (const a of reportAnchors(u.first)) {
      const earlier = byAnchor.get(a) ?? []
      for (const j of earlier) {
        if (seen.has(j)) continue
        seen.add(j)
        const link = linkOf(u.first, units[j]!.first)
        if (link !== 'none') (link === 'strong' ? strong : weak).push([j, k])
      }
      if (earlier.length) earlier.push(k)
      else byAnchor.set(a, [k])
    }
  })
  // Links taken in a fixed order; one that would join two reports of a document is passed over.
  strong.sort((x, y) => x[0] - y[0] || x[1] - y[1])
  for (const [j, k] of strong) {
    const [a, b] = [root(j), root(k)]
    if (a === b || [...documents[b]!].some((d) => documents[a]!.has(d))) continue
    const [into, from] = a < b ? [a, b] : [b, a]
    parent[from] = into
    for (const d of documents[from]!) documents[into]!.add(d)
    reportCount[into]! += reportCount[from]!
  }
  const alone = (k: number) => reportCount[root(k)] === 1
  // Each lone report's weak links, counted by the event (its root) at the other end.
  const toward = new Map<number, Map<number, number>>()
  for (const [j, k] of weak) {
    for (const [from, to] of [[j, k], [k, j]] as const) {
      // The vaguer report joins the fuller one's event, never the other way round.
      if (!alone(from) || alone(to) || !units[from]!.first.participants.every((p) => units[to]!.first.participants.includes(p))) continue
      if (documents[root(to)]!.has(units[from]!.first.documentId)) continue
      const counts = toward.get(from) ?? new Map<number, number>()
      counts.set(root(to), (counts.get(root(to)) ?? 0) + units[to]!.reports.length)
      toward.set(from, counts)
    }
  }
  const eventOf = units.map((_, k) => root(k))
  for (const [k, counts] of toward) eventOf[k] = [...counts].sort((x, y) => y[1] - x[1] || x[0] - y[0])[0]![0]
  const groups = new Map<number, Group>()
  units.forEach((u, k) => {
    const g = groups.get(eventOf[k]!)
    if (g) g.reports.push(...u.reports)
    else groups.set(eventOf[k]!, { first: units[eventOf[k]!]!.first, reports: [...u.reports] })
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
