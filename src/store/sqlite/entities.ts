import type { Entity, EntityType, OutletKind } from '../../core/records.js'
import { nameKey, surnameKey } from '../names.js'
import type { StoredEntity } from '../store.js'
import type { Prepared } from './connection.js'

// Entities merged across documents: one row per id; every alias and role ever seen, in the order
// first seen, never twice; kind and translation as first given; labels as a union; the dates of
// the first and last documents that named it.

interface EntityRow {
  n: number
  id: string
  type: EntityType
  name: string
  kind: string | null
  labels: string | null
  translation: string | null
  first_seen: string | null
  last_seen: string | null
  document_count: number
}

const ENTITY_TYPES: ReadonlySet<string> = new Set<EntityType>(['person', 'organization', 'place', 'outlet'])

// Seen-dates widen only: NULL on either side keeps the other.
const EARLIER = (col: string, value: string) => `CASE WHEN ${col} IS NULL OR ${value} < ${col} THEN coalesce(${value}, ${col}) ELSE ${col} END`
const LATER = (col: string, value: string) => `CASE WHEN ${col} IS NULL OR ${value} > ${col} THEN coalesce(${value}, ${col}) ELSE ${col} END`

// The SET list leaves indexed columns (id, type) alone, so that the common case, an entity seen
// again, rewrites one table row and no index entry.
const UPSERT = `INSERT INTO entities (id, type, name, kind, labels, translation, first_seen, last_seen, document_count)
  VALUES (@id, @type, @name, @kind, @labels, @translation, @day, @day, 1)
  ON CONFLICT (id) DO UPDATE SET
    kind = coalesce(kind, excluded.kind),
    translation = coalesce(translation, excluded.translation),
    first_seen = ${EARLIER('first_seen', '@day')},
    last_seen = ${LATER('last_seen', '@day')},
    document_count = document_count + @counted
  RETURNING n, id, type, name, labels`
const SEEN_AGAIN = `UPDATE entities SET first_seen = ${EARLIER('first_seen', '@day')}, last_seen = ${LATER('last_seen', '@day')}, document_count = document_count + 1 WHERE n = @n`
const ADD_ALIAS = 'INSERT OR IGNORE INTO entity_aliases (entity_n, alias, alias_lower, alias_last) VALUES (?, ?, ?, ?)'
const ADD_ROLE = `INSERT INTO entity_roles (entity_n, role, first_seen, last_seen) VALUES (@n, @role, @day, @day)
  ON CONFLICT (entity_n, role) DO UPDATE SET first_seen = ${EARLIER('first_seen', 'excluded.first_seen')}, last_seen = ${LATER('last_seen', 'excluded.last_seen')}`

/**
 * What one connection has written of aliases and roles, so that an entity seen for the thousandth
 * time costs no alias or role writes. Only ever a subset of the database (nothing is deleted);
 * cleared whenever a write fails, since a rolled-back transaction may have added to it.
 */
export class EntityCache {
  private readonly aliases = new Map<number, Set<string>>()
  /** Role → the [first, last] seen dates stored for it. */
  private readonly roles = new Map<number, Map<string, [string | null, string | null]>>()
  constructor(private readonly capacity = 200_000) {}

  hasAlias(n: number, alias: string): boolean {
    return this.aliases.get(n)?.has(alias) ?? false
  }

  addAlias(n: number, alias: string): void {
    this.room(this.aliases)
    let set = this.aliases.get(n)
    if (!set) this.aliases.set(n, (set = new Set()))
    set.add(alias)
  }

  /** True when storing `role` seen on `day` would change nothing. */
  coversRole(n: number, role: string, day: string | null): boolean {
    const seen = this.roles.get(n)?.get(role)
    if (!seen) return false
    return day === null || (seen[0] !== null && seen[1] !== null && seen[0] <= day && day <= seen[1])
  }

  addRole(n: number, role: string, day: string | null): void {
    this.room(this.roles)
    let map = this.roles.get(n)
    if (!map) this.roles.set(n, (map = new Map()))
    const seen = map.get(role)
    if (!seen) map.set(role, [day, day])
    else if (day !== null) map.set(role, [seen[0] === null || day < seen[0] ? day : seen[0], seen[1] === null || day > seen[1] ? day : seen[1]])
  }

  clear(): void {
    this.aliases.clear()
    this.roles.clear()
  }

  private room(map: Map<number, unknown>): void {
    if (map.size >= this.capacity) map.clear()
  }
}

/** Writes one document's entities; `day` is the document's date (YYYY-MM-DD) or null. */
export class EntityWriter {
  /** Entity id → n for the document being written; each entity counts the document once. */
  private readonly seen = new Map<string, number>()

  constructor(
    private readonly p: Prepared,
    private readonly cache: EntityCache,
    private readonly day: string | null,
  ) {}

  /** Merges an entity the document describes: one upsert, more writes only for what is new. */
  merge(e: Entity): number {
    const row = this.p.get(UPSERT).get({
      id: e.id,
      type: e.type,
      name: e.name,
      kind: e.kind ?? null,
      labels: e.labels?.length ? JSON.stringify(e.labels) : null,
      translation: e.translation ?? null,
      day: this.day,
      counted: this.seen.has(e.id) ? 0 : 1,
    }) as Pick<EntityRow, 'n' | 'id' | 'type' | 'name' | 'labels'>
    let type = row.type
    // A stub made for a bare reference (its id as its name, see `reference`) takes the first real name and type.
    if (row.name === row.id && e.name !== e.id) {
      this.p.get('UPDATE entities SET type = ?, name = ? WHERE n = ?').run(e.type, e.name, row.n)
      type = e.type
    }
    if (e.labels?.length) {
      const had = row.labels ? (JSON.parse(row.labels) as string[]) : []
      const merged = union(had, e.labels)
      if (merged.length > had.length) this.p.get('UPDATE entities SET labels = ? WHERE n = ?').run(JSON.stringify(merged), row.n)
    }
    this.seen.set(e.id, row.n)
    for (const alias of [e.name, ...e.aliases]) this.addAlias(row.n, alias, type)
    for (const role of e.roles) this.addRole(row.n, role)
    return row.n
  }

