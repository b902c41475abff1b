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
