// How much of a byte string is UTF-8: its valid multi-byte sequences, and where the bytes that
// are not UTF-8 stand. The bad spots are counted as the WHATWG decoder (TextDecoder) replaces
// them, one U+FFFD per maximal ill-formed subsequence, so that spot k is the k-th replacement
// character of the lossy decoding and a sequence cut at the end of the input is one spot.

export interface Utf8Scan {
  /** Valid sequences of 2 to 4 bytes: each one is evidence that the writer meant UTF-8. */
  multiByte: number
  /** Number of ill-formed spots. */
  badSpots: number
  /** Byte offsets of the first ill-formed spots (up to `maxOffsets`). */
  badOffsets: number[]
}

/** Scans `bytes`; stops counting bad spots past `stopAfterBad`, when the verdict cannot change. */
export function scanUtf8(bytes: Uint8Array, maxOffsets = 16, stopAfterBad = Infinity): Utf8Scan {
  const scan: Utf8Scan = { multiByte: 0, badSpots: 0, badOffsets: [] }
  const n = bytes.length
  let i = 0
  while (i < n) {
    const b = bytes[i]!
    if (b < 0x80) {
      i++
      continue
    }
    const length = sequenceLength(bytes, i)
    if (length > 0) {
      scan.multiByte++
      i += length
      continue
    }
    if (scan.badOffsets.length < maxOffsets) scan.badOffsets.push(i)
    if (++scan.badSpots > stopAfterBad) break
    i += maximalSubpart(bytes, i)
  }
  return scan
}

/** Length of the valid sequence starting at `i`, or 0 when none starts there. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const need = expected(bytes[i]!)
  if (need === 0 || i + need > bytes.length) return 0
  return maximalSubpart(bytes, i) === need ? need : 0
}

/**
 * How many bytes from `i` belong to one sequence as far as it goes: the whole sequence when it
 * is valid, else the lead byte and the continuation bytes that were still possible (at least 1).
 */
function maximalSubpart(bytes: Uint8Array, i: number): number {
  const lead = bytes[i]!
  const need = expected(lead)
  if (need === 0) return 1
  // The second byte's range depends on the lead: no overlong forms, no surrogates, nothing past U+10FFFF.
  const [low, high] = lead === 0xe0 ? [0xa0, 0xbf] : lead === 0xed ? [0x80, 0x9f] : lead === 0xf0 ? [0x90, 0xbf] : lead === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf]
  let k = 1
  while (k < need && i + k < bytes.length) {
    const b = bytes[i + k]!
    if (k === 1 ? b < low || b > high : b < 0x80 || b > 0xbf) break
    k++
  }
  return k
}

/** Bytes a sequence led by `lead` has in all; 0 for bytes that cannot lead one. */
function expected(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2
  if (lead >= 0xe0 && lead <= 0xef) return 3
  if (lead >= 0xf0 && lead <= 0xf4) return 4
  return 0
}
