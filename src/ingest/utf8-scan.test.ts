import { describe, expect, it } from 'vitest'
import { scanUtf8 } from './utf8-scan.js'

describe('scanUtf8', () => {
  it('counts valid multi-byte sequences and bad spots', () => {
    expect(scanUtf8(Buffer.from('Да, yes, 日本, 😀'))).toEqual({ multiByte: 5, badSpots: 0, badOffsets: [] })
    // A lone continuation byte, a lead without its continuation, an overlong form, a surrogate, a cut 4-byte sequence.
    const bad = Uint8Array.from([0x41, 0x80, 0xc3, 0x41, 0xc0, 0xaf, 0xed, 0xa0, 0x80, 0xf0, 0x9f, 0x98])
    expect(scanUtf8(bad)).toEqual({ multiByte: 0, badSpots: 8, badOffsets: [1, 2, 4, 5, 6, 7, 8, 9] })
  })

  // decode.ts relies on this: the k-th bad spot is the k-th U+FFFD of the lossy decoding.
  it('finds exactly the spots the WHATWG decoder replaces, on random bytes', () => {
    let seed = 13
    const random = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    for (let round = 0; round < 300; round++) {
      // Mostly high bytes, so that valid and ill-formed sequences of every kind turn up.
      const bytes = Uint8Array.from({ length: 64 }, () => (random() < 0.3 ? 0x41 : 0x80 + Math.floor(random() * 0x80)))
      const replacements = [...new TextDecoder().decode(bytes)].filter((c) => c === '\uFFFD').length
      expect(scanUtf8(bytes, 0).badSpots).toBe(replacements)
    }
  })
})
