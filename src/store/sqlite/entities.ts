import type { Entity, EntityType, OutletKind } from '../../core/records.js'
import { slug } from '../../core/ids.js'
import { betterName, nameKey, namedInFull, surnameKey } from '../names.js'
import type { NameCandidate, StoredEntity } from '../store.js'
import type { Prepared } from './prepared.js'
import { earlierOf, laterOf } from './seen-dates.js'
import { countMatches, keysExpression, keyToken } from './fts.js'

// Entities merged across documents: one row per id; every alias and role ever seen, in the order
// first seen, never twice; kind and translation as first given; labels as a union; the dates of
// the first and last documents that named it. Its name is the best spelling of it seen
// (names.ts betterName), whichever document came first.

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


const SELECT_ENTITY = 'SELECT n, type, name, kind, labels, translation FROM entities WHERE id = ?'
// Inserted uncounted; the transaction's closing tally (EntityWriter.finish) counts it like any other.
const INSERT_ENTITY = 'INSERT INTO entities (id, type, name, kind, labels, translation, document_count) VALUES (?, ?, ?, ?, ?, ?, 0)'
const TALLY = `UPDATE entities SET first_seen = ${earlierOf('first_seen', '@first')}, last_seen = ${laterOf('last_seen', '@last')}, document_count = document_count + @documents, full_documents = full_documents + @full WHERE n = @n`
const ADD_ALIAS = 'INSERT OR IGNORE INTO entity_aliases (entity_n, alias, alias_lower, alias_last) VALUES (?, ?, ?, ?)'
const ADD_ROLE = `INSERT INTO entity_roles (entity_n, role, first_seen, last_seen) VALUES (@n, @role, @day, @day)
  ON CONFLICT (entity_n, role) DO UPDATE SET first_seen = ${earlierOf('first_seen', 'excluded.first_seen')}, last_seen = ${laterOf('last_seen', 'excluded.last_seen')}`

/** The columns of an entity row that merging reads, as stored. */
interface CachedEntity {
  n: number
  type: string
  name: string
  kind: string | null
  labels: string | null
  translation: string | null
}

/**
 * What one connection knows it has written: entity rows, aliases and roles, so that an entity seen
 * for the thousandth time costs no lookup and no alias or role writes. Only ever a subset of the
 * database (nothing is deleted); cleared whenever a write fails, since a rolled-back transaction
 * may have added to it.
 */
export class EntityCache {
  private readonly entities = new Map<string, CachedEntity>()
  private readonly aliases = new Map<number, Set<string>>()
  /** Role → the [first, last] seen dates stored for it. */
  private readonly roles = new Map<number, Map<string, [string | null, string | null]>>()
  constructor(private readonly capacity = 200_000) {}

  entity(id: string): CachedEntity | undefined {
    return this.entities.get(id)
  }

  setEntity(id: string, row: CachedEntity): void {
    this.room(this.entities)
    this.entities.set(id, row)
  }

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
    this.entities.clear()
    this.aliases.clear()
    this.roles.clear()
  }

  private room(map: Map<unknown, unknown>): void {
    if (map.size >= this.capacity) map.clear()
  }
}

/** What a transaction's documents add to one entity row. */
interface Tally {
  documents: number
  /** Of them, documents that name it in full (names.ts namedInFull). */
  full: number
  first: string | null
  last: string | null
}

/**
 * Writes the entities of one transaction's documents. Rows are created or looked up as they are
 * met (references need their n), but the per-document bookkeeping — document count, first and
 * last seen — is tallied in memory and written once per entity by `finish`, so an entity named by
 * 40 of a batch's 64 documents costs one UPDATE, not 40.
 */
export class EntityWriter {
  /** Entity id → n for the document being written; each entity counts the document once. */
  private readonly seen = new Map<string, number>()
  private readonly tallies = new Map<number, Tally>()
  private day: string | null = null
  private documentN = 0
  /** Name keys whose evidence this transaction changed: new names, and the last names of people named in full. */
  readonly touched = new Set<string>()

  constructor(
    private readonly p: Prepared,
    private readonly cache: EntityCache,
  ) {}

  /** Starts document `documentN`, dated `day` (YYYY-MM-DD) or undated. */
  beginDocument(day: string | null, documentN: number): void {
    this.seen.clear()
    this.day = day
    this.documentN = documentN
  }

