import { lowerBound } from './bisect.js'

// Items sorted by a character offset, so that "the first one starting inside a range" is a binary
// search instead of a scan of all of them.

export interface ByOffset<T> {
  items: T[]
  offsets: number[]
}

/** The items sorted by `offsetOf` (stable: equal offsets keep their order). */
export function byOffset<T>(items: readonly T[], offsetOf: (item: T) => number): ByOffset<T> {
  const sorted = items.map((item, n) => ({ item, at: offsetOf(item), n })).sort((x, y) => x.at - y.at || x.n - y.n)
  return { items: sorted.map((x) => x.item), offsets: sorted.map((x) => x.at) }
}

/** The first item (by offset) strictly inside (from, to), other than `self`. */
export function firstInside<T>(list: ByOffset<T>, from: number, to: number, self?: T): T | undefined {
  for (let k = lowerBound(list.offsets, from + 1); k < list.offsets.length && list.offsets[k]! < to; k++) {
    if (list.items[k] !== self) return list.items[k]
  }
  return undefined
}

