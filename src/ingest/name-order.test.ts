// A bare last name means the same whatever order the documents came in and however they were
// committed: it is decided again, for every document, whenever the evidence changes. Fictional
// people only.
import { describe, expect, it } from 'vitest'
import { openSqliteStore } from '../store/sqlite/index.js'
import type { Store } from '../store/store.js'
import type { InputDocument } from './input.js'
import { ingestDocuments } from './ingest.js'

const ILSA = 'Trade Minister Ilsa Varga said that the grain corridor would reopen on Monday.'
const PETR = 'Petr Varga, a harbour pilot, said that the channel at Port Meren was too shallow.'
const BARE = 'Varga said on Tuesday that the first ships had been late.'
const ILSA_AGAIN = 'Ilsa Varga said that the ships had reached Caldris on time.'
const PETR_AGAIN = 'Petr Varga said that the pilots would strike on Friday.'
const CORIN = 'Corin Aldamar said that the talks would resume in Velmara.'

const doc = (text: string, n: number): InputDocument => ({ text, origin: `test#${n}`, reader: 'text', date: `2026-03-${String(n + 1).padStart(2, '0')}` })

/** Stores `texts` in this order, `batchSize` to a commit; returns each statement's speaker by text, and the entity ids. */
async function fill(texts: string[], batchSize: number): Promise<{ speakers: Record<string, string | null>; entities: string[] }> {
  const store: Store = await openSqliteStore(':memory:')
  try {
    const all = [ILSA, PETR, BARE, ILSA_AGAIN, PETR_AGAIN, CORIN]
    await ingestDocuments(
      texts.map((t) => doc(t, all.indexOf(t))),
      { store, batchSize },
    )
    const speakers: Record<string, string | null> = {}
    for (const h of await store.search({ limit: 100 })) speakers[h.statement.content[0]!.text.split(' ').slice(0, 3).join(' ')] = h.statement.speaker.entity ?? null
    const entities = (await store.listEntities({ limit: 100 })).map((e) => `${e.entity.id} ${e.entity.name} ${e.documentCount}`).sort()
    return { speakers, entities }
  } finally {
    await store.close()
  }
}

describe('a bare last name, in any order', () => {
  it('goes to the person who dominates, whether she was known before or only after', async () => {
    const texts = [ILSA, PETR, BARE, ILSA_AGAIN, CORIN]
    const forward = await fill(texts, 1)
    // "Varga" came when Ilsa and Petr Varga were named once each; Ilsa's second document makes her the Varga.
    expect(forward.speakers['that the first']).toBe('person:ilsa-varga')
    for (const [order, batchSize] of [[[...texts].reverse(), 1], [[BARE, CORIN, PETR, ILSA_AGAIN, ILSA], 2], [texts, 256]] as const) {
      expect(await fill([...order], batchSize)).toEqual(forward)
    }
  })

  it('stays unnamed when neither stands out, even where one stood out for a while', async () => {
    const texts = [ILSA, ILSA_AGAIN, BARE, PETR, PETR_AGAIN, CORIN]
    const forward = await fill(texts, 1)
    expect(forward.speakers['that the first']).toBeNull()
    expect(forward.entities.some((e) => e.startsWith('person:varga '))).toBe(false)
    for (const [order, batchSize] of [[[...texts].reverse(), 1], [[PETR, BARE, ILSA, CORIN, ILSA_AGAIN, PETR_AGAIN], 2], [texts, 256]] as const) {
      expect(await fill([...order], batchSize)).toEqual(forward)
    }
  })
})
