// Bytes → text, the one decoder for every input (CLI files, stdin, fetched pages).
// In order: a BOM; a declared charset (HTTP header, then <meta charset> or <?xml encoding=?>);
// valid UTF-8; else the most plausible legacy encoding (Windows-1251, KOI8-R/U, Windows-1252).
// Binary data and empty input are refused with a reason instead of being decoded into noise.

import iconv from 'iconv-lite'
import type { ErrorCode } from '../core/errors.js'
import { charsetOfContentType, declaredCharset } from './charset.js'
import { guessLegacyEncoding } from './legacy-encoding.js'

export type Decoded =
  | { ok: true; text: string; /** The encoding it was read with: "utf-8", "windows-1251", … */ encoding: string }
  | { ok: false; code: DecodeErrorCode; /** Why, phrased to follow "cannot read X: ". */ reason: string }

export type DecodeErrorCode = Extract<ErrorCode, 'E_INPUT_EMPTY' | 'E_INPUT_BINARY' | 'E_INPUT_ENCODING'>

export interface DecodeHint {
  /** An HTTP Content-Type header: its charset wins over what the document declares (as in browsers). */
  contentType?: string
}

/** Bytes looked at for control characters: binary formats show themselves early. */
const BINARY_SAMPLE = 64 * 1024
/** Above this share of control characters the input is not text. */
const MAX_CONTROL_SHARE = 0.1

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
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return strict('utf-8', 'UTF-8', bytes)
  // Checked before any decoding, so that a binary file is called binary, not "invalid UTF-8".
  if (bytes.includes(0)) return binaryNul
  if (controlShare(bytes) > MAX_CONTROL_SHARE) return failure('E_INPUT_BINARY', 'it looks like a binary file (it is mostly control characters), not text')

  const declared = charsetOfContentType(hint.contentType) ?? declaredCharset(bytes)
  if (declared !== undefined && declared !== 'utf-8' && !declared.startsWith('utf-16')) {
    return { ok: true, text: iconv.decode(bytes, declared), encoding: declared }
  }
  // Declared UTF-8 or nothing: valid UTF-8 is UTF-8. Pages that declare UTF-8 and are not are
  // common enough that the declaration is not trusted over the bytes.
  const utf8 = strict('utf-8', 'UTF-8', bytes)
  if (utf8.ok) return utf8
  return { ok: true, ...guessLegacyEncoding(bytes) }
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
