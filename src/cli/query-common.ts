// What the query commands (timeline, who-said, entity, event) share: finding the entity a name
// stands for, the names behind entity ids, and one statement as one line of text.

import { type Entity, type SearchHit, type Store, type StoredEntity, nameKey } from '../index.js'
import { type CliIo, columnsOf } from './io.js'

/** A search hit with the outlets it came through, by name: its publisher first, then its `via` outlets. */
export interface QueryHit extends SearchHit {
  outlets: { id?: string; name: string; as: 'publisher' | 'via' }[]
}

/** An entity as the --json outputs name one: enough to show it and to look it up again. */
export interface EntityRef {
  id: string
  type: Entity['type']
  name: string
}

/** Entities by id, each read once per command: the names behind participants, places and outlets. */
export class EntityNames {
  private readonly read = new Map<string, Promise<StoredEntity | undefined>>()
  constructor(private readonly store: Store) {}

  get(id: string): Promise<StoredEntity | undefined> {
    let found = this.read.get(id)
    if (!found) this.read.set(id, (found = this.store.getEntity(id)))
    return found
  }

  /** The entity's name; the id itself for one the store does not know. */
  async name(id: string): Promise<string> {
    return (await this.get(id))?.entity.name ?? id
  }

  async refs(ids: readonly string[]): Promise<EntityRef[]> {
    return Promise.all(
      ids.map(async (id) => {
        const stored = await this.get(id)
        return stored ? refOf(stored.entity) : { id, type: typeOfId(id), name: id }
      }),
    )
  }
}

export function refOf(e: Entity): EntityRef {
  return { id: e.id, type: e.type, name: e.name }
}

function typeOfId(id: string): Entity['type'] {
  const prefix = id.slice(0, Math.max(0, id.indexOf(':')))
  return prefix === 'organization' || prefix === 'place' || prefix === 'outlet' ? prefix : 'person'
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
// Names → entities

/** How a name found an entity: its id, one of its names, (people) its last name, or the start of a name. */
export type NameMatch = 'id' | 'exact' | 'surname' | 'prefix'

export interface Candidate {
  stored: StoredEntity
  match: NameMatch
}

const MATCH_RANK: Record<NameMatch, number> = { id: 0, exact: 1, surname: 2, prefix: 3 }

/**
 * The entities `name` may stand for, best first: an id, then an exact name or alias, then a person's
 * last name, then the start of a name; the store's order (better known first) within each.
 */
export async function candidatesFor(store: Store, name: string, limit = 10): Promise<Candidate[]> {
  const byId = (await store.getEntity(name.trim())) ?? (await redirected(store, name.trim()))
  const found = await store.findEntities(name, limit)
  const all = byId ? [byId, ...found.filter((s) => s.entity.id !== byId.entity.id)] : found
  return all
    .map((stored): Candidate => ({ stored, match: stored === byId ? 'id' : matchOf(name, stored.entity) }))
    .sort((a, b) => MATCH_RANK[a.match] - MATCH_RANK[b.match])
    .slice(0, limit)
}

/** The entity an id merged away now belongs to ("person:i-varga" → Ilsa Varga). */
async function redirected(store: Store, id: string): Promise<StoredEntity | undefined> {
  if (!/^(person|organization|place|outlet):\S+$/.test(id)) return undefined
  const to = (await store.matchNames([], [id])).redirects[id]
  return to ? store.getEntity(to) : undefined
}

/** A match that names the entity rather than the start of some longer name. */
export function isStrong(c: Candidate): boolean {
  return c.match !== 'prefix'
}

function matchOf(query: string, e: Entity): NameMatch {
  if (query.trim() === e.id) return 'id'
  const key = nameKey(query)
  const keys = [e.name, ...e.aliases].map(nameKey)
  if (keys.includes(key)) return 'exact'
  if (e.type === 'person' && keys.some((k) => k.includes(' ') && k.slice(k.lastIndexOf(' ') + 1) === key)) return 'surname'
  return 'prefix'
}

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
