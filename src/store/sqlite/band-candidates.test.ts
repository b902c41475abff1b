// A MinHash band shared by many documents (a feed of similar items) offers at most BAND_CANDIDATES
// of them: the earliest and the latest stored. Before, every document sharing a band was read for
// each new one, and a feed of 4,000 similar items took 17.8 s where 1,000 took 3.3 s.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { lshBands, minhashSignature } from '../../core/minhash.js'
import { extract } from '../../extract/extract.js'
import { BAND_CANDIDATES, type Store } from '../store.js'
import { openSqliteStore } from './index.js'

let store: Store
beforeEach(async () => {
  store = await openSqliteStore(':memory:')
})
afterEach(async () => {
  await store.close()
})

describe('documentsSharingBands', () => {
  it('offers at most BAND_CANDIDATES documents per band, the earliest and the latest stored', async () => {
    const signature = minhashSignature('The grain corridor from Port Meren will reopen on Monday, the fictional ministry said.')
    const ids: string[] = []
    for (let n = 0; n < 40; n++) {
      const document = extract(`Update ${n}: Trade Minister Ilsa Varga said the corridor would reopen.`)
      // Every document with the same signature: all of them share every band.
      await store.putDocument(document, { origin: `feed#${n}`, reader: 'feed', ingestedAt: '2026-03-13T00:00:00Z', signature })
      ids.push(document.id)
    }
    const found = (await store.documentsSharingBands(lshBands(signature))).map((d) => d.id)
    expect(found).toHaveLength(BAND_CANDIDATES)
    expect(new Set(found)).toEqual(new Set([...ids.slice(0, BAND_CANDIDATES / 2), ...ids.slice(-BAND_CANDIDATES / 2)]))
  })
})
