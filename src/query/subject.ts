// What a name or an id given by a user stands for: an entity (by its id, an id merged away into
// it, one of its names, or a person's last name) or an event. The CLI, the HTTP API and the web UI
// resolve what they are given here, so that "Varga" means the same entity in all three.

import type { Entity } from '../core/records.js'
import { englishName } from '../text/english-name.js'
import { nameKey } from '../store/names.js'
import type { Store, StoredEntity, StoredEvent } from '../store/store.js'

/** An entity as outputs name one: enough to show it and to look it up again. */
export interface EntityRef {
  id: string
  type: Entity['type']
  name: string
}

/** An event as outputs name one: its type, status and date, and its place by name. */
export interface EventRef {
  id: string
  type: string
  status: string
  date?: string
  place?: EntityRef
}

export function refOf(e: Entity): EntityRef {
  return { id: e.id, type: e.type, name: e.name }
}

/**
 * Entities by id, each read once per use (a command, a request): the names behind the ids a record
 * holds. Records only, without the counts of Store.getEntity, which cost tens of milliseconds for
 * an entity in tens of thousands of statements.
 */
export class EntityNames {
  private readonly read = new Map<string, Promise<Entity | undefined>>()
  constructor(private readonly store: Store) {}

  get(id: string): Promise<Entity | undefined> {
    let found = this.read.get(id)
    if (!found) this.read.set(id, (found = this.store.getEntityRecord(id)))
    return found
  }

  /** The entity's name; the id itself for one the store does not know. */
  async name(id: string): Promise<string> {
    return (await this.get(id))?.name ?? id
  }

  /** A reference for each id, in order; an id the store does not know stands as its own name. */
  async refs(ids: readonly string[]): Promise<EntityRef[]> {
    return Promise.all(
      ids.map(async (id) => {
        const entity = await this.get(id)
        return entity ? refOf(entity) : { id, type: typeOfId(id), name: id }
      }),
    )
  }

  /** References for the entities behind these ids, each once; an id the store does not know is left out. */
  async knownRefs(ids: readonly string[]): Promise<EntityRef[]> {
    const found = await Promise.all([...new Set(ids)].map((id) => this.get(id)))
    return found.flatMap((entity) => (entity ? [refOf(entity)] : []))
  }
}

/** Entity names as an English text writes them (text/english-name.ts): what briefs name people and outlets by. */
export class EnglishEntityNames extends EntityNames {
  override get(id: string): Promise<Entity | undefined> {
    return super.get(id).then((e) => (e ? inEnglish(e) : e))
  }
}

/** The entity under its English name: a Latin alias, else its name romanised. */
export function inEnglish(e: Entity): Entity {
  const name = englishName(e.name, { aliases: e.aliases })
  return name === e.name ? e : { ...e, name }
}

function typeOfId(id: string): Entity['type'] {
  const prefix = id.slice(0, Math.max(0, id.indexOf(':')))
  return prefix === 'organization' || prefix === 'place' || prefix === 'outlet' ? prefix : 'person'
}

/** An event's reference, its place named (as its id when the store does not know it). */
export async function eventRef(e: StoredEvent['event'], names: EntityNames): Promise<EventRef> {
  const place = e.place ? (await names.refs([e.place]))[0] : undefined
  return { id: e.id, type: e.type, status: e.status, ...(e.date ? { date: e.date } : {}), ...(place ? { place } : {}) }
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
 * The entities `name` may stand for, best first: an id (or an id merged away), then an exact name
 * or alias, then a person's last name, then the start of a name; the store's order (better known
 * first) within each.
 */
export async function candidatesFor(store: Store, name: string, limit = 10): Promise<Candidate[]> {
  // As findEntities gives them: without the outlets that carry each.
  const byId = await entityById(store, name.trim(), { outlets: false })
  const found = await store.findEntities(name, limit)
  const all = byId ? [byId, ...found.filter((s) => s.entity.id !== byId.entity.id)] : found
  return all
    .map((stored): Candidate => ({ stored, match: stored === byId ? 'id' : matchOf(name, stored.entity) }))
    .sort((a, b) => MATCH_RANK[a.match] - MATCH_RANK[b.match])
    .slice(0, limit)
}

/** A match that names the entity rather than the start of some longer name. */
export function isStrong(c: Candidate): boolean {
  return c.match !== 'prefix'
}

/**
 * The entities `value` names, best first: the entity with that id (or the one a merged-away id now
 * points to), else those with that name or alias, else (people) that last name. The start of a
 * longer name does not count: "Harbour" does not name "Harbour Gazette".
 */
export async function entitiesNamed(store: Store, value: string, limit = 10): Promise<StoredEntity[]> {
  const candidates = await candidatesFor(store, value, limit)
  const best = candidates[0]
  if (!best || !isStrong(best)) return []
  if (best.match === 'id') return [best.stored]
  return candidates.filter((c) => c.match === best.match).map((c) => c.stored)
}

/** The entity with this id, or the one a merged-away id now points to ("person:i-varga" → Ilsa Varga). */
export async function entityById(store: Store, id: string, options?: { outlets?: boolean }): Promise<StoredEntity | undefined> {
  const stored = await store.getEntity(id, options)
  if (stored || !/^(person|organization|place|outlet):\S+$/.test(id)) return stored
  const to = (await store.matchNames([], [id])).redirects[id]
  return to ? store.getEntity(to, options) : undefined
}

function matchOf(query: string, e: Entity): NameMatch {
  if (query.trim() === e.id) return 'id'
  const key = nameKey(query)
  const keys = [e.name, ...e.aliases].map(nameKey)
  if (keys.includes(key)) return 'exact'
  if (e.type === 'person' && keys.some((k) => k.includes(' ') && k.slice(k.lastIndexOf(' ') + 1) === key)) return 'surname'
  return 'prefix'
}

// ---------------------------------------------------------------------------------------------
// A subject: an event id, else an entity

/** How a subject was read: an event; statements by someone; about someone (or a place); by an outlet. */
export type SubjectReading = 'event' | 'speaker' | 'about' | 'outlet'

export type Subject =
  | { reading: 'event'; event: StoredEvent }
  | {
      reading: 'speaker' | 'about' | 'outlet'
      entity: StoredEntity
      /** How the name found it. */
      match: NameMatch
      /** The other entities the name names (not merely begins), best first. */
      others: Candidate[]
    }
  | {
      reading: 'none'
      /** Entities whose names only begin with it, best first: suggestions. */
      candidates: Candidate[]
    }

export interface SubjectOptions {
  /** Statements about the entity rather than by it. */
  about?: boolean
  /** With `about`, accept a name that only begins an entity's name when nothing matches better. */
  prefixForAbout?: boolean
}

/**
 * Reads `what` as an event id, else as an entity: a person or organisation speaks (or, with
 * `about`, is spoken about), a place is spoken about, an outlet publishes or carries. 'none' when
 * neither: the shell decides what that means (a topic, a 404).
 */
export async function readSubject(store: Store, what: string, options: SubjectOptions = {}): Promise<Subject> {
  const event = await store.getEvent(what)
  if (event) return { reading: 'event', event }
  const candidates = await candidatesFor(store, what)
  const strong = candidates.filter(isStrong)
  const chosen = strong[0] ?? (options.about && options.prefixForAbout ? candidates[0] : undefined)
  if (!chosen) return { reading: 'none', candidates }
  const entity = chosen.stored.entity
  const reading = options.about || entity.type === 'place' ? 'about' : entity.type === 'outlet' ? 'outlet' : 'speaker'
  return { reading, entity: chosen.stored, match: chosen.match, others: strong.filter((c) => c !== chosen) }
}
