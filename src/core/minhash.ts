// Near-duplicate detection with MinHash over word shingles, and LSH bands to find candidates:
// the same wire story republished with a new headline and a reworded sentence still shares most of
// its 5-word shingles, so its estimated Jaccard similarity stays high.

const SHINGLE_WORDS = 5
const HASHES = 64
const BANDS = 16
const ROWS = HASHES / BANDS
/** Estimated Jaccard similarity at or above which two texts are near-duplicates. */
export const NEAR_DUPLICATE_SIMILARITY = 0.7

const WORD = /[\p{L}\p{N}]+/gu

// Seeds for the hash family: fixed, so signatures are stable across runs and machines.
const SEEDS = Array.from({ length: HASHES }, (_, i) => Math.imul(i + 1, 0x9e3779b1) >>> 0)

function fnv1a(s: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193)
  return h >>> 0
}

/** A 32-bit mix of a shingle hash with a seed (murmur3's finaliser). */
function mix(h: number, seed: number): number {
  let x = (h ^ seed) >>> 0
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b)
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35)
  return (x ^ (x >>> 16)) >>> 0
}

/** The MinHash signature of a text: HASHES minima over its word 5-gram shingles. */
export function minhashSignature(text: string): number[] {
  const words = text.toLowerCase().match(WORD) ?? []
  // Each word is hashed once; a shingle's hash combines its words' hashes (no string building).
  const wordHashes = new Uint32Array(words.length)
  for (let i = 0; i < words.length; i++) wordHashes[i] = fnv1a(words[i]!)
  const minima = new Uint32Array(HASHES).fill(0xffffffff)
  const shingles = Math.max(1, words.length - SHINGLE_WORDS + 1)
  for (let i = 0; i < shingles; i++) {
    let h = 0x811c9dc5
    for (let w = i; w < Math.min(words.length, i + SHINGLE_WORDS); w++) h = Math.imul(h ^ wordHashes[w]!, 0x01000193)
    h >>>= 0
    for (let k = 0; k < HASHES; k++) {
      const v = mix(h, SEEDS[k]!)
      if (v < minima[k]!) minima[k] = v
    }
  }
  return Array.from(minima)
}

/** LSH band keys: two signatures sharing a key are candidates for a closer look. */
export function lshBands(signature: readonly number[]): string[] {
  const bands: string[] = []
  for (let b = 0; b < BANDS; b++) {
    let h = 0x811c9dc5
    for (let r = 0; r < ROWS; r++) h = Math.imul(h ^ signature[b * ROWS + r]!, 0x01000193)
    bands.push(`${b}:${(h >>> 0).toString(36)}`)
  }
  return bands
}

/** The share of equal minima: an estimate of the Jaccard similarity of the two shingle sets. */
export function estimatedSimilarity(a: readonly number[], b: readonly number[]): number {
  let same = 0
  for (let k = 0; k < HASHES; k++) if (a[k] === b[k]) same++
  return same / HASHES
}
