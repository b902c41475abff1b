// Which of many character ranges overlaps a given one, answered by bisection: the extractor asks
// it once per statement or event mention, so a scan of every range would make a document of
// thousands of statements quadratic.

import { countWhile } from './bisect.js'

export interface Interval {
  start: number
  end: number
}

export class Intervals<T extends Interval> {
  /** The ranges by start (ties in the order given). */
  private readonly sorted: T[]
  /** reach[k]: the furthest end among sorted[0..k]. */
  private readonly reach: number[] = []

  constructor(ranges: Iterable<T>) {
    this.sorted = [...ranges].map((r, n) => ({ r, n })).sort((x, y) => x.r.start - y.r.start || x.n - y.n).map((x) => x.r)
    for (const r of this.sorted) this.reach.push(Math.max(r.end, this.reach[this.reach.length - 1] ?? -Infinity))
  }

  /**
   * The range overlapping [start, end) that starts first (on a tie, the first given), as its rank
   * in start order, or -1. Ranks compare: a smaller rank starts no later.
   */
  firstOverlapping(start: number, end: number): number {
    // The first range (in start order) that ends after `start`: it overlaps if it starts before `end`,
    // and if it does not, no later range does.
    const lo = countWhile(this.reach.length, (i) => this.reach[i]! <= start)
    return lo < this.sorted.length && this.sorted[lo]!.start < end ? lo : -1
  }

  /** The range of a rank firstOverlapping returned. */
  at(rank: number): T {
    return this.sorted[rank]!
  }
}
