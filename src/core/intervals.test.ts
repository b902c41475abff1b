import { describe, expect, it } from 'vitest'
import { countWhile, lowerBound } from './bisect.js'
import { Intervals } from './intervals.js'

/** A small deterministic generator, so that a failure repeats. */
function random(seed: number): () => number {
  let x = seed
  return () => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32)
}

describe('Intervals.firstOverlapping', () => {
  it('finds what a scan of every range finds: the overlapping range that starts first, the first given on a tie', () => {
    const next = random(7)
    for (let round = 0; round < 200; round++) {
      const ranges = Array.from({ length: Math.floor(next() * 30) }, (_, n) => {
        const start = Math.floor(next() * 100)
        return { start, end: start + Math.floor(next() * 20), n }
      })
      const index = new Intervals(ranges)
      for (let q = 0; q < 30; q++) {
        const start = Math.floor(next() * 110)
        const end = start + Math.floor(next() * 10)
        let expected: (typeof ranges)[number] | undefined
        for (const r of ranges) if (r.start < end && start < r.end && (!expected || r.start < expected.start)) expected = r
        const k = index.firstOverlapping(start, end)
        expect(k < 0 ? undefined : index.at(k)).toBe(expected)
      }
    }
  })
})

describe('bisect', () => {
  it('counts the leading indices that hold, and finds lower bounds', () => {
    expect(countWhile(0, () => true)).toBe(0)
    expect(countWhile(5, (i) => i < 3)).toBe(3)
    expect(lowerBound([1, 3, 3, 7], 3)).toBe(1)
    expect(lowerBound([1, 3, 3, 7], 8)).toBe(4)
    expect(lowerBound([], 1)).toBe(0)
  })
})
