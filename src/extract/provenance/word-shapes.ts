// A cheap filter before a word lookup: (first two letters, length) hashed into a table of bits,
// read from the text and the token offsets alone, so that most tokens are ruled out without
// touching their strings.

import type { Analysis } from '../analysis.js'

const SHAPE_SIZE = 8192

/**
 * The filter for a set of lower-case words. A small hash table of bits: it may let a word through
 * that is not in the set, never the reverse.
 */
export function wordShapes(words: Iterable<string>): Uint8Array {
  const shapes = new Uint8Array(SHAPE_SIZE)
  for (const w of words) shapes[shapeOf(w.charCodeAt(0), w.length > 1 ? w.charCodeAt(1) : 0, w.length)] = 1
  return shapes
}

function shapeOf(c0: number, c1: number, length: number): number {
  // ASCII capitals fold to lower case; other scripts are hashed as they are.
  if (c0 >= 65 && c0 <= 90) c0 |= 32
  if (c1 >= 65 && c1 <= 90) c1 |= 32
  return (Math.imul(c0, 0x9e3779b1) ^ Math.imul(c1 + 1, 0x85ebca6b) ^ Math.imul(length, 0xc2b2ae35)) >>> 19
}

/** Whether token k may be one of the words `shapes` was made from; a word that opens with a non-ASCII letter always may. */
export function mayBe(a: Analysis, shapes: Uint8Array, k: number): boolean {
  const start = a.tok.start(k)
  const length = a.tok.end(k) - start
  const c0 = a.text.charCodeAt(start)
  const c1 = length > 1 ? a.text.charCodeAt(start + 1) : 0
  if (c0 >= 128 || c1 >= 128) return true
  return shapes[shapeOf(c0, c1, length)] === 1
}
