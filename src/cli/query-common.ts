// What the query commands (timeline, who-said, entity, event) share: the outlets behind a hit, how a
// name's matches are told to the user, and one statement as one line of text. Finding the entity a
// name stands for is the library's (query/subject), the same for every shell.

import type { Candidate, Entity, EntityNames, EntityRef, SearchHit } from '../index.js'
import { type CliIo, columnsOf } from './io.js'

export { type Candidate, EntityNames, type EntityRef, type NameMatch, candidatesFor, isStrong, refOf } from '../index.js'

/** A search hit with the outlets it came through, by name: its publisher first, then its `via` outlets. */
export interface QueryHit extends SearchHit {
  outlets: { id?: string; name: string; as: 'publisher' | 'via' }[]
}

/** Adds the outlet names to each hit: the publisher (a name already) and the `via` outlets (ids). */
export async function withOutlets(hits: readonly SearchHit[], names: EntityNames): Promise<QueryHit[]> {
  return Promise.all(
    hits.map(async (hit) => {
      const outlets: QueryHit['outlets'] = hit.document.outlet ? [{ name: hit.document.outlet, as: 'publisher' }] : []
      for (const id of new Set(hit.statement.via)) {
        const name = await names.name(id)
        if (!outlets.some((o) => o.id === id || o.name === name)) outlets.push({ id, name, as: 'via' })
      }
      return { ...hit, outlets }
    }),
  )
}

// ---------------------------------------------------------------------------------------------
// Names

/** "Ilsa Varga (person:ilsa-varga)" */
export function labelOf(e: EntityRef | Entity): string {
  return `${e.name} (${e.id})`
}

/** One line on stderr for a name that matched more than one entity, so that the user can pick by id. */
export function othersNote(name: string, others: readonly Candidate[]): string {
  if (others.length === 0) return ''
  const listed = others.slice(0, 5).map((c) => labelOf(c.stored.entity))
  const more = others.length > 5 ? ` and ${others.length - 5} more` : ''
  return `"${name}" also matches ${listed.join(', ')}${more}; give an id to choose\n`
}

// ---------------------------------------------------------------------------------------------
// Text

/** "2025-05-16 ", "2025-05-16?" (dateUncertain: the document's date, not read from the text), "undated   ". */
export function dateColumn(hit: SearchHit): string {
  const s = hit.statement
  if (!s.date) return 'undated    '
  return `${s.date.slice(0, 10)}${s.dateUncertain ? '?' : ' '}`
}

export const UNCERTAIN_NOTE = '? the date is the document date, not a date read from the text'

export function hasUncertainDate(hits: readonly SearchHit[]): boolean {
  return hits.some((h) => h.statement.date && h.statement.dateUncertain)
}

export function speakerOf(hit: SearchHit): string {
  const s = hit.statement
  if (s.speaker.name !== null) return s.speaker.name
  const mention = s.speaker.mentions[0]
  return mention ? `(unknown: ${oneLine(mention.text)})` : '(unknown speaker)'
}

/** "Meridian Press via Aster News, Glas Severa"; "" when it names no outlet. */
export function outletsOf(hit: QueryHit): string {
  const publisher = hit.outlets.filter((o) => o.as === 'publisher').map((o) => o.name)
  const via = hit.outlets.filter((o) => o.as === 'via').map((o) => o.name)
  return [...publisher, ...(via.length ? [`via ${via.join(', ')}`] : [])].join(' ')
}

export function contentOf(hit: SearchHit): string {
  const content = hit.statement.content.map((c) => oneLine(c.text)).join(' … ')
  return content || '(no content)'
}

/** Text cut at a word boundary to at most `max` characters, "…" marking the cut. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text
  const cut = text.slice(0, max - 1)
  // Keep whole words: drop the one the cut goes through, unless that leaves too little.
  const space = /\s/u.test(text[max - 1]!) ? cut.length : cut.lastIndexOf(' ')
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.—-]+$/u, '')}…`
}

/**
 * Room for content after `used` characters: the rest of a terminal line (but never less than 24
 * characters: a long head makes a long line rather than no content), or 160 characters when piped.
 */
export function contentRoom(io: CliIo, used: number): number {
  const columns = columnsOf(io.stdout)
  return columns === undefined ? 160 : Math.max(24, columns - used - 1)
}

/** A timeline line: date, speaker, outlets, stance, content. */
export function timelineLine(hit: QueryHit, io: CliIo): string {
  const head = [dateColumn(hit), ' ', speakerOf(hit)].join('')
  const middle = [outletsOf(hit), hit.statement.stance ?? ''].filter(Boolean).map((x) => ` — ${x}`).join('')
  const prefix = `${head}${middle} — `
  return prefix + clip(contentOf(hit), contentRoom(io, prefix.length))
}

export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

export function plural(n: number, word: string, words = `${word}s`): string {
  return `${n} ${n === 1 ? word : words}`
}

/** ", the first 50 (raise --limit for more)" when a search came back full. */
export function limitNote(count: number, limit: number): string {
  return count >= limit ? `, the first ${limit} (raise --limit for more)` : ''
}

export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`
}
