import type { Document, Entity, Statement } from '../../core/records.js'
import { dayOf } from '../../core/iso-date.js'
import { canonicalOrder, evidenceKeys, nameKey, namedInFull, surnameKey } from '../names.js'
import type { NameForm, NameUse, PendingName } from '../store.js'
import { type EntityWriter, respell } from './entities.js'
import type { Prepared } from './prepared.js'
import { earlierOf, laterOf } from './seen-dates.js'
import { reindexStatements } from './statement-index.js'
import { mergeEntities } from './entity-edits.js'
import { localReportId, rebuildEvent, retellReport } from './event-groups.js'

// Names whose meaning depends on the evidence (ingest/resolve.ts): what each document made of
// them (name_uses), the keys whose evidence a commit changed (pending_names), and the rewrite of
// a document when a decision changes: its statements, its JSON, the counts of the two entities,
// the participants of the events it reports. A rewrite reaches a document through the use's
// index, never by scanning the store.

/** Records the document's uses, and adds their keys to the writer's touched keys (for markPending); in the put's transaction. */
export function writeNameUses(p: Prepared, entities: EntityWriter, documentN: number, uses: readonly NameUse[]): void {
  const keys = entities.touched
  const use = p.get('INSERT INTO name_uses (document_n, key, type, name, raw_id, ord, entity_n) VALUES (?, ?, ?, ?, ?, ?, ?)')
  const form = p.get('INSERT INTO name_forms (key, type, name, raw_id) VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET fresh = 1 WHERE fresh = 0')
  for (const u of uses) {
    const n = u.entity ? entities.reference(u.entity) : null
    for (const key of new Set(u.keys)) {
      use.run(documentN, key, u.type, u.name, u.rawId, u.statement ?? -1, n)
      form.run(key, u.type, u.name, u.rawId)
      keys.add(key)
    }
  }
}

/** Marks name keys as waiting to be decided again, with a stamp newer than any pending key's. */
export function markPending(p: Prepared, keys: Iterable<string>): void {
  const stamp = ((p.pluck('SELECT max(stamp) FROM pending_names').get() as number | null) ?? 0) + 1
  const mark = p.get('INSERT INTO pending_names (key, stamp) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET stamp = excluded.stamp')
  for (const key of keys) mark.run(key, stamp)
}

/** Pending keys (at most `limit`) and the forms used under them. */
export function pendingNames(p: Prepared, limit = 20_000): { pending: PendingName[]; forms: NameForm[] } {
  const pending = p.get('SELECT key, stamp FROM pending_names ORDER BY key LIMIT ?').all(limit) as PendingName[]
  if (pending.length === 0) return { pending, forms: [] }
  const forms = p
    .get('SELECT f.key, f.type, f.name, f.raw_id AS rawId, f.decided, f.fresh FROM json_each(?) j JOIN name_forms f ON f.key = j.value')
    .all(JSON.stringify(pending.map((k) => k.key))) as NameForm[]
  return { pending, forms }
}

interface EntityRow {
  n: number
  id: string
  type: string
  name: string
}

interface UseRow {
  document_n: number
  ord: number
  entity_n: number | null
}

/**
 * Entities of one name key and kind, spelled apart ("N.J." and "N.Y." read alike, "GunBroker" as
 * an organisation and as an outlet): one entity, under the id that comes first in canonicalOrder,
 * whichever arrived first. ingest/resolve.ts gives a new spelling that id from the start.
 */
export function mergeSpellings(p: Prepared, keys: readonly string[]): number {
  const named = p
    .get('SELECT DISTINCT j.value AS key, e.id, e.type, e.name FROM json_each(?) j JOIN entity_aliases a ON a.alias_lower = j.value JOIN entities e ON e.n = a.entity_n')
    .all(JSON.stringify(keys)) as (EntityRow & { key: string })[]
  const groups = new Map<string, EntityRow[]>()
  for (const e of named) {
    // A bare or titled name is not merged here: what it stands for is decided again with the
    // evidence (redecideNames), and a merge could not be undone.
    if (nameKey(e.name) !== e.key || evidenceKeys(e.type, e.name)) continue
    const group = `${e.type === 'outlet' ? 'organization' : e.type} ${e.key}`
    groups.set(group, [...(groups.get(group) ?? []), e])
  }
  let merged = 0
  const gone = new Set<string>()
  for (const group of groups.values()) {
    // An entity merged away under another key is in its canonical one already.
    const same = group.filter((e) => !gone.has(e.id))
    if (same.length < 2) continue
    const [into, ...from] = same.sort((a, b) => canonicalOrder(a.type, a.id, b.type, b.id))
    merged += mergeEntities(p, into!.id, from.map((e) => e.id), true)
    for (const e of from) gone.add(e.id)
    respell(p, p.pluck('SELECT n FROM entities WHERE id = ?').get(into!.id) as number, from.map((e) => e.name))
  }
  return merged
}

