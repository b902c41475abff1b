import Database from 'better-sqlite3'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { fixtures } from '../contract-fixtures.js'
import { langFixtures } from '../lang-fixtures.js'
import type { DocumentQuery, SearchQuery, Store } from '../store.js'
import { asVersion8 } from './schema-fixtures.js'
import { schemaVersion } from './migrate.js'
import { LATEST_VERSION } from './migrations.js'
import { openSqliteStore } from './sqlite-store.js'

// Migration 9 on a real file: a store written before stems and language keys is reindexed when
// opened, and answers as a store written after them does; deleting a document afterwards leaves
// both full-text indexes whole (documents_fts is contentless from 9 on, deleted by rowid).

const dir = mkdtempSync(join(tmpdir(), 'wirewatch-search-forms-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const QUERIES: SearchQuery[] = [
  { text: 'переговоры' },
  { text: 'переговорам', lang: 'ru' },
  { text: 'переговори' },
  { text: 'grain' },
  { text: 'grain', speaker: 'Varga' },
  { text: 'steel', from: '2025-03-01' },
  { lang: 'uk' },
  { lang: 'en', order: 'date' },
  { speaker: 'Корвиш', lang: 'ru' },
]
const DOCUMENT_QUERIES: DocumentQuery[] = [{ text: 'переговоры' }, { text: 'fishermen harbour' }, { lang: 'ru' }, { lang: 'en' }, {}]

async function filled(path: string): Promise<Store> {
  const store = await openSqliteStore(path)
  const l = langFixtures()
  for (const d of [...fixtures().all, l.russian, l.ukrainian]) await store.putDocument(d.document, d.provenance)
  return store
}

async function answers(store: Store): Promise<unknown> {
  return {
    hits: await Promise.all(QUERIES.map(async (q) => (await store.search({ ...q, limit: 100 })).map((h) => [h.statement.id, h.document.lang]))),
    documents: await Promise.all(DOCUMENT_QUERIES.map(async (q) => (await store.listDocuments({ ...q, limit: 100 })).map((d) => [d.id, d.lang]))),
  }
}

function checkIndexes(path: string): void {
  const db = new Database(path)
  // FTS5 compares the index with itself (and, for an external-content table, with the rows).
  db.exec(`INSERT INTO statements_fts(statements_fts, rank) VALUES ('integrity-check', 0);
           INSERT INTO documents_fts(documents_fts, rank) VALUES ('integrity-check', 0);`)
  db.close()
}

describe('migration 9: stems and language keys', () => {
  it('reindexes a store written before it, which then answers as a new one does', async () => {
    const path = join(dir, 'before-9.db')
    const fresh = await filled(join(dir, 'fresh.db'))
    const want = await answers(fresh)
    await fresh.close()
    const ru = langFixtures().russian.document.statements[0]!.id
    expect((want as { hits: string[][][] }).hits[0]!.map(([id]) => id)).toContain(ru)

    await (await filled(path)).close()
    asVersion8(path)
    const old = new Database(path)
    expect(schemaVersion(old)).toBe(8)
    // As version 8 indexed them: "переговоров" only as written.
    expect(old.prepare(`SELECT count(*) AS n FROM documents_fts WHERE documents_fts MATCH '"переговоров"'`).get()).toEqual({ n: 1 })
    expect(old.prepare(`SELECT count(*) AS n FROM documents_fts WHERE documents_fts MATCH '"переговоры"'`).get()).toEqual({ n: 0 })
    old.close()

    const steps: number[] = []
    const migrated = await openSqliteStore(path, { onMigration: (step) => steps.push(step.version) })
    expect(steps).toEqual([9])
    expect(await answers(migrated)).toEqual(want)
    await migrated.close()
    const db = new Database(path, { readonly: true })
    expect(schemaVersion(db)).toBe(LATEST_VERSION)
    db.close()
    checkIndexes(path)
  })

  it('keeps both full-text indexes whole when a document is deleted', async () => {
    const path = join(dir, 'delete.db')
    const store = await filled(path)
    const { russian, ukrainian } = langFixtures()
    const db = new Database(path)
    db.pragma('foreign_keys = ON')
    db.prepare('DELETE FROM documents WHERE id = ?').run(russian.document.id)
    db.close()
    checkIndexes(path)
    expect((await store.search({ text: 'переговоры' })).map((h) => h.statement.id)).toEqual([ukrainian.document.statements[0]!.id])
    expect((await store.listDocuments({ text: 'переговоры' })).map((d) => d.id)).toEqual([ukrainian.document.id])
    expect(await store.search({ lang: 'ru' })).toEqual([])
    // Stored again, it is found again.
    expect(await store.putDocument(russian.document, russian.provenance)).toBe('new')
    expect((await store.listDocuments({ text: 'переговоров', lang: 'ru' })).map((d) => d.id)).toEqual([russian.document.id])
    await store.close()
    checkIndexes(path)
  })
})
