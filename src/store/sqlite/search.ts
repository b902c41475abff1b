import { nameKey } from '../names.js'
import { type NormalisedQuery, normaliseQuery } from '../query.js'
import type { SearchHit, SearchQuery } from '../store.js'
import type { Prepared } from './prepared.js'
import { entitiesNamed } from './entities.js'
import { type Params, dateConditions, oneOf } from './conditions.js'
import { coverDates, type DateCover, firstDay, lastDay } from './date-keys.js'
import { allOf, countMatches, keysExpression, keyToken, pairedTextExpression, textExpression } from './fts.js'
import { orderFewMatches } from './few-matches.js'
import { searchPhrases } from '../search-form.js'
import { readHits } from './read.js'

// Search plans. With text: one FTS5 query in which filters are key tokens ANDed with the words
// (Cyrillic words in their search forms, search-form.ts, as the index holds them),
// so FTS5 intersects posting lists and bm25 scores only the statements that pass every filter.
// With a speaker, the words are looked up as speaker pairs (fts.ts), whose posting lists are
// already that speaker's: a common word said by one speaker costs what that speaker's uses of it
// cost. A narrow date range becomes year/month tokens too; partial months and wide ranges are
// checked match by match against the slim statements table. Without text: B-tree indexes on
// (speaker | outlet, duplicate, date) and date, newest first.
//
// What stays proportional to a word's frequency: bm25 reads each term's whole posting list once
// (to count documents for its IDF), and a text query without filters scores every match. A word
// in 10% of a million statements costs ~50 ms; filters or a second word bring it down. When there
// are at most FEW_MATCHES matches, bm25 is skipped: they are read and ordered in JS (few-matches.ts).

/** The entities (or names) each filter stands for; null for a filter not given. */
export interface Filters {
  speakers: { entities: number[]; nameKey: string | null } | null
  outlets: number[] | null
  about: number[] | null
  event: number | null
}

/**
 * Matches up to this many are ordered in JS (few-matches.ts). Measured on the bench's million
 * statements, text + speaker (before speaker pairs took those searches), warm: mean 0.96 ms a
 * search with 24, 0.91 with 64, 0.87 with 128; past a few pages, reading every match costs what
 * bm25 saves, and equal phrase weights drift further from bm25's IDF-weighted order on long lists.
 */
const FEW_MATCHES = 64

export function searchStatements(p: Prepared, query: SearchQuery): SearchHit[] {
  const q = normaliseQuery(query)
  // Text with nothing searchable in it ("*", "«»") matches nothing, like a filter naming no one.
  if (q.limit === 0 || (q.phrases !== null && q.phrases.length === 0)) return []
  const filters = resolveFilters(p, q)
  if (!filters) return []
  return q.phrases ? byText(p, q, searchPhrases(q.phrases), filters) : readHits(p, byDate(p, q, filters))
}

/** Resolves names to entities once, up front; null when a filter names nothing the store knows. */
export function resolveFilters(p: Prepared, q: NormalisedQuery): Filters | null {
  let speakers: Filters['speakers'] = null
  if (q.speaker !== null) {
    const key = nameKey(q.speaker)
    // Speakers without an entity match by their name; asked only when such statements exist.
    const named = p.get('SELECT 1 FROM statements WHERE speaker_key = ? LIMIT 1').get(key) ? key : null
    speakers = { entities: entitiesNamed(p, q.speaker, true), nameKey: named }
    if (speakers.entities.length === 0 && named === null) return null
  }
  const outlets = q.outlet === null ? null : entitiesNamed(p, q.outlet, false)
  const about = q.about === null ? null : entitiesNamed(p, q.about, true)
  if (outlets?.length === 0 || about?.length === 0) return null
  let event: number | null = null
  if (q.event !== null) {
    event = (p.pluck('SELECT n FROM events WHERE id = ?').get(q.event) as number | undefined) ?? null
    if (event === null) return null
  }
  return { speakers, outlets, about, event }
}