/** Rewrites the uses of each form that stand for another entity than decided; returns the documents changed. */
export function redecideNames(p: Prepared, decisions: readonly (NameForm & { entity: string | null })[], done: readonly PendingName[]): number {
  const changed = new Set<number>()
  const touched = new Set<string>()
  const byId = p.get('SELECT n, id, type, name FROM entities WHERE id = ?')
  const stale = p.get(
    `SELECT DISTINCT document_n, ord, entity_n FROM name_uses WHERE key = @key AND type = @type AND name = @name AND raw_id = @rawId
       AND (entity_n IS NULL OR entity_n < @t OR entity_n > @t)`,
  )
  // An entity decided for that does not exist yet is the name of one of the forms, on its own.
  const own = new Map(decisions.filter((d) => d.rawId).map((d) => [d.rawId, d]))
  const staleOfNone = p.get('SELECT DISTINCT document_n, ord, entity_n FROM name_uses WHERE key = @key AND type = @type AND name = @name AND raw_id = @rawId AND entity_n IS NOT NULL')
  // The forms to look at (decided otherwise than before, or used since), in a table, so that one
  // query finds those with a use that stands for something else.
  p.db.exec('CREATE TEMP TABLE IF NOT EXISTS decided_forms (k INTEGER PRIMARY KEY, key TEXT, type TEXT, name TEXT, raw_id TEXT, decided TEXT, entity_n INTEGER)')
  p.get('DELETE FROM temp.decided_forms').run()
  const add = p.get('INSERT INTO temp.decided_forms (k, key, type, name, raw_id, decided, entity_n) VALUES (?, ?, ?, ?, ?, ?, (SELECT n FROM entities WHERE id = ?))')
  const forms = decisions as readonly (NameForm & { entity: string | null; decided?: string | null; fresh?: number })[]
  forms.forEach((d, k) => {
    // Decided as before, and no document has used it since: every use stands for that already.
    if (d.fresh === 0 && d.decided === (d.entity ?? '')) return
    add.run(k, d.key, d.type, d.name, d.rawId, d.entity ?? '', d.entity)
  })
  const staleForms = p
    .pluck(
      `SELECT DISTINCT f.k FROM temp.decided_forms f JOIN name_uses u ON u.key = f.key AND u.type = f.type AND u.name = f.name AND u.raw_id = f.raw_id
       WHERE u.entity_n IS NOT f.entity_n`,
    )
    .all() as number[]
  for (const k of staleForms) {
    const d = forms[k]!
    let to: EntityRow | undefined
    if (d.entity !== null) {
      to = byId.get(d.entity) as EntityRow | undefined
      if (!to) {
        // The name on its own, no longer standing for someone else: an entity of its own again.
        const named = own.get(d.entity)
        if (!named) {
          p.get('DELETE FROM temp.decided_forms WHERE k = ?').run(k)
          continue
        }
        const n = Number(p.get('INSERT INTO entities (id, type, name, document_count) VALUES (?, ?, ?, 0)').run(named.rawId, named.type, named.name).lastInsertRowid)
        to = { n, id: named.rawId, type: named.type, name: named.name }
      }
    }
    const rows = (to ? stale.all({ ...d, t: to.n }) : staleOfNone.all(d)) as UseRow[]
    for (const r of rows) {
      const from = r.entity_n === null ? undefined : (p.get('SELECT n, id, type, name FROM entities WHERE n = ?').get(r.entity_n) as EntityRow | undefined)
      const moved = r.ord < 0 ? (from && to ? moveEntity(p, r.document_n, from, to) : false) : moveSpeaker(p, r.document_n, r.ord, from, to, d.name)
      p.get('UPDATE name_uses SET entity_n = ? WHERE document_n = ? AND type = ? AND name = ? AND raw_id = ? AND ord = ?').run(to?.n ?? null, r.document_n, d.type, d.name, d.rawId, r.ord)
      if (moved) changed.add(r.document_n)
      // A name in full moved between people: the last names they answer to weigh differently now.
      if (moved && r.ord < 0 && d.type === 'person' && nameKey(d.name).includes(' ')) {
        for (const e of [from, to]) if (e) for (const key of personKeys(p, e.n)) touched.add(key)
      }
      if (from) dropIfUnused(p, from.n)
    }
  }
  p.get(
    `UPDATE name_forms AS f SET decided = d.decided, fresh = 0 FROM temp.decided_forms d
     WHERE f.key = d.key AND f.type = d.type AND f.name = d.name AND f.raw_id = d.raw_id`,
  ).run()
  const clear = p.get('DELETE FROM pending_names WHERE key = ? AND stamp = ?')
  for (const k of done) clear.run(k.key, k.stamp)
  if (touched.size) markPending(p, touched)
  return changed.size
}