  /** Merges an entity the document describes; writes only what is new about it. */
  merge(e: Entity): number {
    let row = this.row(e.id)
    if (!row) {
      const name = bestSpelling(e.name, e)
      const labels = e.labels?.length ? JSON.stringify(e.labels) : null
      const n = Number(this.p.get(INSERT_ENTITY).run(e.id, e.type, name, e.kind ?? null, labels, e.translation ?? null).lastInsertRowid)
      row = { n, type: e.type, name, kind: e.kind ?? null, labels, translation: e.translation ?? null }
      this.cache.setEntity(e.id, row)
    } else {
      // A stub made for a bare reference (its id as its name, see `reference`) takes the first real name and type.
      if (row.name === e.id && e.name !== e.id) {
        const name = bestSpelling(e.name, e)
        this.p.get('UPDATE entities SET type = ?, name = ? WHERE n = ?').run(e.type, name, row.n)
        row.type = e.type
        row.name = name
      } else {
        // Only spellings it has not been given before can be better than the name it has.
        const n = row.n
        const name = bestSpelling(row.name, e, (s) => this.cache.hasAlias(n, s))
        if (name !== row.name) {
          this.p.get('UPDATE entities SET name = ? WHERE n = ?').run(name, row.n)
          row.name = name
        }
      }
      // Kind and translation as first given; labels as a union.
      if ((e.kind && !row.kind) || (e.translation && !row.translation)) {
        row.kind ??= e.kind ?? null
        row.translation ??= e.translation ?? null
        this.p.get('UPDATE entities SET kind = ?, translation = ? WHERE n = ?').run(row.kind, row.translation, row.n)
      }
      if (e.labels?.length) {
        const had = row.labels ? (JSON.parse(row.labels) as string[]) : []
        const merged = union(had, e.labels)
        if (merged.length > had.length) {
          row.labels = JSON.stringify(merged)
          this.p.get('UPDATE entities SET labels = ? WHERE n = ?').run(row.labels, row.n)
        }
      }
    }
    const full = namedInFull(e)
    this.count(e.id, row.n, full)
    // Named in full, a person weighs more for a bare last name: the last names they answer to.
    if (full) for (const alias of [e.name, ...e.aliases]) if (alias.includes(' ')) this.touchSurname(alias)
    for (const alias of [e.name, ...e.aliases]) this.addAlias(row.n, alias, row.type)
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
    let row = this.row(id)
    if (!row) {
      const prefix = id.slice(0, Math.max(0, id.indexOf(':')))
      const type = ENTITY_TYPES.has(prefix) ? prefix : `unknown type of ${id}`
      const n = Number(this.p.get(INSERT_ENTITY).run(id, type, id, null, null, null).lastInsertRowid)
      row = { n, type, name: id, kind: null, labels: null, translation: null }
      this.cache.setEntity(id, row)
    }
    this.count(id, row.n)
    return row.n
  }

  /** Writes the tallies; the transaction calls it once, after its last document. */
  finish(): void {
    const tally = this.p.get(TALLY)
    for (const [n, t] of this.tallies) tally.run({ n, ...t })
    this.tallies.clear()
  }

  private row(id: string): CachedEntity | undefined {
    let row = this.cache.entity(id)
    if (!row) {
      row = this.p.get(SELECT_ENTITY).get(id) as CachedEntity | undefined
      if (row) this.cache.setEntity(id, row)
    }
    return row
  }

  private touchSurname(alias: string): void {
    const last = surnameKey(nameKey(alias))
    if (last) this.touched.add(last)
  }

  /** Counts the document for the entity, once (and as naming it in full, when it does). */
  private count(id: string, n: number, full = false): void {
    if (this.seen.has(id)) return
    this.seen.set(id, n)
    this.p.get('INSERT OR IGNORE INTO entity_documents (entity_n, document_n) VALUES (?, ?)').run(n, this.documentN)
    const day = this.day
    const t = this.tallies.get(n)
    if (!t) this.tallies.set(n, { documents: 1, full: full ? 1 : 0, first: day, last: day })
    else {
      t.documents++
      if (full) t.full++
      if (day !== null) {
        if (t.first === null || day < t.first) t.first = day
        if (t.last === null || day > t.last) t.last = day
      }
    }
  }

