import { transliterate } from '../text/transliterate.js'

// How every store compares names in search filters and entity lookups, so that SQLite and
// PostgreSQL agree, and so that one person written in two scripts or two spellings is one key:
// Cyrillic transliterated, accents dropped, lower case, y and j read as i and a run of i as one
// ("Дмитрий" and "Dmitry" → "dmitri", "Zelenskyy" and "Зеленский" → "zelenski"), kh as h
// ("Хенрик" and "Henrik"), white space collapsed, trimmed.

const MARKS = /\p{M}/gu
const I_LIKE = /[yj]+|i{2,}/g

const PLAIN_ASCII = /^[\x20-\x7e]*$/
const keyCache = new Map<string, string>()
const KEY_CACHE_LIMIT = 50_000

/** "  Dmitry   PESKOV " → "dmitri peskov"; "Дмитрий Песков" → "dmitri peskov". Names recur: results are cached (bounded). */
export function nameKey(name: string): string {
  let key = keyCache.get(name)
  if (key === undefined) {
    if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear()
    key = makeKey(name)
    keyCache.set(name, key)
  }
  return key
}

function makeKey(name: string): string {
  const latin = PLAIN_ASCII.test(name) ? name : transliterate(name.normalize('NFC')).normalize('NFKD').replace(MARKS, '')
  return latin
    .toLowerCase()
    .replace(I_LIKE, 'i')
    .replace(/i{2,}/g, 'i')
    .replace(/kh/g, 'h')
    .replace(/\s+/gu, ' ')
    .trim()
}

/**
 * The last word of a person's name key, for surname search ("dmitri peskov" → "peskov");
 * undefined for a single word, which already matches as itself.
 */
export function surnameKey(key: string): string | undefined {
  const at = key.lastIndexOf(' ')
  return at < 0 ? undefined : key.slice(at + 1)
}

/**
 * Whether a document names a person in full (two words or more, as one of the entity's
 * multi-word names or ending in one: "Senator Elijah Cummings"), not by a bare last name or a
 * title and a last name ("Castro", "Mr. Castro"). The evidence a bare last name is weighed by
 * (ingest/resolve.ts): counting only these keeps a decision from feeding on itself.
 */
export function namedInFull(e: { type: string; name: string; aliases: readonly string[]; mentions: readonly { text: string }[] }): boolean {
  if (e.type !== 'person') return false
  // Most often a mention is written as one of the names: no key to make.
  for (const m of e.mentions) if (m.text.includes(' ') && (m.text === e.name || e.aliases.includes(m.text)) && nameKey(m.text).includes(' ')) return true
  const full = [e.name, ...e.aliases].map(nameKey).filter((k) => k.includes(' '))
  if (full.length === 0) return false
  if (e.mentions.length === 0) return nameKey(e.name).includes(' ')
  return e.mentions.some((m) => {
    const k = nameKey(m.text)
    return k.includes(' ') && full.some((f) => k === f || k.endsWith(` ${f}`))
  })
}

/**
 * The better of two spellings of one name, whichever came first: fewer capitals ("Fox Business
 * Network" over "FOX Business Network"), then code-point order ("RIA Novosti" over "RIA-Novosti").
 * A store's names must not depend on the order documents arrive in.
 */
export function betterName(a: string, b: string): string {
  const capitals = (s: string) => s.length - s.replace(/\p{Lu}/gu, '').length
  const ca = capitals(a)
  const cb = capitals(b)
  if (ca !== cb) return ca < cb ? a : b
  return a < b ? a : b
}

/**
 * Which of two entities spelled alike (one name key) is the one the other joins: an outlet before
 * an organisation, then the smaller id; the same whichever the store met first.
 */
export function canonicalOrder(aType: string, aId: string, bType: string, bId: string): number {
  if (aType !== bType && (aType === 'outlet' || bType === 'outlet')) return aType === 'outlet' ? -1 : 1
  return aId < bId ? -1 : aId > bId ? 1 : 0
}

/**
 * The name keys a decision about this name reads, when it depends on the evidence: a bare last
 * name (a person's, or one read as an organisation), a person's name of three words or more (a
 * title before a known name), and, for a speaker only named, any name at all.
 */
export function evidenceKeys(type: string, name: string, speaker = false): string[] | undefined {
  const own = nameKey(name)
  if (!own) return undefined
  const words = own.split(' ')
  if (words.length === 1) return type === 'person' || type === 'organization' ? [own] : undefined
  if (type !== 'person') return undefined
  const tails = words.length >= 3 ? [words.slice(-3).join(' '), words.slice(-2).join(' ')].filter((t) => t !== own) : []
  if (speaker) return [own, ...tails]
  return tails.length ? tails : undefined
}