function byText(p: Prepared, q: NormalisedQuery, phrases: string[][], f: Filters): SearchHit[] {
  // By a speaker: the speaker-pair columns hold both conditions at once (fts.ts).
  const parts = f.speakers
    ? [pairedTextExpression(phrases, [...f.speakers.entities.map(keyToken.speaker), ...(f.speakers.nameKey ? [keyToken.speakerName(f.speakers.nameKey)] : [])], q.includeDuplicates)]
    : [textExpression(phrases)]
  if (f.outlets) parts.push(keysExpression(f.outlets.map(keyToken.outlet)))
  if (f.about) parts.push(keysExpression(f.about.map(keyToken.about)))
  if (q.kind) parts.push(keysExpression([keyToken.kind(q.kind)]))
  if (q.stance) parts.push(keysExpression([keyToken.stance(q.stance)]))
  if (f.event !== null) parts.push(keysExpression([keyToken.event(f.event)]))
  if (q.lang !== null) parts.push(keysExpression([keyToken.lang(q.lang)]))
  let checkDates = q.from !== null || q.below !== null
  if (checkDates) {
    const plan = datePlan(p, q)
    if (plan === 'nothing') return []
    if (plan) {
      parts.push(keysExpression(plan.tokens))
      checkDates = !plan.exact
    }
  }
  // The speaker pairs leave near-duplicates out themselves.
  const params: Params = { match: allOf(parts, !q.includeDuplicates && !f.speakers), limit: q.limit, offset: q.offset }
  const dates = checkDates ? dateConditions('s.date', q, params) : []
  if (q.order !== 'date' && dates.length === 0 && !f.speakers) {
    // A few pages of matches or fewer: all of them, ordered here, without bm25's IDF counts. The
    // test does not depend on the page asked for, so every page of one query is cut from one order.
    // Not by speaker: there bm25 counts only the pairs' short posting lists, cheaper than reading.
    const few = p.pluck('SELECT rowid FROM statements_fts WHERE statements_fts MATCH @match LIMIT @cap').all({ match: params.match, cap: FEW_MATCHES + 1 }) as number[]
    if (few.length <= FEW_MATCHES) return orderFewMatches(readHits(p, few.map((n) => ({ n, score: 0 }))), phrases).slice(q.offset, q.offset + q.limit)
  }
  // CROSS JOIN keeps FTS5 as the outer loop: the matches drive, the date range filters them.
  // ORDER BY rank, rowid (rather than rank alone) is deterministic for paging, and measured
  // faster: it skips FTS5's own sorted mode.
  if (q.order === 'date') {
    const sql = `SELECT f.rowid AS n, f.rank AS rank FROM statements_fts f CROSS JOIN statements s ON s.n = f.rowid
       WHERE statements_fts MATCH @match ${dates.length ? `AND ${dates.join(' AND ')}` : ''}
       ORDER BY s.date IS NULL, s.date, s.n LIMIT @limit OFFSET @offset`
    return readHits(p, (p.get(sql).all(params) as { n: number; rank: number }[]).map((r) => ({ n: r.n, score: -r.rank })))
  }
  const sql = dates.length
    ? `SELECT f.rowid AS n, f.rank AS rank FROM statements_fts f CROSS JOIN statements s ON s.n = f.rowid
       WHERE statements_fts MATCH @match AND ${dates.join(' AND ')} ORDER BY f.rank, f.rowid LIMIT @limit OFFSET @offset`
    : `SELECT rowid AS n, rank FROM statements_fts WHERE statements_fts MATCH @match ORDER BY rank, rowid LIMIT @limit OFFSET @offset`
  // bm25 is smaller for better matches; a score is larger.
  return readHits(p, (p.get(sql).all(params) as { n: number; rank: number }[]).map((r) => ({ n: r.n, score: -r.rank })))
}

/**
 * A date range as year/month tokens when that narrows the search (the range takes in at most half
 * of the stored dates' span): then FTS5 intersects instead of checking each match's date.
 * 'nothing' when no stored statement can be in range; null to check dates match by match.
 */
function datePlan(p: Prepared, q: NormalisedQuery): DateCover | 'nothing' | null {
  // Two queries: SQLite reads min() or max() from one end of an index only when it is alone.
  const earliest = p.pluck('SELECT min(date) FROM statements').get() as string | null
  const latest = p.pluck('SELECT max(date) FROM statements').get() as string | null
  if (earliest === null || latest === null) return 'nothing'
  if (!MONTH.test(earliest) || !MONTH.test(latest)) return null
  // Widen the stored span to whole months: nothing lies outside it, and whole months cover exactly.
  const first = firstDay(earliest.slice(0, 7))
  const last = lastDay(latest.slice(0, 7))
  const from = q.from !== null && firstDay(q.from) > first ? firstDay(q.from) : first
  const to = q.to !== null && lastDay(q.to) < last ? lastDay(q.to) : last
  if (from > to) return 'nothing'
  if (days(from, to) * 2 > days(first, last)) return null
  return coverDates(from, to)
}

const MONTH = /^\d{4}-\d{2}/