/** The last names a person answers to, for deciding bare names again. */
function personKeys(p: Prepared, n: number): string[] {
  return p.pluck('SELECT DISTINCT alias_last FROM entity_aliases WHERE entity_n = ? AND alias_last IS NOT NULL').all(n) as string[]
}

interface DocumentRow {
  id: string
  date: string | null
  document_json: string
}

/**
 * Makes `from` become `to` throughout one document (a bare last name given to another person, or
 * back to itself): its statements, its entities and events, and both entities' counts.
 */
function moveEntity(p: Prepared, documentN: number, from: EntityRow, to: EntityRow): boolean {
  const row = p.get('SELECT id, date, document_json FROM documents WHERE n = ?').get(documentN) as DocumentRow | undefined
  if (!row) return false
  const doc = JSON.parse(row.document_json) as Document
  const entry = doc.entities.find((e) => e.id === from.id)
  if (!entry) return false
  const day = dayOf(row.date ?? undefined)
  const swap = (id: string) => (id === from.id ? to.id : id)
  const had = doc.entities.find((e) => e.id === to.id)
  const full = namedInFull(entry)
  const named = p.pluck('SELECT 1 FROM entity_documents WHERE entity_n = ? AND document_n = ?').get(to.n, documentN) !== undefined
  if (had) {
    had.aliases = [...new Set([...had.aliases, ...entry.aliases])]
    had.mentions.push(...entry.mentions)
    doc.entities = doc.entities.filter((e) => e !== entry)
  } else {
    entry.id = to.id
    entry.type = to.type as Entity['type']
    entry.name = to.name
    entry.aliases = [...new Set([to.name, ...entry.aliases.filter((a) => a !== from.name)])]
  }
  const events = new Set<number>()
  for (const [k, e] of (doc.events ?? []).entries()) {
    if (!e.participants.includes(from.id) && e.place !== from.id) continue
    e.participants = [...new Set(e.participants.map(swap))]
    if (e.place) e.place = swap(e.place)
    const n = retellReport(p, documentN, localReportId(row.id, k), e)
    if (n !== undefined) events.add(n)
  }
  const sourced = doc.sources.some((x) => x.outlet === from.id)
  if (doc.outlet) doc.outlet = swap(doc.outlet)
  for (const s of doc.sources) s.outlet = swap(s.outlet)
  p.get('UPDATE documents SET document_json = ? WHERE n = ?').run(JSON.stringify(doc), documentN)

  // Statements: speaker, subjects, outlets (found through the link tables' indexes).
  const statements = p
    .get(
      `SELECT t.n, t.json FROM statement_texts t WHERE t.n IN (
         SELECT n FROM statements WHERE speaker_n = @f AND document_n = @d
         UNION SELECT a.statement_n FROM statement_about a JOIN statements s ON s.n = a.statement_n WHERE a.entity_n = @f AND s.document_n = @d
         UNION SELECT v.statement_n FROM statement_via v JOIN statements s ON s.n = v.statement_n WHERE v.entity_n = @f AND s.document_n = @d)`,
    )
    .all({ f: from.n, d: documentN }) as { n: number; json: string }[]
  const rewritten: number[] = []
  for (const r of statements) {
    const s = JSON.parse(r.json) as Statement
    if (s.speaker.entity !== from.id && !s.about.includes(from.id) && !s.via.includes(from.id)) continue
    if (s.speaker.entity === from.id) s.speaker = { ...s.speaker, entity: to.id, name: to.name }
    s.about = [...new Set(s.about.map(swap))].filter((id) => id !== s.speaker.entity)
    s.via = [...new Set(s.via.map(swap))]
    p.get('UPDATE statement_texts SET json = ? WHERE n = ?').run(JSON.stringify(s), r.n)
    rewritten.push(r.n)
  }
  const move = { f: from.n, t: to.n }
  for (const n of rewritten) {
    p.get('UPDATE statements SET speaker_n = @t WHERE n = @s AND speaker_n = @f').run({ ...move, s: n })
    p.get('UPDATE statements SET outlet_n = @t WHERE n = @s AND outlet_n = @f').run({ ...move, s: n })
    for (const table of ['statement_about', 'statement_via']) {
      p.get(`DELETE FROM ${table} WHERE statement_n = @s AND entity_n = @f`).run({ ...move, s: n })
      p.get(`INSERT OR IGNORE INTO ${table} (statement_n, entity_n) VALUES (@s, @t)`).run({ ...move, s: n })
    }
    const speaker = p.pluck('SELECT speaker_n FROM statements WHERE n = ?').get(n) as number | null
    if (speaker !== null) p.get('DELETE FROM statement_about WHERE statement_n = ? AND entity_n = ?').run(n, speaker)
  }
  reindexStatements(p, rewritten)
  if (sourced) p.get('UPDATE document_sources SET outlet_n = @t WHERE document_n = @d AND outlet_n = @f').run({ ...move, d: documentN })
  for (const n of events) rebuildEvent(p, n)

  // Counts: the document no longer names `from`; it names `to`, once.
  p.get('UPDATE entities SET document_count = max(0, document_count - 1), full_documents = max(0, full_documents - ?) WHERE n = ?').run(full ? 1 : 0, from.n)
  const gainsFull = full && !(had && namedInFull(had))
  p.get(
    `UPDATE entities SET document_count = document_count + @documents, full_documents = full_documents + @full,
       first_seen = ${earlierOf('first_seen', '@day')}, last_seen = ${laterOf('last_seen', '@day')} WHERE n = @n`,
  ).run({ n: to.n, documents: named ? 0 : 1, full: gainsFull ? 1 : 0, day })
  p.get('DELETE FROM entity_documents WHERE entity_n = ? AND document_n = ?').run(from.n, documentN)
  p.get('INSERT OR IGNORE INTO entity_documents (entity_n, document_n) VALUES (?, ?)').run(to.n, documentN)
  addAliases(p, to, entry.aliases)
  return true
}

