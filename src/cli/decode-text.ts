// Bytes → text for input files: UTF-8 (BOM stripped) by default, UTF-16 when a BOM says so.
// Anything else is refused with a reason rather than decoded into replacement characters.

export type Decoded = { ok: true; text: string } | { ok: false; reason: string }

export function decodeText(bytes: Uint8Array): Decoded {
  const [b0, b1, b2, b3] = bytes
  // FF FE 00 00 is a UTF-32LE BOM; read as UTF-16 it would decode to NUL-laden nonsense.
  if (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) return { ok: false, reason: 'it is UTF-32 text, which is not supported; convert it to UTF-8' }
  if (b0 === 0xff && b1 === 0xfe) return refuseBinary(decodeWith('utf-16le', 'UTF-16LE', bytes))
  if (b0 === 0xfe && b1 === 0xff) return refuseBinary(decodeWith('utf-16be', 'UTF-16BE', bytes))
  // Checked before decoding so a binary file is called binary, not "invalid UTF-8".
  if (bytes.includes(0)) return binary
  return decodeWith('utf-8', 'UTF-8', bytes)
}

const binary: Decoded = { ok: false, reason: 'it looks like a binary file (it contains NUL bytes), not text' }

function decodeWith(encoding: string, name: string, bytes: Uint8Array): Decoded {
  try {
    // `fatal` refuses malformed input; the BOM is stripped (ignoreBOM defaults to false).
    return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(bytes) }
  } catch {
    return { ok: false, reason: `it is not valid ${name} text` }
  }
}

function refuseBinary(decoded: Decoded): Decoded {
  return decoded.ok && decoded.text.includes('\u0000') ? binary : decoded
}
