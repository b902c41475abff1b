import { describe, expect, it } from 'vitest'
import { NEAR_DUPLICATE_SIMILARITY, estimatedSimilarity, lshBands, minhashSignature } from '../core/minhash.js'

// A fictional wire story and a republished copy with a new headline and one sentence reworded.
const story = `Valdoria reopens grain corridor after eleven days

PORT MEREN (Meridian Press) - Valdoria reopened the grain corridor from Port Meren on Tuesday after eleven days of closure, Trade Minister Ilsa Varga said. "Our ships will sail under our own flag," Varga told reporters at the harbor. The Kestran Federation, which had demanded one-sided inspections, did not comment. Shipping agents said the first convoy of nine cargo ships left the breakwater at dawn and was expected to reach Caldris by Friday. Farmers' groups welcomed the decision but warned that stored grain had already begun to spoil in several warehouses along the quay.`
const republished = `Grain ships leave Port Meren as corridor reopens

PORT MEREN (Meridian Press) - Valdoria reopened the grain corridor from Port Meren on Tuesday after eleven days of closure, Trade Minister Ilsa Varga said. "Our ships will sail under our own flag," Varga told reporters at the harbor. The Kestran Federation, which had demanded one-sided inspections, declined to comment on Tuesday. Shipping agents said the first convoy of nine cargo ships left the breakwater at dawn and was expected to reach Caldris by Friday. Farmers' groups welcomed the decision but warned that stored grain had already begun to spoil in several warehouses along the quay.`
const other = `Telvarian mediators to attend next round of harbor talks

CALDRIS (Harbor Ledger) - Telvaria will send two mediators to the next round of talks between Valdoria and the Kestran Federation, Foreign Minister Aurel Danecki said on Wednesday. He said he did not expect a breakthrough before the summer, but that both delegations had agreed to meet in Caldris rather than in Port Meren.`

describe('near-duplicate detection', () => {
  it('rates a lightly edited republication as a near-duplicate and sends it to a shared band', () => {
    const a = minhashSignature(story)
    const b = minhashSignature(republished)
    expect(estimatedSimilarity(a, b)).toBeGreaterThanOrEqual(NEAR_DUPLICATE_SIMILARITY)
    const shared = lshBands(a).filter((band) => lshBands(b).includes(band))
    expect(shared.length).toBeGreaterThan(0)
  })

  it('keeps a different story on the same topic apart', () => {
    expect(estimatedSimilarity(minhashSignature(story), minhashSignature(other))).toBeLessThan(0.2)
  })

  it('is deterministic and case-insensitive', () => {
    expect(minhashSignature(story)).toEqual(minhashSignature(story.toUpperCase()))
    expect(lshBands(minhashSignature(story))).toHaveLength(16)
  })

  it('signs a text shorter than one shingle', () => {
    expect(estimatedSimilarity(minhashSignature('Varga said no.'), minhashSignature('varga said no'))).toBe(1)
  })
})