/** Gives one statement's speaker, named only in passing, to `to` (or no one). */
function moveSpeaker(p: Prepared, documentN: number, ord: number, from: EntityRow | undefined, to: EntityRow | undefined, name: string): boolean {
  const r = p.get('SELECT s.n, t.json FROM statements s JOIN statement_texts t ON t.n = s.n WHERE s.document_n = ? AND s.ord = ?').get(documentN, ord) as { n: number; json: string } | undefined
  if (!r) return false
  const s = JSON.parse(r.json) as Statement
  if ((s.speaker.entity ?? null) !== (from?.id ?? null)) return false
  if (to) s.speaker = { ...s.speaker, entity: to.id, name: to.name }
  else {
    const { entity: _, ...speaker } = s.speaker
    s.speaker = { ...speaker, name: null }
  }
  s.about = s.about.filter((id) => id !== s.speaker.entity)
  p.get('UPDATE statement_texts SET json = ? WHERE n = ?').run(JSON.stringify(s), r.n)
  p.get('UPDATE statements SET speaker_n = ? WHERE n = ?').run(to?.n ?? null, r.n)
  if (to) p.get('DELETE FROM statement_about WHERE statement_n = ? AND entity_n = ?').run(r.n, to.n)
  reindexStatements(p, [r.n])
  const row = p.get('SELECT date, document_json FROM documents WHERE n = ?').get(documentN) as DocumentRow
  const doc = JSON.parse(row.document_json) as Document
  const day = dayOf(row.date ?? undefined)
  const span = s.speaker.mentions.at(-1)
  const here = (m: { start: number; end: number }) => span !== undefined && m.start === span.start && m.end === span.end
  if (from) {
    // The document loses the entity if this mention was all it had of it (what nameSpeakers gave it).
    const entry = doc.entities.find((e) => e.id === from.id)
    if (entry) {
      entry.mentions = entry.mentions.filter((m) => !here(m))
      if (entry.mentions.length === 0 && !namesElsewhere(p, documentN, doc, from.id)) {
        doc.entities = doc.entities.filter((e) => e !== entry)
        if (p.get('DELETE FROM entity_documents WHERE entity_n = ? AND document_n = ?').run(from.n, documentN).changes) {
          p.get('UPDATE entities SET document_count = max(0, document_count - 1) WHERE n = ?').run(from.n)
        }
      }
    }
  }
  if (to) {
    // The document names the speaker now: it gains the entity, with this mention, as resolve.ts's nameSpeakers does.
    const had = doc.entities.find((e) => e.id === to.id)
    if (had) {
      if (!had.aliases.includes(name)) had.aliases.push(name)
      if (span && !had.mentions.some(here)) had.mentions.push(span)
    } else doc.entities.push({ id: to.id, type: 'person', name: to.name, aliases: [to.name, name], roles: [], mentions: span ? [span] : [] })
    if (p.get('INSERT OR IGNORE INTO entity_documents (entity_n, document_n) VALUES (?, ?)').run(to.n, documentN).changes) {
      p.get(`UPDATE entities SET document_count = document_count + 1, first_seen = ${earlierOf('first_seen', '@day')}, last_seen = ${laterOf('last_seen', '@day')} WHERE n = @n`).run({ n: to.n, day })
    }
    addAliases(p, to, [name])
  }
  p.get('UPDATE documents SET document_json = ? WHERE n = ?').run(JSON.stringify(doc), documentN)
  return true
}

