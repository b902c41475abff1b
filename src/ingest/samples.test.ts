// The fictional sample corpus (samples/, see samples/corpus/README.md) ingested as `npm start`
// ingests it: the same people, outlets and events told by different documents in different
// words, from different outlets, days apart, must come out as one entity and one event each.

import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openSqliteStore } from '../store/sqlite/index.js'
import type { Store } from '../store/store.js'
import { ingestSamples } from './sample-corpus.js'

const work = mkdtempSync(join(tmpdir(), 'wirewatch-samples-'))
let store: Store

beforeAll(async () => {
  store = await openSqliteStore(join(work, 'samples.db'))
  const summary = await ingestSamples(store)
  expect(summary.documents.failed).toBe(0)
}, 60_000)
afterAll(async () => {
  await store.close()
  rmSync(work, { recursive: true, force: true })
})

const dates = (xs: { statement: { date?: string } }[]) => xs.map((h) => h.statement.date ?? '9999')

describe('the sample corpus, across documents', () => {
  it('keeps Ilsa Varga one person under every form, in three scripts, and Petr Varga another', async () => {
    const varga = (await store.getEntity('person:ilsa-varga'))!
    expect(varga.entity.aliases).toEqual(expect.arrayContaining(['Ilsa Varga', 'Varga', 'Minister Varga', 'Ілса Варга']))
    expect(varga.documentCount).toBeGreaterThanOrEqual(10)
    expect(new Set(varga.outlets!.map((o) => o.name)).size).toBeGreaterThanOrEqual(4)
    expect((await store.getEntity('person:petr-varga'))?.entity.name).toBe('Petr Varga')
    expect((await store.findEntities('Джуно Галдер'))[0]?.entity.id).toBe('person:juno-halder')
    // "Kestrania" and "the Kestran Federation" are one country, as the registry says.
    expect((await store.findEntities('Kestrania'))[0]?.entity.id).toBe('place:kestran-federation')
  })

  it('makes the Port Meren talks one event, reported by several outlets from proposal to end', async () => {
    const [talks] = await store.findEvents({ place: 'place:port-meren', type: 'talks' })
    expect(talks).toBeDefined()
    expect(talks!.event.participants).toEqual(expect.arrayContaining(['place:valdoria', 'place:kestran-federation']))
    expect(talks!.event.status).toBe('ended')
    expect(talks!.reports.length).toBeGreaterThanOrEqual(5)
    const told = talks!.reports.map((r) => r.status)
    for (const stage of ['proposed', 'began', 'ended']) expect(told).toContain(stage)
    // The status history is in document order.
    const reported = talks!.reports.map((r) => r.documentDate ?? '')
    expect(reported).toEqual([...reported].sort())
    const statements = await store.search({ event: talks!.event.id, order: 'date', limit: 100 })
    expect(statements.length).toBeGreaterThanOrEqual(3)
    expect(dates(statements)).toEqual([...dates(statements)].sort())
  })

  it('orders a person’s timeline by date across outlets and months', async () => {
    const timeline = await store.search({ speaker: 'Ilsa Varga', order: 'date', limit: 200 })
    expect(timeline.length).toBeGreaterThanOrEqual(20)
    expect(dates(timeline)).toEqual([...dates(timeline)].sort())
    const months = new Set(timeline.map((h) => h.statement.date?.slice(0, 7)))
    expect(months.has('2026-03') && months.has('2026-04')).toBe(true)
  })
})

describe('the sample corpus, one document per commit', () => {
  it('comes out the same as in groups: what a run remembers of an event is what it commits', async () => {
    // As documents arriving one POST at a time are committed: each on its own.
    const single = await openSqliteStore(join(work, 'single.db'))
    try {
      await ingestSamples(single, { batchSize: 1 })
      const events = async (s: Store) =>
        (await s.findEvents({ limit: 1000 })).map((x) => ({ ...x.event, documents: x.documentCount, reports: x.reports.length })).sort((a, b) => a.id.localeCompare(b.id))
      expect(await events(single)).toEqual(await events(store))
      const entities = async (s: Store) => (await s.listEntities({ limit: 1000 })).map((x) => [x.entity.id, x.documentCount]).sort()
      expect(await entities(single)).toEqual(await entities(store))
    } finally {
      await single.close()
    }
  }, 60_000)
})