  private addAlias(n: number, alias: string, type: string): void {
    if (this.cache.hasAlias(n, alias)) return
    const key = nameKey(alias)
    if (!key) return
    // A new name of something: the decisions that read it are to be made again (name-uses.ts).
    if (!key.includes(' ') || type === 'person') this.touched.add(key)
    if (type === 'person') this.touchSurname(alias)
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

/** The entity's row with its aliases and roles: what naming it needs, without readEntity's counts. */
export function readEntityRecord(p: Prepared, where: { id: string } | { n: number }): { row: EntityRow; entity: Entity } | undefined {
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
  return { row, entity }
}

/**
 * The entity with its counts; with `outlets`, also the outlets that carry its statements, which
 * reads every statement it made (~90 ms for a speaker of 29,000), so lists leave it out.
 */
export function readEntity(p: Prepared, where: { id: string } | { n: number }, withOutlets: boolean): StoredEntity | undefined {
  const record = readEntityRecord(p, where)
  if (!record) return undefined
  const { row, entity } = record
  // Counted as search counts: statements of near-duplicate documents are left out.
  const statementCount = p.pluck('SELECT count(*) FROM statements WHERE speaker_n = ? AND duplicate = 0').get(row.n) as number
  // Through the statement index's about keys, which hold the same links as statement_about: a
  // posting list read in ~5 ms for an entity 143,000 statements are about, where joining
  // statement_about to statements for their near-duplicate flag took 60 ms.
  const aboutCount = countMatches(p, [keysExpression([keyToken.about(row.n)])], true)
  const roleHistory = (
    p.get('SELECT role, first_seen, last_seen FROM entity_roles WHERE entity_n = ? ORDER BY rowid').all(row.n) as {
      role: string
      first_seen: string | null
      last_seen: string | null
    }[]
  ).map((r) => ({ role: r.role, ...(r.first_seen ? { firstSeen: r.first_seen } : {}), ...(r.last_seen ? { lastSeen: r.last_seen } : {}) }))
  // Both the publisher and the outlets named as channels count; a statement counts once per outlet.
  const outlets = withOutlets ? readSpeakerOutlets(p, row.n) : undefined
  return {
    entity,
    statementCount,
    aboutCount,
    roleHistory,
    ...(outlets ? { outlets } : {}),
    ...(row.first_seen ? { firstSeen: row.first_seen } : {}),
    ...(row.last_seen ? { lastSeen: row.last_seen } : {}),
    documentCount: row.document_count,
  }
}

function readSpeakerOutlets(p: Prepared, n: number): { id: string; name: string; statements: number }[] {
  return p
    .get(
      // A statement's outlets are its publisher and its via rows other than the publisher (each
      // distinct by the primary key): UNION ALL counts them without UNION's de-duplicating pass.
      `SELECT o.id, o.name, x.statements FROM (
         SELECT outlet_n, count(*) AS statements FROM (
           SELECT s.outlet_n FROM statements s WHERE s.speaker_n = @n AND s.duplicate = 0 AND s.outlet_n IS NOT NULL
           UNION ALL SELECT v.entity_n FROM statements s JOIN statement_via v ON v.statement_n = s.n
             WHERE s.speaker_n = @n AND s.duplicate = 0 AND v.entity_n IS NOT s.outlet_n
         ) GROUP BY outlet_n
       ) x JOIN entities o ON o.n = x.outlet_n ORDER BY x.statements DESC, o.name LIMIT 50`,
    )
    .all({ n }) as { id: string; name: string; statements: number }[]
}

/** Renames entity `n` to the best of its name and `spellings` (aliases given it outside a put: a rewrite, a merge of spellings). */
export function respell(p: Prepared, n: number, spellings: readonly string[]): void {
  const row = p.get('SELECT id, name FROM entities WHERE n = ?').get(n) as { id: string; name: string } | undefined
  if (!row) return
  const name = bestSpelling(row.name, { id: row.id, type: 'person', name: row.name, aliases: [...spellings], roles: [], mentions: [] })
  if (name !== row.name) p.get('UPDATE entities SET name = ? WHERE n = ?').run(name, n)
}

/** The best of `name` and the spellings of it (the same name key, or the same id: "Don't", "Don’t") the entity carries, but those `seen`. */
function bestSpelling(name: string, e: Entity, seen: (s: string) => boolean = () => false): string {
  let best = name
  for (const s of [e.name, ...e.aliases]) {
    if (s === best || seen(s)) continue
    if (nameKey(s) === nameKey(name) || slug(s) === slug(name)) best = betterName(best, s)
  }
  return best
}

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])]
}

/** Entities with an alias (or, people, a last name) among `keys`; and the targets of redirected ids. */
export function matchNames(p: Prepared, keys: readonly string[], ids: readonly string[]): { candidates: NameCandidate[]; redirects: Record<string, string> } {
  const candidates = keys.length
    ? (p
        .get(
          `SELECT e.id, e.type, e.name, e.document_count AS documentCount, e.full_documents AS fullDocuments, a.alias_lower AS key, 'alias' AS by
             FROM entity_aliases a JOIN entities e ON e.n = a.entity_n WHERE a.alias_lower IN (SELECT value FROM json_each(@keys))
           UNION
           SELECT e.id, e.type, e.name, e.document_count, e.full_documents, a.alias_last, 'surname'
             FROM entity_aliases a JOIN entities e ON e.n = a.entity_n WHERE a.alias_last IN (SELECT value FROM json_each(@keys))`,
        )
        .all({ keys: JSON.stringify(keys) }) as NameCandidate[])
    : []
  const redirects: Record<string, string> = {}
  if (ids.length) {
    const rows = p
      .get('SELECT r.from_id AS "from", e.id AS "to" FROM entity_redirects r JOIN entities e ON e.n = r.entity_n WHERE r.from_id IN (SELECT value FROM json_each(?))')
      .all(JSON.stringify(ids)) as { from: string; to: string }[]
    for (const r of rows) redirects[r.from] = r.to
  }
  return { candidates, redirects }
}
