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

/**
 * The longest id the store makes, and the longest the HTTP API takes in a parameter that names an
 * entity or an event (server/schemas.ts): every id made can be asked for.
 */
export const MAX_ID_LENGTH = 200

/** The hash that ends an id cut to MAX_ID_LENGTH: 16 hex digits, "-" before them. */
const HASH_SUFFIX_LENGTH = 17

/**
 * An id of at most MAX_ID_LENGTH characters: one within it as it is (stores hold ids made before
 * this bound, and they must not change), a longer one cut to a readable prefix and a stable hash of
 * the whole, so that two long names that share their start still get two ids:
 * "outlet:meridian-press-association-of-…-3f2a9c0d1e2b4f67".
 */
export function boundId(id: string): string {
  if (id.length <= MAX_ID_LENGTH) return id
  let prefix = id.slice(0, MAX_ID_LENGTH - HASH_SUFFIX_LENGTH)
  // Never half of a character outside the BMP.
  if (/[\ud800-\udbff]$/.test(prefix)) prefix = prefix.slice(0, -1)
  // The same 64-bit hash as document ids (ids hold no white space for it to fold).
  return `${prefix.replace(/-+$/, '')}-${documentId(id)}`
}

/** "person:ilsa-varga"; at most MAX_ID_LENGTH characters (see boundId). */
export function entityId(type: string, name: string): string {
  return boundId(`${type}:${slug(name)}`)
}
