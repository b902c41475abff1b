// Binary search, the one the extractor's indexes share (core/intervals, extract/antecedents, …).

/** The number of leading indices below `length` for which `holds` is true, when it is true up to some index and false after. */
export function countWhile(length: number, holds: (i: number) => boolean): number {
  let lo = 0
  let hi = length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (holds(mid)) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** The first index whose value is at least `value`, in an ascending array. */
export function lowerBound(values: ArrayLike<number>, value: number): number {
  return countWhile(values.length, (i) => values[i]! < value)
}
