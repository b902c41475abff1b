// A brief of a document of tens of thousands of statements is a brief, not a reprint: at most
// OWN_LIMIT of the speaker's own statements and as many of others'. Before, it gave every one of
// them, and writing it was quadratic (25 s for 15,100 statements; 627 s through the API for 35,700).
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { longDocument } from '../../bench/lib/scale-inputs.js'
import { ingestDocuments } from '../ingest/ingest.js'
import { openSqliteStore } from '../store/sqlite/index.js'
import type { Store } from '../store/store.js'
import { OWN_LIMIT, buildBrief } from './brief.js'

let tmp: string
let store: Store
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'wirewatch-brief-large-'))
  store = await openSqliteStore(join(tmp, 'large.db'))
  const text = longDocument('wire', 1_000_000)
  const summary = await ingestDocuments([{ text, date: '2026-03-13', outlet: 'Meridian Press', origin: 'large.txt', reader: 'text' }], { store })
  expect(summary.statementsAdded).toBeGreaterThan(15_000)
}, 120_000)
afterAll(async () => {
  await store.close()
  await rm(tmp, { recursive: true, force: true })
})

describe('the brief of a very long document', () => {
  it('gives at most OWN_LIMIT of the speaker’s statements and as many of others’', { timeout: 60_000 }, async () => {
    const id = (await store.listDocuments({ limit: 1 }))[0]!.id
    const brief = await buildBrief(store, { doc: id })
    expect(brief.details.length + brief.quotes.length + 1).toBeLessThanOrEqual(OWN_LIMIT)
    expect(brief.background.length).toBeLessThanOrEqual(OWN_LIMIT + 4)
    // The speaker's statements come first as written: the lead is one of the document's first.
    expect(brief.lead.statements.some((s) => /:s[1-9]$/.test(s))).toBe(true)
  })

  it('a speaker brief of that day is bounded the same way', { timeout: 60_000 }, async () => {
    const brief = await buildBrief(store, { speaker: 'Ilsa Varga' })
    expect(brief.details.length + brief.quotes.length + 1).toBeLessThanOrEqual(OWN_LIMIT)
  })
})
