import { describe, expect, it } from 'vitest'
import { shingleCounts, shingleScores } from './shingle-f1.js'

describe('shingle F1 (the article-extraction benchmarks’ metric)', () => {
  it('is 1 for the same text, whatever the spacing and punctuation', () => {
    const c = shingleCounts('The talks resumed on Monday in Port Meren.', 'The talks  resumed, on Monday in Port Meren')
    expect(c).toEqual({ tp: 1, fp: 0, fn: 0 })
    expect(shingleScores([c])).toEqual({ precision: 1, recall: 1, f1: 1 })
  })

  it('counts extra and missing 4-word shingles as shares of the page', () => {
    // 8 words expected (5 shingles); the extraction adds 2 words in front (2 extra shingles).
    const c = shingleCounts('one two three four five six seven eight', 'menu home one two three four five six seven eight')
    expect(c.tp).toBeCloseTo(5 / 7)
    expect(c.fp).toBeCloseTo(2 / 7)
    expect(c.fn).toBe(0)
    const s = shingleScores([c])
    expect(s.precision).toBeCloseTo(5 / 7)
    expect(s.recall).toBe(1)
  })

  it('keeps case, as the benchmark does, and makes a short text one shingle', () => {
    expect(shingleCounts('Port Meren', 'port meren')).toEqual({ tp: 0, fp: 0.5, fn: 0.5 })
    expect(shingleCounts('Port Meren', 'Port Meren')).toEqual({ tp: 1, fp: 0, fn: 0 })
  })

  it('weighs pages alike and leaves a page out of precision when nothing was extracted', () => {
    const perfect = shingleCounts('a b c d e', 'a b c d e')
    const empty = shingleCounts('a b c d e', '')
    expect(empty).toEqual({ tp: 0, fp: 0, fn: 1 })
    const s = shingleScores([perfect, empty])
    expect(s.precision).toBe(1)
    expect(s.recall).toBe(0.5)
    expect(s.f1).toBeCloseTo(2 / 3)
  })
})