  /**
   * The n of an entity a statement, source or the publisher refers to by id. One the document does
   * not describe and the store has never seen becomes a stub (its id as its name, its type from the
   * id's prefix: an id without a known type fails the type check and the document is refused).
   */
  reference(id: string): number {
    const known = this.seen.get(id)
    if (known !== undefined) return known
    const row = this.p.get('SELECT n FROM entities WHERE id = ?').get(id) as { n: number } | undefined
    let n: number
    if (row) {
      n = row.n
      this.p.get(SEEN_AGAIN).run({ day: this.day, n })
    } else {
      const type = id.slice(0, Math.max(0, id.indexOf(':')))
      const sql = 'INSERT INTO entities (id, type, name, first_seen, last_seen, document_count) VALUES (?, ?, ?, ?, ?, 1)'
      n = Number(this.p.get(sql).run(id, ENTITY_TYPES.has(type) ? type : `unknown type of ${id}`, id, this.day, this.day).lastInsertRowid)
    }
    this.seen.set(id, n)
    return n
  }

  private addAlias(n: number, alias: string, type: EntityType): void {
    if (this.cache.hasAlias(n, alias)) return
    const key = nameKey(alias)
    if (!key) return
    // Surname search is for people: "Press" should not find "Meridian Press".
    this.p.get(ADD_ALIAS).run(n, alias, key, type === 'person' ? (surnameKey(key) ?? null) : null)
    this.cache.addAlias(n, alias)
  }

  private addRole(n: number, role: string): void {
    if (this.cache.coversRole(n, role, this.day)) return
    this.p.get(ADD_ROLE).run({ n, role, day: this.day })
    this.cache.addRole(n, role, this.day)
  }
}

export type NameMatch = 'exact' | 'surname' | 'prefix'

/**
 * Entities a search filter names: by id, by any alias (case-insensitive), and with `surnames` by a
 * person's last name alone ("Peskov" → "Dmitry Peskov"). At most `cap` of them.
 */
export function entitiesNamed(p: Prepared, name: string, surnames: boolean, cap = 1000): number[] {
  const key = nameKey(name)
  const sql = `SELECT n FROM entities WHERE id = @name
     UNION SELECT entity_n FROM entity_aliases WHERE alias_lower = @key
     ${surnames ? 'UNION SELECT entity_n FROM entity_aliases WHERE alias_last = @key' : ''}
     LIMIT @cap`
  return (p.pluck(sql).all({ name, key, cap }) as number[]).sort((a, b) => a - b)
}

/** Entities by name for people looking one up: exact alias first, then surname, then alias prefix; better known first. */
export function findEntityNs(p: Prepared, name: string, limit: number): number[] {
  const key = nameKey(name)
  if (!key) return []
  const sql = `SELECT m.n FROM (
       SELECT n, 0 AS class FROM entities WHERE id = @name
       UNION ALL SELECT entity_n, 0 FROM entity_aliases WHERE alias_lower = @key
       UNION ALL SELECT entity_n, 1 FROM entity_aliases WHERE alias_last = @key
       UNION ALL SELECT entity_n, 2 FROM entity_aliases WHERE alias_lower >= @key AND alias_lower < @above
     ) m JOIN entities e ON e.n = m.n
     GROUP BY m.n ORDER BY min(m.class), e.document_count DESC, e.name, e.n LIMIT @limit`
  return p.pluck(sql).all({ name, key, above: `${key}\u{10FFFF}`, limit }) as number[]
}

export function readEntity(p: Prepared, where: { id: string } | { n: number }): StoredEntity | undefined {
  const row = ('id' in where
    ? p.get('SELECT * FROM entities WHERE id = ?').get(where.id)
    : p.get('SELECT * FROM entities WHERE n = ?').get(where.n)) as EntityRow | undefined
  if (!row) return undefined
  const aliases = p.pluck('SELECT alias FROM entity_aliases WHERE entity_n = ? ORDER BY rowid').all(row.n) as string[]
  const roles = p.pluck('SELECT role FROM entity_roles WHERE entity_n = ? ORDER BY rowid').all(row.n) as string[]
  const labels = row.labels ? (JSON.parse(row.labels) as string[]) : null
  const entity: Entity = {
    id: row.id,
    type: row.type,
    name: row.name,
    aliases,
    roles,
    ...(row.kind ? { kind: row.kind as OutletKind } : {}),
    ...(labels ? { labels } : {}),
    ...(row.translation ? { translation: row.translation } : {}),
    // Mentions are spans into one document's text; a merged entity has none of its own.
    mentions: [],
  }
  // Counted as search counts: statements of near-duplicate documents are left out.
  const statementCount = p.pluck('SELECT count(*) FROM statements WHERE speaker_n = ? AND duplicate = 0').get(row.n) as number
  const aboutCount = p
    .pluck('SELECT count(*) FROM statement_about a JOIN statements s ON s.n = a.statement_n WHERE a.entity_n = ? AND s.duplicate = 0')
    .get(row.n) as number
  return {
    entity,
    statementCount,
    aboutCount,
    ...(row.first_seen ? { firstSeen: row.first_seen } : {}),
    ...(row.last_seen ? { lastSeen: row.last_seen } : {}),
    documentCount: row.document_count,
  }
}

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])]
}
