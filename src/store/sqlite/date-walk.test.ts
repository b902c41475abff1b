import Database from 'better-sqlite3'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fixtures } from '../contract-fixtures.js'
import { langFixtures } from '../lang-fixtures.js'
import { normaliseQuery } from '../query.js'
import type { SearchQuery } from '../store.js'
import { Prepared } from './prepared.js'
import { resolveFilters, scansAlongDates } from './search.js'
import { openSqliteStore } from './sqlite-store.js'

// A page filtered by about, outlet or language is found either by sorting every match or by walking
// the date index (search.ts, scansAlongDates), depending on how many statements the filter passes. Small
// pages of a common filter walk; one page of everything sorts. Paging through either way must give
// the same statements in the same order.

describe('pages filtered by what statements are about, by outlet or by language', () => {
  it('are the same statements in the same order, walked along the dates or sorted', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wirewatch-date-walk-'))
    const path = join(dir, 'store.db')
    const store = await openSqliteStore(path)
    const f = fixtures()
    const l = langFixtures()
    const all = [...f.all, l.russian, l.ukrainian]
    for (const d of all) await store.putDocument(d.document, d.provenance)
    // A second connection, to ask which way each page is found.
    const db = new Database(path, { readonly: true })
    const p = new Prepared(db)
    const statements = all.flatMap((d) => d.document.statements.map((s) => ({ s, doc: d.document })))
    const filters: SearchQuery[] = [
      ...[...new Set(statements.flatMap(({ s }) => s.about))].map((about) => ({ about })),
      ...[...new Set(statements.flatMap(({ s, doc }) => [...s.via, ...(doc.outlet ? [doc.outlet] : [])]))].map((outlet) => ({ outlet })),
      ...['en', 'ru', 'uk'].map((lang) => ({ lang })),
      ...[...new Set(statements.flatMap(({ s }) => s.about))].map((about) => ({ about, lang: 'en' })),
    ]
    let walks = 0
    let sorts = 0
    for (const filter of filters) {
      for (const extra of [{}, { order: 'date' as const }, { includeDuplicates: true }, { order: 'date' as const, includeDuplicates: true }]) {
        const query = { ...filter, ...extra }
        const all = (await store.search({ ...query, limit: 1000 })).map((h) => h.statement.id)
        for (const limit of [1, 2, 3]) {
          const q = normaliseQuery({ ...query, limit })
          if (scansAlongDates(p, q, resolveFilters(p, q)!)) walks++
          else sorts++
          const paged: string[] = []
          for (let offset = 0; offset <= all.length; offset += limit) paged.push(...(await store.search({ ...query, limit, offset })).map((h) => h.statement.id))
          expect(paged, JSON.stringify({ query, limit })).toEqual(all)
        }
      }
    }
    // Both ways were taken, so both were compared.
    expect(walks).toBeGreaterThan(0)
    expect(sorts).toBeGreaterThan(0)
    db.close()
    await store.close()
    rmSync(dir, { recursive: true, force: true })
  })
})
