import Database from 'better-sqlite3'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { describeStoreContract } from '../contract.js'
import { fixtures } from '../contract-fixtures.js'
import type { Store } from '../store.js'
import { migrate, schemaVersion } from './migrate.js'
import { LATEST_VERSION, MIGRATIONS } from './migrations.js'
import { rekeyNames } from './rekey.js'
import { openSqliteStore, SqliteStore } from './sqlite-store.js'

const dir = mkdtempSync(join(tmpdir(), 'wirewatch-store-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
let files = 0
const newPath = () => join(dir, `store-${++files}.db`)

describeStoreContract('sqlite :memory:', () => openSqliteStore(':memory:'))
describeStoreContract('sqlite file', () => openSqliteStore(newPath()), {
  reopen: (closed: Store) => openSqliteStore((closed as SqliteStore).path),
})

describe('SqliteStore', () => {
  it('runs each migration once, and records it', async () => {
    const path = newPath()
    await (await openSqliteStore(path)).close()
    await (await openSqliteStore(path)).close()
    const db = new Database(path)
    const rows = db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all()
    expect(rows).toEqual(MIGRATIONS.map((m) => ({ version: m.version, name: m.name })))
    expect(migrate(db)).toEqual([])
    expect(schemaVersion(db)).toBe(LATEST_VERSION)
    db.close()
  })

  it('applies only the migrations a database lacks', () => {
    const db = new Database(':memory:')
    const extra = { version: LATEST_VERSION + 1, name: 'test column', sql: 'ALTER TABLE documents ADD COLUMN test_note TEXT' }
    expect(migrate(db)).toEqual(MIGRATIONS.map((m) => m.version))
    expect(migrate(db, [...MIGRATIONS, extra])).toEqual([extra.version])
    expect(migrate(db, [...MIGRATIONS, extra])).toEqual([])
    db.close()
  })

  it('re-keys the names of a store written with an older key (migration 3), and reindexes them', async () => {
    const path = newPath()
    const store = await openSqliteStore(path)
    const { brief } = fixtures()
    await store.putDocument(brief.document, brief.provenance)
    await store.close()
    // What version 2 wrote: plain lower case, no last names.
    const db = new Database(path)
    db.prepare('UPDATE entity_aliases SET alias_lower = lower(alias), alias_last = NULL').run()
    db.transaction(() => rekeyNames(db))()
    db.close()
    const reopened = await openSqliteStore(path)
    expect((await reopened.findEntities('Ильса Варга'))[0]?.entity.id).toBe('person:ilsa-varga')
    const hers = brief.document.statements.filter((s) => s.speaker.entity === 'person:ilsa-varga').length
    expect((await reopened.search({ speaker: 'Varga', limit: 100 })).length).toBe(hers)
    await reopened.close()
  })

  it('opens files in WAL mode with foreign keys on, synchronous NORMAL and a busy timeout', async () => {
    const store = await openSqliteStore(newPath())
    // The store's own connection is private: read the settings through a second one for the
    // file-level setting, and through the store's behaviour for the connection-level ones.
    const db = new Database(store.path)
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    db.close()
    const conn = (store as unknown as { db: Database.Database }).db
    expect(conn.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(conn.pragma('synchronous', { simple: true })).toBe(1)
    expect(conn.pragma('busy_timeout', { simple: true })).toBe(5000)
    await store.close()
  })

  it('refuses a database newer than the code, and leaves it untouched', async () => {
    const path = newPath()
    await (await openSqliteStore(path)).close()
    const db = new Database(path)
    db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(LATEST_VERSION + 1, 'from the future', '2099-01-01T00:00:00Z')
    db.close()
    await expect(openSqliteStore(path)).rejects.toMatchObject({ code: 'E_STORE', message: expect.stringMatching(/newer than this Wirewatch knows/) })
    await expect(openSqliteStore(path, { readonly: true })).rejects.toMatchObject({ code: 'E_STORE' })
    const check = new Database(path)
    expect(schemaVersion(check)).toBe(LATEST_VERSION + 1)
    check.close()
  })

  it('opens read-only for searching, and refuses writes', async () => {
    const path = newPath()
    const writer = await openSqliteStore(path)
    const f = fixtures()
    await writer.putDocument(f.brief.document, f.brief.provenance)
    await writer.close()
    const reader = await openSqliteStore(path, { readonly: true })
    expect((await reader.search({ text: 'grain' })).length).toBeGreaterThan(0)
    await expect(reader.putDocument(f.news.document, f.news.provenance)).rejects.toMatchObject({ code: 'E_STORE' })
    await reader.close()
  })

  it('deleting a document cascades to its statements, links and full-text rows', async () => {
    const store = await openSqliteStore(newPath())
    const f = fixtures()
    for (const d of [f.brief, f.news]) await store.putDocument(d.document, d.provenance)
    const db = new Database(store.path)
    db.pragma('foreign_keys = ON')
    db.prepare('DELETE FROM documents WHERE id = ?').run(f.news.document.id)
    db.close()
    expect(await store.hasDocument(f.news.document.id)).toBe(false)
    expect(await store.getStatement(f.news.document.statements[0]!.id)).toBeUndefined()
    const hits = await store.search({ text: 'grain' })
    expect(hits.length).toBeGreaterThan(0)
    expect(hits.every((h) => h.document.id === f.brief.document.id)).toBe(true)
    expect((await store.stats()).statements).toBe(f.brief.document.statements.length)
    await store.close()
  })

  it('bulk-loads many documents in one transaction, all or none', async () => {
    const store = await openSqliteStore(':memory:')
    const f = fixtures()
    const broken = structuredClone(f.visit)
    broken.document.statements[1]!.id = broken.document.statements[0]!.id
    await expect(store.putDocuments([f.brief, f.news, broken])).rejects.toMatchObject({ code: 'E_STORE' })
    expect((await store.stats()).documents).toBe(0)
    expect(await store.putDocuments([f.brief, f.news, f.brief])).toEqual(['new', 'new', 'unchanged'])
    expect((await store.stats()).documents).toBe(2)
    await store.close()
  })

  it('finds documents by their words after the full-text indexes are optimised', async () => {
    const store = await openSqliteStore(':memory:')
    const f = fixtures()
    for (const d of f.all) await store.putDocument(d.document, d.provenance)
    await store.optimize()
    expect((await store.listDocuments({ text: 'fishermen' })).map((d) => d.id)).toEqual([f.visit.document.id])
    await store.close()
  })

  it('sees what another connection wrote to an entity before writing to it again', async () => {
    const path = newPath()
    const [a, b] = [await openSqliteStore(path), await openSqliteStore(path)]
    // A fictional outlet whose labels three documents add to, through two connections.
    const outlet = (labels: string[]) => ({ id: 'outlet:harbour-ledger', type: 'outlet' as const, name: 'Harbour Ledger', aliases: ['Harbour Ledger'], roles: [], labels, mentions: [] })
    const doc = (text: string, labels: string[]) => ({ id: text.length.toString(16).padStart(16, '0'), lang: 'en', text, sources: [], entities: [outlet(labels)], statements: [], events: [], diagnostics: [] })
    const provenance = { origin: 'test', reader: 'text' as const, ingestedAt: '2026-11-25T00:00:00.000Z' }
    await b.putDocument(doc('The Harbour Ledger reported it.', ['independent']), provenance)
    await a.putDocument(doc('The Harbour Ledger reported it again.', ['regional']), provenance)
    // b cached the outlet with one label; a has added a second since.
    await b.putDocument(doc('The Harbour Ledger reported it once more.', ['weekly']), provenance)
    expect((await a.getEntity('outlet:harbour-ledger'))?.entity.labels?.sort()).toEqual(['independent', 'regional', 'weekly'])
    await Promise.all([a.close(), b.close()])
  })

  it('lets two connections write the same file, each document whole', async () => {
    const path = newPath()
    const [a, b] = [await openSqliteStore(path), await openSqliteStore(path)]
    const f = fixtures()
    const outcomes = await Promise.all(f.all.map((d, k) => (k % 2 ? a : b).putDocument(d.document, d.provenance)))
    expect(outcomes.every((o) => o === 'new')).toBe(true)
    expect(await b.putDocument(f.brief.document, f.brief.provenance)).toBe('unchanged')
    expect((await a.stats()).documents).toBe(f.all.length)
    await Promise.all([a.close(), b.close()])
  })

  it('refuses work once closed, and closing twice is harmless', async () => {
    const store = await openSqliteStore(':memory:')
    await store.close()
    await store.close()
    await expect(store.search({ text: 'grain' })).rejects.toMatchObject({ code: 'E_STORE' })
  })
})
