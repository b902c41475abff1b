/**
 * A stable id for a document: a 64-bit FNV-1a hash of its normalised text (Unicode NFC, runs of
 * white space as one space, trimmed), as 16 hex digits. Computed in one pass without building the
 * normalised string: ids are made for every document, so this sits on the hot path.
 */
export function documentId(text: string): string {
  const nfc = /[^\x00-\x7f]/.test(text) ? text.normalize('NFC') : text
  // Two 32-bit FNV-1a lanes with different offsets make a 64-bit id without BigInt.
  let h1 = 0x811c9dc5
  let h2 = 0x01000193 ^ 0x5bd1e995
  let pendingSpace = false
  let started = false
  for (let i = 0; i < nfc.length; i++) {
    const c = nfc.charCodeAt(i)
    // Printable ASCII, most of any text, skips the white-space test.
    if ((c <= 0x20 || c >= 0x7f) && isSpace(c)) {
      pendingSpace = started
      continue
    }
    if (pendingSpace) {
      h1 = Math.imul(h1 ^ 32, 0x01000193)
      h2 = Math.imul(h2 ^ 32, 0x01000193)
      pendingSpace = false
    }
    started = true
    h1 = Math.imul(h1 ^ c, 0x01000193)
    h2 = Math.imul(h2 ^ (c >>> 8) ^ (c << 3), 0x01000193)
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0')
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x1680 || c === 0x202f || c === 0x205f || c === 0xfeff
}

const slugCache = new Map<string, string>()
const SLUG_CACHE_LIMIT = 20_000

/** "Vladimir Putin" → "vladimir-putin"; keeps letters of every script. Names recur, so results are cached (bounded). */
export function slug(name: string): string {
  const cached = slugCache.get(name)
  if (cached !== undefined) return cached
  if (slugCache.size >= SLUG_CACHE_LIMIT) slugCache.clear()
  const made = makeSlug(name)
  slugCache.set(name, made)
  return made
}

function makeSlug(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '') || 'unnamed'
  )
}

export function entityId(type: string, name: string): string {
  return `${type}:${slug(name)}`
}