function days(from: string, to: string): number {
  return (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1
}

/** Without text: newest first, or oldest first for a timeline (undated statements last). */
function byDate(p: Prepared, q: NormalisedQuery, f: Filters): { n: number; score: number }[] {
  const alongDates = scansAlongDates(p, q, f)
  const where: string[] = []
  const params: Params = { limit: q.limit, offset: q.offset }
  // A language alone, too rare to walk the dates for: its documents (documents_lang), then their
  // statements, sorted. Otherwise each statement's document is looked up by its key.
  const byLanguage = q.lang !== null && !alongDates && !f.speakers && f.event === null && !f.about && !f.outlets
  if (q.lang !== null) {
    params.lang = q.lang
    if (!byLanguage) where.push('EXISTS (SELECT 1 FROM documents ld WHERE ld.n = s.document_n AND ld.lang = @lang)')
  }
  if (!q.includeDuplicates) where.push('s.duplicate = 0')
  where.push(...dateConditions('s.date', q, params))
  if (q.kind !== null) {
    where.push('s.kind = @kind')
    params.kind = q.kind
  }
  if (q.stance !== null) {
    where.push('s.stance = @stance')
    params.stance = q.stance
  }
  if (f.event !== null) {
    where.push('s.event_n = @event')
    params.event = f.event
  }
  if (f.speakers) {
    const either: string[] = []
    if (f.speakers.entities.length) either.push(oneOf('s.speaker_n', 'speakers', f.speakers.entities, params))
    if (f.speakers.nameKey !== null) {
      either.push('s.speaker_key = @speakerKey')
      params.speakerKey = f.speakers.nameKey
    }
    where.push(either.length === 1 ? either[0]! : `(${either.join(' OR ')})`)
  }
  // Driving from the link tables (IN), or checked statement by statement along the dates (EXISTS).
  if (f.outlets) {
    const published = oneOf('s.outlet_n', 'outlets', f.outlets, params)
    const via = oneOf('v.entity_n', 'outlets', f.outlets, params)
    where.push(
      alongDates
        ? `(${published} OR EXISTS (SELECT 1 FROM statement_via v WHERE v.statement_n = s.n AND ${via}))`
        : `(${published} OR s.n IN (SELECT v.statement_n FROM statement_via v WHERE ${via}))`,
    )
  }
  if (f.about) {
    const about = oneOf('a.entity_n', 'about', f.about, params)
    where.push(alongDates ? `EXISTS (SELECT 1 FROM statement_about a WHERE a.statement_n = s.n AND ${about})` : `s.n IN (SELECT a.statement_n FROM statement_about a WHERE ${about})`)
  }
  const scored = (ns: number[]) => ns.map((n) => ({ n, score: 0 }))
  const conditions = (extra: string[]) => (where.length + extra.length ? `WHERE ${[...extra, ...where].join(' AND ')}` : '')
  if (!alongDates) {
    const order = q.order === 'date' ? 's.date IS NULL, s.date, s.n' : 's.date DESC, s.n DESC'
    // CROSS JOIN keeps the language's documents as the outer loop.
    const from = byLanguage ? 'documents ld CROSS JOIN statements s ON s.document_n = ld.n' : 'statements s'
    return scored(p.pluck(`SELECT s.n FROM ${from} ${conditions(byLanguage ? ['ld.lang = @lang'] : [])} ORDER BY ${order} LIMIT @limit OFFSET @offset`).all(params) as number[])
  }
  // Newest first is the date index read backwards (SQLite sorts undated statements last in DESC).
  if (q.order !== 'date') {
    return scored(p.pluck(`SELECT s.n FROM statements s INDEXED BY statements_date ${conditions([])} ORDER BY s.date DESC, s.n DESC LIMIT @limit OFFSET @offset`).all(params) as number[])
  }
  // Oldest first, undated last: the dated ones along the index, then, if the page reaches past
  // them, the undated ones.
  const wanted = q.offset + q.limit
  const dated = p
    .pluck(`SELECT s.n FROM statements s INDEXED BY statements_date ${conditions(['s.date IS NOT NULL'])} ORDER BY s.date, s.n LIMIT @wanted`)
    .all({ ...params, wanted }) as number[]
  const undated =
    dated.length < wanted
      ? (p.pluck(`SELECT s.n FROM statements s ${conditions(['s.date IS NULL'])} ORDER BY s.n LIMIT @rest`).all({ ...params, rest: wanted - dated.length }) as number[])
      : []
  return scored([...dated, ...undated].slice(q.offset, wanted))
}

/**
 * Whether a page filtered by about, outlets or language (and no speaker or event, whose indexes
 * are already in date order) is cheaper found by walking the date index and checking each
 * statement than by sorting every statement the filter matches: so when the filter passes enough
 * statements that the walk reaches the page's end long before it has seen as many statements as
 * the filter matches. The matches are counted on the statement index's keys. Measured on a million
 * statements: the timeline of a place 144,654 are about, 74 ms sorted.
 */
export function scansAlongDates(p: Prepared, q: NormalisedQuery, f: Filters): boolean {
  if (f.speakers || f.event !== null || (!f.about && !f.outlets && q.lang === null)) return false
  const keys = [
    ...(f.about ? [keysExpression(f.about.map(keyToken.about))] : []),
    ...(f.outlets ? [keysExpression(f.outlets.map(keyToken.outlet))] : []),
    ...(q.lang !== null ? [keysExpression([keyToken.lang(q.lang)])] : []),
    ...(q.kind ? [keysExpression([keyToken.kind(q.kind)])] : []),
    ...(q.stance ? [keysExpression([keyToken.stance(q.stance)])] : []),
  ]
  const matches = countMatches(p, keys, !q.includeDuplicates)
  if (matches === 0) return false
  const statements = (p.pluck('SELECT max(n) FROM statements').get() as number | null) ?? 0
  const walked = ((q.offset + q.limit) * statements) / matches
  return walked * 2 < matches
}