/** Whether the document still refers to the entity otherwise: a statement, an event, its outlet or sources. */
function namesElsewhere(p: Prepared, documentN: number, doc: Document, id: string): boolean {
  if (doc.outlet === id || doc.sources.some((x) => x.outlet === id)) return true
  if ((doc.events ?? []).some((e) => e.place === id || e.participants.includes(id))) return true
  const statements = p.pluck('SELECT t.json FROM statements s JOIN statement_texts t ON t.n = s.n WHERE s.document_n = ?').all(documentN) as string[]
  return statements.some((json) => {
    const s = JSON.parse(json) as Statement
    return s.speaker.entity === id || s.about.includes(id) || s.via.includes(id)
  })
}

function addAliases(p: Prepared, e: EntityRow, aliases: readonly string[]): void {
  const add = p.get('INSERT OR IGNORE INTO entity_aliases (entity_n, alias, alias_lower, alias_last) VALUES (?, ?, ?, ?)')
  for (const a of aliases) {
    const key = nameKey(a)
    if (key) add.run(e.n, a, key, e.type === 'person' ? (surnameKey(key) ?? null) : null)
  }
  respell(p, e.n, aliases)
}

/** Deletes an entity no document names and nothing refers to any more. */
function dropIfUnused(p: Prepared, n: number): void {
  const count = p.pluck('SELECT document_count FROM entities WHERE n = ?').get(n) as number | undefined
  if (count === undefined || count > 0) return
  const refs = [
    'SELECT 1 FROM statements WHERE speaker_n = ? LIMIT 1',
    'SELECT 1 FROM statements WHERE outlet_n = ? LIMIT 1',
    'SELECT 1 FROM statement_about WHERE entity_n = ? LIMIT 1',
    'SELECT 1 FROM statement_via WHERE entity_n = ? LIMIT 1',
    'SELECT 1 FROM event_participants WHERE entity_n = ? LIMIT 1',
    'SELECT 1 FROM document_sources WHERE outlet_n = ? LIMIT 1',
    'SELECT 1 FROM events WHERE place_n = ? LIMIT 1',
    'SELECT 1 FROM entity_redirects WHERE entity_n = ? LIMIT 1',
    'SELECT 1 FROM name_uses WHERE entity_n = ? LIMIT 1',
  ]
  for (const sql of refs) if (p.pluck(sql).get(n) !== undefined) return
  p.get('DELETE FROM entities WHERE n = ?').run(n)
}
