// Bytes → text, the one decoder for every input (CLI files, stdin, fetched pages).
// In order: a BOM; a declared charset (HTTP header, then <meta charset> or <?xml encoding=?>);
// UTF-8, when the bytes are UTF-8 or nearly so (a few bad bytes are replaced and reported, never
// a reason to reread the whole text in another encoding); else the most plausible legacy
// encoding (Windows-1251, KOI8-R/U, Windows-1252). Binary data and empty input are refused with a
// reason instead of being decoded into noise.

import iconv from 'iconv-lite'
import type { ErrorCode } from '../core/errors.js'
import { charsetOfContentType, declaredCharset } from './charset.js'
import { guessLegacyEncoding } from './legacy-encoding.js'
import { type Utf8Scan, scanUtf8 } from './utf8-scan.js'

export type Decoded =
  | {
      ok: true
      text: string
      /** The encoding it was read with: "utf-8", "windows-1251", … */
      encoding: string
      /** Bytes that were not UTF-8 in input read as UTF-8, each spot replaced by U+FFFD. */
      replaced?: ReplacedBytes
    }
  | { ok: false; code: DecodeErrorCode; /** Why, phrased to follow "cannot read X: ". */ reason: string }

export type DecodeErrorCode = Extract<ErrorCode, 'E_INPUT_EMPTY' | 'E_INPUT_BINARY' | 'E_INPUT_ENCODING'>

export interface ReplacedBytes {
  /** How many ill-formed spots (a cut sequence is one). */
  count: number
  /** Byte offsets of the first few of them, from the start of the input. */
  offsets: number[]
}

export interface DecodeHint {
  /** An HTTP Content-Type header: its charset wins over what the document declares (as in browsers). */
  contentType?: string
}

/** Bytes looked at for control characters: binary formats show themselves early. */
const BINARY_SAMPLE = 64 * 1024
/** Above this share of control characters the input is not text. */
const MAX_CONTROL_SHARE = 0.1
/** Offsets of bad bytes kept for the warning. */
const REPORTED_OFFSETS = 5
/**
 * Input with valid multi-byte sequences and at most one bad spot per this many of them is UTF-8
 * with damage, not a legacy encoding. Legacy text forms a valid sequence only by accident (an
 * uppercase Cyrillic letter before "»" in Windows-1251): measured on the Windows-1251 and KOI8
 * fixtures, one valid sequence per 14 bad spots or fewer, so the two never come near each other.
 */
const BAD_SPOTS_PER_SEQUENCE = 1 / 8

export function decodeText(bytes: Uint8Array, hint: DecodeHint = {}): Decoded {
  if (bytes.length === 0) return failure('E_INPUT_EMPTY', 'it is empty')
  const decoded = decodeBytes(bytes, hint)
  if (!decoded.ok) return decoded
  if (decoded.text.includes('\u0000')) return binaryNul
  if (decoded.text.trim() === '') return failure('E_INPUT_EMPTY', decoded.text === '' ? 'it is empty' : 'it contains only white space')
  return decoded
}

function decodeBytes(bytes: Uint8Array, hint: DecodeHint): Decoded {
  const [b0, b1, b2, b3] = bytes
  // FF FE 00 00 is a UTF-32LE BOM; read as UTF-16 it would decode to NUL-laden nonsense.
  if ((b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) || (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff)) {
    return failure('E_INPUT_ENCODING', 'it is UTF-32 text, which is not supported; convert it to UTF-8')
  }
  if (b0 === 0xff && b1 === 0xfe) return strict('utf-16le', 'UTF-16LE', bytes)
  if (b0 === 0xfe && b1 === 0xff) return strict('utf-16be', 'UTF-16BE', bytes)
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
    // A BOM says UTF-8: a few bad bytes are replaced, but a text that is mostly not UTF-8 is refused, not guessed at.
    const utf8 = strict('utf-8', 'UTF-8', bytes)
    return utf8.ok ? utf8 : (damagedUtf8(bytes) ?? utf8)
  }
  // Checked before any decoding, so that a binary file is called binary, not "invalid UTF-8".
  if (bytes.includes(0)) return binaryNul
  if (controlShare(bytes) > MAX_CONTROL_SHARE) return failure('E_INPUT_BINARY', 'it looks like a binary file (it is mostly control characters), not text')

  const declared = charsetOfContentType(hint.contentType) ?? declaredCharset(bytes)
  if (declared !== undefined && declared !== 'utf-8' && !declared.startsWith('utf-16')) {
    // Bytes that are valid UTF-8 with multi-byte characters in them are UTF-8 whatever the page
    // declares (templates keep old gb2312 or windows-1251 declarations): text in a legacy encoding
    // is virtually never valid UTF-8 by chance.
    if (bytes.some((b) => b >= 0x80)) {
      const utf8 = strict('utf-8', 'UTF-8', bytes)
      if (utf8.ok) return utf8
    }
    return { ok: true, text: iconv.decode(bytes, declared), encoding: declared }
  }
  // Declared UTF-8 or nothing: valid UTF-8 is UTF-8. Pages that declare UTF-8 and are not are
  // common enough that the declaration is not trusted over the bytes.
  const utf8 = strict('utf-8', 'UTF-8', bytes)
  if (utf8.ok) return utf8
  return damagedUtf8(bytes) ?? { ok: true, ...guessLegacyEncoding(bytes) }
}

/** UTF-8 with its bad spots replaced, when the bytes are UTF-8 but for a few; else undefined. */
function damagedUtf8(bytes: Uint8Array): Decoded | undefined {
  // A multi-byte sequence takes at least 2 bytes, so past this many bad spots the verdict is "not UTF-8".
  const hopeless = Math.max(1, (bytes.length / 2) * BAD_SPOTS_PER_SEQUENCE)
  const scan = scanUtf8(bytes, REPORTED_OFFSETS, hopeless)
  if (!mostlyUtf8(scan)) return undefined
  // The WHATWG decoder replaces exactly the spots the scan counted: one U+FFFD each.
  const text = new TextDecoder('utf-8').decode(bytes)
  return { ok: true, text, encoding: 'utf-8', replaced: { count: scan.badSpots, offsets: scan.badOffsets } }
}

/** One bad spot is tolerated beside any valid sequence (a character cut at the end); more need proportionally more evidence. */
function mostlyUtf8(scan: Utf8Scan): boolean {
  return scan.multiByte > 0 && scan.badSpots <= Math.max(1, scan.multiByte * BAD_SPOTS_PER_SEQUENCE)
}

const binaryNul: Decoded = failure('E_INPUT_BINARY', 'it looks like a binary file (it contains NUL bytes), not text')

function strict(encoding: 'utf-8' | 'utf-16le' | 'utf-16be', name: string, bytes: Uint8Array): Decoded {
  try {
    // `fatal` refuses malformed input; the BOM is stripped (ignoreBOM defaults to false).
    return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding }
  } catch {
    return failure('E_INPUT_ENCODING', `it is not valid ${name} text`)
  }
}

/** Share of C0 control characters other than tab, line feed, form feed and carriage return. */
function controlShare(bytes: Uint8Array): number {
  const n = Math.min(bytes.length, BINARY_SAMPLE)
  let controls = 0
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) || b === 0x7f) controls++
  }
  return controls / n
}

function failure(code: DecodeErrorCode, reason: string): Decoded {
  return { ok: false, code, reason }
}
