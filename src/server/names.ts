// Names and ids → stored entities, for the parameters that take either (timeline subjects, event
// participants), and the names behind the ids a record holds.

import { type Entity, type Store, type StoredEntity, nameKey } from '../index.js'

export interface EntityRef {
  id: string
  type: Entity['type']
  name: string
}

export function refOf(e: Entity): EntityRef {
  return { id: e.id, type: e.type, name: e.name }
}

/** Entities by id, each read once per request. */
export class EntityNames {
  private readonly read = new Map<string, Promise<StoredEntity | undefined>>()
  constructor(private readonly store: Store) {}

  get(id: string): Promise<StoredEntity | undefined> {
    let found = this.read.get(id)
    if (!found) this.read.set(id, (found = this.store.getEntity(id)))
    return found
  }

  /** The entities behind these ids; an id the store does not know is left out. */
  async refs(ids: readonly string[]): Promise<EntityRef[]> {
    const found = await Promise.all([...new Set(ids)].map((id) => this.get(id)))
    return found.flatMap((stored) => (stored ? [refOf(stored.entity)] : []))
  }
}

/**
 * The entities `value` names, best first: the entity with that id (or the one a merged-away id now
 * points to), else those with that name or alias, else (people) that last name. The start of a
 * longer name does not count: "Harbour" does not name "Harbour Gazette".
 */
export async function entitiesNamed(store: Store, value: string, limit = 10): Promise<StoredEntity[]> {
  const byId = await entityById(store, value.trim())
  if (byId) return [byId]
  const key = nameKey(value)
  const found = await store.findEntities(value, limit)
  const exact = found.filter((s) => [s.entity.name, ...s.entity.aliases].some((a) => nameKey(a) === key))
  if (exact.length) return exact
  return found.filter((s) => s.entity.type === 'person' && [s.entity.name, ...s.entity.aliases].some((a) => lastWord(nameKey(a)) === key))
}

/** The entity with this id, or the one a merged-away id now points to. */
export async function entityById(store: Store, id: string): Promise<StoredEntity | undefined> {
  const stored = await store.getEntity(id)
  if (stored || !/^(person|organization|place|outlet):\S+$/.test(id)) return stored
  const to = (await store.matchNames([], [id])).redirects[id]
  return to ? store.getEntity(to) : undefined
}

function lastWord(key: string): string | undefined {
  const space = key.lastIndexOf(' ')
  return space < 0 ? undefined : key.slice(space + 1)
}
