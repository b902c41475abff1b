import { entityId } from '../../core/ids.js'
import { WirewatchError } from '../../core/errors.js'
import type { Statement } from '../../core/records.js'
import { nameKey, surnameKey } from '../names.js'
import type { Prepared } from './prepared.js'
import { earlierOf, laterOf } from './seen-dates.js'
import { reindexStatements } from './statement-index.js'
import { renameInReports } from './event-groups.js'

// Corrections a person makes to the store's idea of who is who: merging entities that are one,
// splitting off one that was wrongly merged, adding aliases. Each runs inside the caller's
// transaction; statements whose speaker, subject or outlets change are rewritten (their JSON
// and their index rows), and a merged-away id keeps pointing at the entity that absorbed it.

interface Row {
  n: number
  id: string
  type: string
  name: string
}

function entityRow(p: Prepared, id: string): Row {
  const row = p.get('SELECT n, id, type, name FROM entities WHERE id = ?').get(id) as Row | undefined
  if (!row) throw new WirewatchError('E_NOT_FOUND', `no entity with id ${id}`)
  return row
}

/**
 * Merges `fromIds` into `intoId`; returns how many statements changed. Organisations and outlets
 * merge into each other only with `acrossOrganizations` (spellings of one name, name-uses.ts).
 */
export function mergeEntities(p: Prepared, intoId: string, fromIds: readonly string[], acrossOrganizations = false): number {
  const into = entityRow(p, intoId)
  const touched = new Set<number>()
  const organization = (type: string) => type === 'organization' || type === 'outlet'
  for (const fromId of new Set(fromIds)) {
    if (fromId === intoId) throw new WirewatchError('E_USAGE', `cannot merge ${intoId} into itself`)
    const from = entityRow(p, fromId)
    if (from.type !== into.type && !(acrossOrganizations && organization(from.type) && organization(into.type))) throw new WirewatchError('E_USAGE', `cannot merge ${from.id} (${from.type}) into ${into.id} (${into.type})`)
    for (const n of p.pluck(
      `SELECT n FROM statements WHERE speaker_n = @f OR outlet_n = @f
       UNION SELECT statement_n FROM statement_about WHERE entity_n = @f
       UNION SELECT statement_n FROM statement_via WHERE entity_n = @f`,
    ).all({ f: from.n }) as number[]) touched.add(n)
    const move = { f: from.n, t: into.n }
    p.get('UPDATE statements SET speaker_n = @t WHERE speaker_n = @f').run(move)
    p.get('UPDATE statements SET outlet_n = @t WHERE outlet_n = @f').run(move)
    p.get('UPDATE document_sources SET outlet_n = @t WHERE outlet_n = @f').run(move)
    p.get('UPDATE events SET place_n = @t WHERE place_n = @f').run(move)
    for (const [table, owner] of [['statement_about', 'statement_n'], ['statement_via', 'statement_n'], ['event_participants', 'event_n']] as const) {
      p.get(`INSERT OR IGNORE INTO ${table} (${owner}, entity_n) SELECT ${owner}, @t FROM ${table} WHERE entity_n = @f`).run(move)
      p.get(`DELETE FROM ${table} WHERE entity_n = @f`).run(move)
    }
    const alias = p.get('INSERT OR IGNORE INTO entity_aliases (entity_n, alias, alias_lower, alias_last) VALUES (?, ?, ?, ?)')
    for (const a of p.pluck('SELECT alias FROM entity_aliases WHERE entity_n = ? ORDER BY rowid').all(from.n) as string[]) {
      const key = nameKey(a)
      alias.run(into.n, a, key, into.type === 'person' ? (surnameKey(key) ?? null) : null)
    }
    p.get(
      `INSERT INTO entity_roles (entity_n, role, first_seen, last_seen) SELECT @t, role, first_seen, last_seen FROM entity_roles WHERE entity_n = @f
       ON CONFLICT (entity_n, role) DO UPDATE SET
         first_seen = ${earlierOf('first_seen', 'excluded.first_seen')}, last_seen = ${laterOf('last_seen', 'excluded.last_seen')}`,
    ).run(move)
    p.get(
      `UPDATE entities SET
         first_seen = ${earlierOf('first_seen', '(SELECT first_seen FROM entities WHERE n = @f)')},
         last_seen = ${laterOf('last_seen', '(SELECT last_seen FROM entities WHERE n = @f)')},
         -- A document naming both counts once.
         document_count = document_count + (SELECT document_count FROM entities WHERE n = @f)
           - (SELECT count(*) FROM entity_documents a JOIN entity_documents b ON b.document_n = a.document_n AND b.entity_n = @t WHERE a.entity_n = @f),
         full_documents = full_documents + (SELECT full_documents FROM entities WHERE n = @f),
         kind = coalesce(kind, (SELECT kind FROM entities WHERE n = @f))
       WHERE n = @t`,
    ).run(move)
    p.get('INSERT OR IGNORE INTO entity_documents (entity_n, document_n) SELECT @t, document_n FROM entity_documents WHERE entity_n = @f').run(move)
    p.get('UPDATE entity_redirects SET entity_n = @t WHERE entity_n = @f').run(move)
    p.get('UPDATE name_uses SET entity_n = @t WHERE entity_n = @f').run(move)
    p.get('DELETE FROM entities WHERE n = @f').run(move)
    p.get('INSERT OR REPLACE INTO entity_redirects (from_id, entity_n) VALUES (?, ?)').run(from.id, into.n)
    renameInReports(p, from.id, into.id)
    rewriteJson(p, touched, (s) => {
      if (s.speaker.entity === from.id) s.speaker = { ...s.speaker, entity: into.id, name: into.name }
      s.about = [...new Set(s.about.map((id) => (id === from.id ? into.id : id)))]
      s.via = [...new Set(s.via.map((id) => (id === from.id ? into.id : id)))]
    })
  }
  reindexStatements(p, touched)
  return touched.size
}

