// Ingestion end to end on a real SQLite file: idempotency, near-duplicates, bad inputs, and a
// child process killed mid-ingest then run again.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { Store } from '../store/store.js'
import { openSqliteStore } from '../store/sqlite/index.js'
import { ingest } from './ingest.js'
import { ingestKilledAfter } from './killed-ingest.js'

const work = mkdtempSync(join(tmpdir(), 'wirewatch-ingest-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

// Fictional wire stories, varied by number so each is its own document.
const MINISTERS = ['Ilsa Varga', 'Edvin Marrow', 'Aurel Danecki', 'Juno Halder', 'Lenna Corvish']
function story(n: number): string {
  const who = MINISTERS[n % MINISTERS.length]!
  return `Harbor talks, day ${n}

PORT MEREN (Meridian Press) - ${who} said on Tuesday that round ${n} of the harbor talks had made progress on ${n * 3} of the ${n * 3 + 7} open questions. "We are closer than we were yesterday, and we will be closer still tomorrow," ${who.split(' ')[1]} told reporters after session ${n}. According to delegates, the next session will discuss fishing quota number ${n + 11}.
(Fictional sample written for Wirewatch.)`
}

function folderOf(name: string, count: number): string {
  const dir = join(work, name)
  mkdirSync(dir, { recursive: true })
  for (let n = 1; n <= count; n++) writeFileSync(join(dir, `story-${String(n).padStart(4, '0')}.txt`), story(n))
  return dir
}

async function withStore<T>(file: string, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openSqliteStore(file)
  try {
    return await work(store)
  } finally {
    await store.close()
  }
}

/** Everything stored, minus the ingestion time: two stores with the same snapshot hold the same thing. */
async function snapshot(file: string) {
  return withStore(file, async (store) => {
    const stats = await store.stats()
    const ids = new Set<string>()
    for (let offset = 0; ; offset += 1000) {
      const page = await store.search({ limit: 1000, offset, includeDuplicates: true })
      page.forEach((h) => ids.add(h.document.id))
      if (page.length < 1000) break
    }
    const docs = []
    for (const id of [...ids].sort()) {
      const stored = (await store.getDocument(id))!
      docs.push({ document: stored.document, provenance: { ...stored.provenance, ingestedAt: undefined } })
    }
    return { stats, docs }
  })
}

describe('ingest', () => {
  it('stores every document once: a second run adds nothing', async () => {
    const dir = folderOf('idempotent', 5)
    const db = join(work, 'idempotent.db')
    const first = await withStore(db, (store) => ingest([dir], { store }))
    expect(first.documents).toEqual({ new: 5, unchanged: 0, duplicate: 0, failed: 0 })
    expect(first.statementsAdded).toBeGreaterThanOrEqual(10)
    const before = await snapshot(db)
    const told: { outcome: string; statements: number }[] = []
    const second = await withStore(db, (store) => ingest([dir], { store, onEvent: (e) => e.type === 'document' && told.push(e) }))
    expect(second.documents).toEqual({ new: 0, unchanged: 5, duplicate: 0, failed: 0 })
    expect(second.statementsAdded).toBe(0)
    expect(await snapshot(db)).toEqual(before)
    // Known documents are not extracted again; each is reported with the statements it has stored.
    expect(told.map((e) => e.outcome)).toEqual(Array(5).fill('unchanged'))
    expect(told.reduce((n, e) => n + e.statements, 0)).toBe(first.statementsAdded)
  })

  it('links a republished story with small edits to the first copy and keeps it out of search', async () => {
    const dir = join(work, 'dupes')
    mkdirSync(dir)
    const original = story(42)
    writeFileSync(join(dir, 'a-original.txt'), original)
    writeFileSync(join(dir, 'b-republished.txt'), original.replace('Harbor talks, day 42', 'Progress at the harbor talks').replace('had made progress', 'made real progress'))
    const db = join(work, 'dupes.db')
    const summary = await withStore(db, (store) => ingest([dir], { store }))
    expect(summary.documents).toMatchObject({ new: 1, duplicate: 1 })
    await withStore(db, async (store) => {
      const hits = await store.search({ text: 'closer than we were yesterday' })
      expect(hits).toHaveLength(1)
      const all = await store.search({ text: 'closer than we were yesterday', includeDuplicates: true })
      expect(all).toHaveLength(2)
      const copy = all.find((h) => h.document.id !== hits[0]!.document.id)!
      expect((await store.getDocument(copy.document.id))!.provenance.nearDuplicateOf).toBe(hits[0]!.document.id)
    })
  })

  it('reports each bad input once and stores the rest', async () => {
    const dir = join(work, 'bad')
    mkdirSync(dir)
    writeFileSync(join(dir, '1-good.txt'), story(7))
    writeFileSync(join(dir, '2-empty.txt'), '')
    writeFileSync(join(dir, '3-binary.bin'), Buffer.from([0, 1, 2, 0, 255, 0, 7, 0, 0, 3]))
    writeFileSync(join(dir, '4-lines.jsonl'), `{"text": "Ilsa Varga said the corridor would reopen.", "date": "2026-04-17"}\n{not json}\n`)
    const db = join(work, 'bad.db')
    const events: string[] = []
    const summary = await withStore(db, (store) =>
      ingest([dir, join(work, 'missing.txt')], { store, onEvent: (e) => e.type === 'problem' && events.push(e.problem.origin) }),
    )
    expect(summary.documents.new).toBe(2)
    expect(summary.problems.map((p) => p.code).sort()).toEqual(['E_INPUT_BINARY', 'E_INPUT_EMPTY', 'E_INPUT_MALFORMED', 'E_INPUT_NOT_FOUND'])
    expect(events).toHaveLength(4)
  })

  it('refuses a file over the size limit without reading it', async () => {
    const big = join(work, 'big.txt')
    writeFileSync(big, 'x'.repeat(4096))
    const summary = await withStore(join(work, 'big.db'), (store) => ingest([big], { store, maxBytes: 1024 }))
    expect(summary.problems).toEqual([expect.objectContaining({ origin: big, code: 'E_INPUT_TOO_LARGE' })])
  })

  it('ends, after a kill mid-ingest and a second run, with exactly the store a clean run makes', async () => {
    const dir = folderOf('kill', 600)
    const clean = join(work, 'clean.db')
    await withStore(clean, (store) => ingest([dir], { store }))

    const killed = join(work, 'killed.db')
    // By the 300th input read, the first group of 256 documents is committed, and half of the 600 are still to come.
    expect(await ingestKilledAfter(dir, killed)).toBe('SIGKILL')
    const partial = await withStore(killed, (store) => store.stats())
    expect(partial.documents).toBeGreaterThan(0)
    expect(partial.documents).toBeLessThan(600)

    await withStore(killed, (store) => ingest([dir], { store }))
    expect(await snapshot(killed)).toEqual(await snapshot(clean))
  })
})
