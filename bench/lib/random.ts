// A seeded random source, so that every run of a benchmark builds the same data.

/** mulberry32: small, fast, and good enough for synthetic data. Returns [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Draws indices 0..n-1 with P(k) ∝ 1/(k+1)^s: word and speaker popularity in news follows roughly this. */
export class Zipf {
  private readonly cumulative: Float64Array

  constructor(
    readonly n: number,
    readonly s: number,
  ) {
    this.cumulative = new Float64Array(n)
    let sum = 0
    for (let k = 0; k < n; k++) {
      sum += 1 / Math.pow(k + 1, s)
      this.cumulative[k] = sum
    }
    for (let k = 0; k < n; k++) this.cumulative[k]! /= sum
  }

  /** The share of draws that land on rank k. */
  share(k: number): number {
    return this.cumulative[k]! - (k > 0 ? this.cumulative[k - 1]! : 0)
  }

  draw(random: () => number): number {
    const u = random()
    let lo = 0
    let hi = this.n - 1
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (this.cumulative[mid]! < u) lo = mid + 1
      else hi = mid
    }
    return lo
  }
}

export function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)]!
}

export function between(min: number, max: number, random: () => number): number {
  return min + Math.floor(random() * (max - min + 1))
}