/**
 * Splits off a new entity known by `aliases` (named `name`, else the first alias): the aliases
 * move to it, and so do the statements whose speaker was written as one of them.
 */
export function splitEntity(p: Prepared, id: string, aliases: readonly string[], name?: string): { id: string; statements: number } {
  const from = entityRow(p, id)
  if (aliases.length === 0) throw new WirewatchError('E_USAGE', 'name at least one alias to split off')
  const newName = (name ?? aliases[0]!).trim()
  const newId = entityId(from.type, newName)
  if (p.get('SELECT 1 FROM entities WHERE id = ?').get(newId)) throw new WirewatchError('E_USAGE', `${newId} exists already: merge into it instead`)
  const n = Number(p.get('INSERT INTO entities (id, type, name, document_count) VALUES (?, ?, ?, 0)').run(newId, from.type, newName).lastInsertRowid)
  const keys = new Set(aliases.map(nameKey))
  const alias = p.get('INSERT OR IGNORE INTO entity_aliases (entity_n, alias, alias_lower, alias_last) VALUES (?, ?, ?, ?)')
  for (const a of new Set([newName, ...aliases])) {
    const key = nameKey(a)
    alias.run(n, a, key, from.type === 'person' ? (surnameKey(key) ?? null) : null)
  }
  p.get(`DELETE FROM entity_aliases WHERE entity_n = ? AND alias_lower IN (SELECT value FROM json_each(?))`).run(from.n, JSON.stringify([...keys]))
  const moved: number[] = []
  const rows = p.get('SELECT s.n, t.json FROM statements s JOIN statement_texts t ON t.n = s.n WHERE s.speaker_n = ?').all(from.n) as { n: number; json: string }[]
  for (const r of rows) {
    const s = JSON.parse(r.json) as Statement
    const written = s.speaker.mentions.map((m) => m.text)
    if (written.some((w) => [...keys].some((k) => nameKey(w).endsWith(k)))) moved.push(r.n)
  }
  const setSpeaker = p.get('UPDATE statements SET speaker_n = ? WHERE n = ?')
  for (const m of moved) setSpeaker.run(n, m)
  rewriteJson(p, moved, (s) => {
    s.speaker = { ...s.speaker, entity: newId, name: newName }
  })
  reindexStatements(p, moved)
  return { id: newId, statements: moved.length }
}

/** Adds aliases to an entity; returns how many were new. */
export function addAliases(p: Prepared, id: string, aliases: readonly string[]): number {
  const e = entityRow(p, id)
  const alias = p.get('INSERT OR IGNORE INTO entity_aliases (entity_n, alias, alias_lower, alias_last) VALUES (?, ?, ?, ?)')
  let added = 0
  for (const a of new Set(aliases.map((x) => x.trim()).filter(Boolean))) {
    const key = nameKey(a)
    added += alias.run(e.n, a, key, e.type === 'person' ? (surnameKey(key) ?? null) : null).changes
  }
  return added
}

function rewriteJson(p: Prepared, ns: Iterable<number>, change: (s: Statement) => void): void {
  const read = p.pluck('SELECT json FROM statement_texts WHERE n = ?')
  const write = p.get('UPDATE statement_texts SET json = ? WHERE n = ?')
  for (const n of ns) {
    const json = read.get(n) as string | undefined
    if (json === undefined) continue
    const s = JSON.parse(json) as Statement
    change(s)
    write.run(JSON.stringify(s), n)
  }
}
