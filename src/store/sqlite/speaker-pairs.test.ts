// Text searches by speaker go through the speaker-pair columns (fts.ts), not through the words and
// the speaker's key token: these tests hold the two ways to the same answers, on the fictional
// sample corpus (English, Russian and Ukrainian, names with diacritics and apostrophes).

import Database from 'better-sqlite3'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ingestSamples } from '../../ingest/sample-corpus.js'
import { WORD } from '../query.js'
import type { SearchHit } from '../store.js'
import { asVersion4 } from './schema-fixtures.js'
import { openSqliteStore, type SqliteStore } from './sqlite-store.js'

const work = mkdtempSync(join(tmpdir(), 'wirewatch-pairs-'))
const path = join(work, 'samples.db')
let store: SqliteStore

beforeAll(async () => {
  store = await openSqliteStore(path)
  const summary = await ingestSamples(store)
  expect(summary.documents.failed).toBe(0)
}, 60_000)
afterAll(async () => {
  await store.close()
  rmSync(work, { recursive: true, force: true })
})

let foundWithoutDuplicates = 0
const ids = (hits: readonly SearchHit[]) => hits.map((h) => h.statement.id).sort()

/** Each speaker's name (as a search would give it), with the words and two-word phrases of their statements. */
async function cases(): Promise<{ speaker: string; texts: string[] }[]> {
  const all = await store.search({ limit: 1000 })
  const bySpeaker = new Map<string, Set<string>>()
  for (const { statement: s } of all) {
    const name = s.speaker.name
    if (!name) continue
    const texts = bySpeaker.get(name) ?? new Set<string>()
    for (const chunk of s.content) {
      const words = chunk.text.match(WORD) ?? []
      words.forEach((w, k) => {
        texts.add(w)
        if (k > 0) texts.add(`${words[k - 1]} ${w}`)
      })
    }
    for (const w of name.match(WORD) ?? []) texts.add(w)
    bySpeaker.set(name, texts)
  }
  // Words of other speakers too, so most pairs of speaker and word match nothing.
  const everyWord = [...new Set([...bySpeaker.values()].flatMap((t) => [...t]))]
  return [...bySpeaker].map(([speaker, texts], k) => ({
    speaker,
    texts: [...[...texts].filter((_, j) => j % 7 === 0), ...everyWord.filter((_, j) => j % 97 === k % 97)],
  }))
}

describe('text search by speaker (speaker pairs)', () => {
  it.each([false, true])('finds exactly the statements that match the text and are by the speaker (near-duplicates included: %s)', async (includeDuplicates) => {
    let compared = 0
    let found = 0
    for (const { speaker, texts } of await cases()) {
      const theirs = new Set(ids(await store.search({ speaker, limit: 1000, includeDuplicates })))
      for (const text of texts) {
        const byText = await store.search({ text, limit: 1000, includeDuplicates })
        expect(byText.length).toBeLessThan(1000)
        const expected = ids(byText).filter((id) => theirs.has(id))
        const actual = ids(await store.search({ text, speaker, limit: 1000, includeDuplicates }))
        expect(actual, `"${text}" by ${speaker}`).toEqual(expected)
        compared++
        found += actual.length
      }
    }
    // Enough cases, in all three scripts, and most of them with matches.
    expect(compared).toBeGreaterThan(500)
    expect(found).toBeGreaterThan(compared / 2)
    if (includeDuplicates) expect(found).toBeGreaterThan(foundWithoutDuplicates)
    else foundWithoutDuplicates = found
  })

  it('matches word endings as the words alone do, and the speaker by name', async () => {
    const agreed = await store.search({ text: 'agreed', speaker: 'Ilsa Varga', limit: 100 })
    expect(agreed.length).toBeGreaterThan(1)
    expect(agreed.every((h) => h.statement.speaker.entity === 'person:ilsa-varga')).toBe(true)
    expect(ids(await store.search({ text: 'AGREE', speaker: 'Ilsa Varga', limit: 100 }))).toEqual(ids(agreed))
    expect(ids(await store.search({ text: 'inspection', speaker: 'Varga', limit: 100 }))).toEqual(ids(await store.search({ text: 'inspections', speaker: 'Varga', limit: 100 })))
    // A word of the speaker's own name matches every statement of theirs.
    const named = await store.search({ text: 'Varga', speaker: 'Ilsa Varga', limit: 1000 })
    expect(ids(named)).toEqual(ids(await store.search({ speaker: 'Ilsa Varga', limit: 1000 })))
  })

  it('are rebuilt by migration 5 from the stored statements', async () => {
    const copy = join(work, 'before-5.db')
    const source = new Database(path, { readonly: true })
    await source.backup(copy)
    source.close()
    const queries = [{ text: 'corridor', speaker: 'Halder' }, { text: 'grain', speaker: 'Varga' }, { text: 'grain' }]
    const before = await Promise.all(queries.map((q) => store.search({ ...q, limit: 100 })))
    expect(before.every((hits) => hits.length > 0)).toBe(true)
    asVersion4(copy)
    const migrated = await openSqliteStore(copy)
    const after = await Promise.all(queries.map((q) => migrated.search({ ...q, limit: 100 })))
    // The same hits. Scores agree within a few percent only: settling names and events rewrote
    // some statements' index rows in the original, and FTS5 keeps counting a contentless table's
    // deleted rows in its bm25 statistics, which the rebuilt copy does not have.
    expect(after.map((hits) => hits.map((h) => h.statement.id).sort())).toEqual(before.map((hits) => hits.map((h) => h.statement.id).sort()))
    after.forEach((hits, q) =>
      hits.forEach((h) => {
        const was = before[q]!.find((b) => b.statement.id === h.statement.id)!.score
        expect(Math.abs(h.score - was) / was).toBeLessThan(0.03)
      }),
    )
    await migrated.close()
  })
})
