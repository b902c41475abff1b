import type { Stance, StatementKind } from '../core/records.js'
import type { DocumentQuery, SearchQuery } from './store.js'

// A SearchQuery checked and put in one shape, so that every store reads the same defaults and
// refuses the same misuse.

export const DEFAULT_LIMIT = 20
export const MAX_LIMIT = 1000
/** Words of a text query beyond this many are ignored: a query is not a document. */
export const MAX_QUERY_WORDS = 32

export interface NormalisedQuery {
  /** The text query as phrases: one per white-space separated chunk, each a list of words. */
  phrases: string[][] | null
  speaker: string | null
  outlet: string | null
  about: string | null
  /** Inclusive lower bound on the statement date, as given (YYYY, YYYY-MM or YYYY-MM-DD). */
  from: string | null
  /** Inclusive upper bound, as given. */
  to: string | null
  /** Exclusive upper bound: `to` followed by the largest code point, so "2025-03" takes in all of March. */
  below: string | null
  kind: StatementKind | null
  stance: Stance | null
  event: string | null
  /** The language of the statement's document (ISO 639-1, lower case). */
  lang: string | null
  /** 'date': oldest first (a timeline); 'relevance': best first with text, newest first without. */
  order: 'relevance' | 'date'
  limit: number
  offset: number
  includeDuplicates: boolean
}

const KINDS: readonly StatementKind[] = ['direct', 'indirect', 'mixed']
const STANCES: readonly Stance[] = ['support', 'oppose', 'skeptical', 'neutral']
const ORDERS = ['relevance', 'date'] as const
const DATE_PREFIX = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/
/** A word of a query, and of the text it is searched in (fts.ts pairs words with the same runs). */
export const WORD = /[\p{L}\p{N}\p{M}]+/gu

export function normaliseQuery(q: SearchQuery): NormalisedQuery {
  if (q === null || typeof q !== 'object') throw new TypeError('search: query must be an object')
  checkDates('search', q.from, q.to)
  if (q.kind !== undefined && !KINDS.includes(q.kind)) throw new RangeError(`search: kind must be one of ${KINDS.join(', ')}, got "${String(q.kind)}"`)
  if (q.stance !== undefined && !STANCES.includes(q.stance)) throw new RangeError(`search: stance must be one of ${STANCES.join(', ')}, got "${String(q.stance)}"`)
  if (q.order !== undefined && !ORDERS.includes(q.order)) throw new RangeError(`search: order must be one of ${ORDERS.join(', ')}, got "${String(q.order)}"`)
  return {
    phrases: q.text === undefined ? null : phrasesOf(q.text),
    speaker: filter(q.speaker),
    outlet: filter(q.outlet),
    about: filter(q.about),
    from: q.from ?? null,
    to: q.to ?? null,
    below: q.to === undefined ? null : `${q.to}\u{10FFFF}`,
    kind: q.kind ?? null,
    stance: q.stance ?? null,
    event: filter(q.event),
    lang: language('search', q.lang),
    order: q.order ?? 'relevance',
    limit: bounded(q.limit, DEFAULT_LIMIT, 0, MAX_LIMIT),
    offset: bounded(q.offset, 0, 0, Number.MAX_SAFE_INTEGER),
    includeDuplicates: q.includeDuplicates === true,
  }
}

export interface NormalisedDocumentQuery {
  phrases: string[][] | null
  from: string | null
  /** Exclusive upper bound, as in NormalisedQuery. */
  below: string | null
  outlet: string | null
  /** The document's language (ISO 639-1, lower case). */
  lang: string | null
  limit: number
  offset: number
  includeDuplicates: boolean
}

export function normaliseDocumentQuery(q: DocumentQuery = {}): NormalisedDocumentQuery {
  if (q === null || typeof q !== 'object') throw new TypeError('listDocuments: query must be an object')
  checkDates('listDocuments', q.from, q.to)
  return {
    phrases: q.text === undefined ? null : phrasesOf(q.text),
    from: q.from ?? null,
    below: q.to === undefined ? null : `${q.to}\u{10FFFF}`,
    outlet: filter(q.outlet),
    lang: language('listDocuments', q.lang),
    limit: bounded(q.limit, DEFAULT_LIMIT, 0, MAX_LIMIT),
    offset: bounded(q.offset, 0, 0, Number.MAX_SAFE_INTEGER),
    includeDuplicates: q.includeDuplicates === true,
  }
}

/**
 * A language filter: an ISO 639 code, any case ("RU" is "ru"), or null when not given (or blank).
 * A code no stored document has matches nothing; something that is no code at all is misuse.
 */
function language(what: string, value: string | undefined): string | null {
  if (value === undefined || value === null) return null
  const code = typeof value === 'string' ? value.trim().toLowerCase() : String(value)
  if (code === '') return null
  if (!LANGUAGE_CODE.test(code)) throw new RangeError(`${what}: lang must be a language code such as "en", "ru" or "uk", got "${String(value)}"`)
  return code
}

const LANGUAGE_CODE = /^[a-z]{2,3}$/

function checkDates(what: string, from: unknown, to: unknown): void {
  for (const [name, value] of [['from', from], ['to', to]] as const) {
    if (value !== undefined && (typeof value !== 'string' || !DATE_PREFIX.test(value))) {
      throw new RangeError(`${what}: ${name} must be YYYY, YYYY-MM or YYYY-MM-DD, got "${String(value)}"`)
    }
  }
}

/**
 * The words of a text query, grouped by white-space chunk: `Valdoria's "deal"` → [["Valdoria", "s"], ["deal"]].
 * Only letters, digits and marks survive, so no query syntax of any engine can get through.
 * An empty result means the text holds nothing searchable: the query matches nothing.
 */
export function phrasesOf(text: string): string[][] {
  const phrases: string[][] = []
  let words = 0
  for (const chunk of String(text).split(/\s+/u)) {
    const found = chunk.match(WORD)
    if (!found) continue
    const room = MAX_QUERY_WORDS - words
    if (room <= 0) break
    phrases.push(found.slice(0, room))
    words += Math.min(found.length, room)
  }
  return phrases
}

function filter(value: string | undefined): string | null {
  if (value === undefined || value === null) return null
  const trimmed = String(value).trim()
  return trimmed === '' ? null : trimmed
}

function bounded(value: number | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined || value === null || !Number.isFinite(value)) return fallback
  return Math.min(max, Math.max(min, Math.floor(value)))
}
