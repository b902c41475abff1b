// SQLite FTS5's porter stemmer (fts5_tokenize.c, as in SQLite 3.53), ported rule for rule, with the
// folding of its unicode61 tokenizer (remove_diacritics 2) in front of it. The speaker pairs
// (fts.ts) stem a word here before they attach the speaker's token: the pair then ends in a digit,
// which FTS5's stemmer leaves alone, and matches exactly the words FTS5 would match for the word
// alone. porter.test.ts checks this against FTS5 itself on every word of PolNeAR train.

import { memoByWord } from '../../core/memo.js'

/** Tokens longer than this (in UTF-8 bytes) or shorter than 3 pass through unstemmed, as in FTS5. */
const MAX_TOKEN_BYTES = 64

/** A word as FTS5's `porter unicode61 remove_diacritics 2` tokenizer stores it (stemming costs more than a lookup). */
export const stemLikeFts5: (word: string) => string = memoByWord(stemOnce)

function stemOnce(word: string): string {
  const folded = fold(word)
  // Every rule removes or rewrites an ASCII letter at the end.
  if (!ENDS_IN_LETTER.test(folded)) return folded
  if (ASCII.test(folded)) return folded.length > MAX_TOKEN_BYTES || folded.length < 3 ? folded : porter(folded)
  // FTS5 stems bytes: run the rules on the UTF-8 bytes, one character each, as it does.
  const bytes = Buffer.from(folded, 'utf8')
  if (bytes.length > MAX_TOKEN_BYTES || bytes.length < 3) return folded
  return Buffer.from(porter(bytes.toString('latin1')), 'latin1').toString('utf8')
}

const ENDS_IN_LETTER = /[a-z]$/
const ASCII = /^[\x00-\x7f]*$/
const ASCII_LOWER = /^[a-z0-9]*$/

/**
 * As unicode61 with remove_diacritics 2 folds a word, code point by code point (it does not
 * normalise): lower case; a precomposed Latin letter becomes its ASCII base letter ("ü" → "u",
 * "ø" and "ł" stay); the combining marks it counts as diacritics are dropped; everything else
 * (Cyrillic "ё" and "й" included) stays as it is.
 */
export function fold(word: string): string {
  const lower = word.toLowerCase()
  if (ASCII_LOWER.test(lower)) return lower
  let out = ''
  for (const ch of lower) {
    const code = ch.codePointAt(0)!
    if (code < 0x80) out += ch
    else if (isDiacritic(code)) continue
    else if (LATIN.test(ch)) {
      const parts = ch.normalize('NFD')
      out += parts.length > 1 && parts.charCodeAt(0) < 0x80 && ONLY_MARKS.test(parts.slice(1)) ? parts[0] : ch
    } else out += ch
  }
  return out
}

const LATIN = /\p{Script=Latin}/u
const ONLY_MARKS = /^\p{M}+$/u

/** sqlite3Fts5UnicodeIsdiacritic: the combining marks (U+0300–U+0331) unicode61 drops. */
function isDiacritic(code: number): boolean {
  if (code < 768 || code > 817) return false
  return code < 800 ? (0x08029fdf & (1 << (code - 768))) !== 0 : (0x000361f8 & (1 << (code - 800))) !== 0
}

function isVowel(c: string, yIsVowel: boolean): boolean {
  return c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u' || (yIsVowel && c === 'y')
}

/** The index just past the stem's first vowel-consonant sequence, or 0 when it has none. */
function gobbleVC(s: string, from: number, end: number, prevConsonant: boolean): number {
  let consonant = prevConsonant
  let i = from
  for (; i < end; i++) {
    consonant = !isVowel(s[i]!, consonant)
    if (!consonant) break
  }
  for (i++; i < end; i++) {
    consonant = !isVowel(s[i]!, consonant)
    if (consonant) return i + 1
  }
  return 0
}

/** m > 0 */
function mGt0(s: string, n: number): boolean {
  return gobbleVC(s, 0, n, false) !== 0
}

/** m > 1 */
function mGt1(s: string, n: number): boolean {
  const k = gobbleVC(s, 0, n, false)
  return k !== 0 && gobbleVC(s, k, n, true) !== 0
}

/** m = 1 */
function mEq1(s: string, n: number): boolean {
  const k = gobbleVC(s, 0, n, false)
  return k !== 0 && gobbleVC(s, k, n, true) === 0
}

/** *o: the stem ends consonant-vowel-consonant, the last not w, x or y. */
function oStar(s: string, n: number): boolean {
  const last = s[n - 1]
  if (last === 'w' || last === 'x' || last === 'y') return false
  let mask = 0
  let consonant = false
  for (let i = 0; i < n; i++) {
    consonant = !isVowel(s[i]!, consonant)
    mask = ((mask << 1) + (consonant ? 1 : 0)) & 0xff
  }
  return (mask & 0x7) === 0x5
}

/** *v*: the stem holds a vowel (y counts after the first letter). */
function hasVowel(s: string, n: number): boolean {
  for (let i = 0; i < n; i++) if (isVowel(s[i]!, i > 0)) return true
  return false
}

type Condition = (s: string, n: number) => boolean

/** [suffix, condition on the stem, replacement]: the first rule whose suffix ends the word decides, as in FTS5's generated switch. */
type Rule = readonly [string, Condition, string]

const mGt1SorT: Condition = (s, n) => (s[n - 1] === 's' || s[n - 1] === 't') && mGt1(s, n)

// Grouped by the word's second-to-last letter, in FTS5's order: only rules of that group are tried.
const STEP2: Record<string, readonly Rule[]> = group([
  ['ational', mGt0, 'ate'], ['tional', mGt0, 'tion'],
  ['enci', mGt0, 'ence'], ['anci', mGt0, 'ance'],
  ['izer', mGt0, 'ize'],
  ['logi', mGt0, 'log'],
  ['bli', mGt0, 'ble'], ['alli', mGt0, 'al'], ['entli', mGt0, 'ent'], ['eli', mGt0, 'e'], ['ousli', mGt0, 'ous'],
  ['ization', mGt0, 'ize'], ['ation', mGt0, 'ate'], ['ator', mGt0, 'ate'],
  ['alism', mGt0, 'al'], ['iveness', mGt0, 'ive'], ['fulness', mGt0, 'ful'], ['ousness', mGt0, 'ous'],
  ['aliti', mGt0, 'al'], ['iviti', mGt0, 'ive'], ['biliti', mGt0, 'ble'],
])
const STEP3: Record<string, readonly Rule[]> = group([
  ['ical', mGt0, 'ic'],
  ['ness', mGt0, ''],
  ['icate', mGt0, 'ic'], ['iciti', mGt0, 'ic'],
  ['ful', mGt0, ''],
  ['ative', mGt0, ''],
  ['alize', mGt0, 'al'],
])
const STEP4: Record<string, readonly Rule[]> = group([
  ['al', mGt1, ''],
  ['ance', mGt1, ''], ['ence', mGt1, ''],
  ['er', mGt1, ''],
  ['ic', mGt1, ''],
  ['able', mGt1, ''], ['ible', mGt1, ''],
  ['ant', mGt1, ''], ['ement', mGt1, ''], ['ment', mGt1, ''], ['ent', mGt1, ''],
  ['ion', mGt1SorT, ''], ['ou', mGt1, ''],
  ['ism', mGt1, ''],
  ['ate', mGt1, ''], ['iti', mGt1, ''],
  ['ous', mGt1, ''],
  ['ive', mGt1, ''],
  ['ize', mGt1, ''],
])

function group(rules: readonly Rule[]): Record<string, readonly Rule[]> {
  const byLetter: Record<string, Rule[]> = {}
  for (const rule of rules) (byLetter[rule[0].at(-2)!] ??= []).push(rule)
  return byLetter
}

/** The first rule whose suffix ends the word (and is shorter than it) applies if its condition holds. */
function applyStep(s: string, rules: Record<string, readonly Rule[]>): string {
  const candidates = rules[s[s.length - 2]!]
  if (!candidates) return s
  for (const [suffix, condition, replacement] of candidates) {
    if (s.length > suffix.length && s.endsWith(suffix)) {
      const n = s.length - suffix.length
      return condition(s, n) ? s.slice(0, n) + replacement : s
    }
  }
  return s
}

function step1a(s: string): string {
  const n = s.length
  if (s[n - 1] !== 's') return s
  if (s[n - 2] === 'e') {
    if ((n > 4 && s[n - 4] === 's' && s[n - 3] === 's') || (n > 3 && s[n - 3] === 'i')) return s.slice(0, n - 2)
    return s.slice(0, n - 1)
  }
  return s[n - 2] !== 's' ? s.slice(0, n - 1) : s
}

/** Step 1b: [the word, whether "ed" or "ing" was removed]. */
function step1b(s: string): [string, boolean] {
  const n = s.length
  const secondLast = s[n - 2]
  if (secondLast === 'e') {
    if (n > 3 && s.endsWith('eed')) return [mGt0(s, n - 3) ? s.slice(0, n - 1) : s, false]
    if (n > 2 && s.endsWith('ed') && hasVowel(s, n - 2)) return [s.slice(0, n - 2), true]
  } else if (secondLast === 'n') {
    if (n > 3 && s.endsWith('ing') && hasVowel(s, n - 3)) return [s.slice(0, n - 3), true]
  }
  return [s, false]
}

/** Step 1b, second part: at → ate, bl → ble, iz → ize; null when none applies. */
function step1b2(s: string): string | null {
  const n = s.length
  if (n <= 2) return null
  const end = s.slice(n - 2)
  return end === 'at' || end === 'bl' || end === 'iz' ? `${s}e` : null
}

function porter(word: string): string {
  let s = step1a(word)
  const [afterB, removed] = step1b(s)
  s = afterB
  if (removed) {
    const extended = step1b2(s)
    if (extended !== null) s = extended
    else {
      const c = s[s.length - 1]!
      if (!isVowel(c, false) && c !== 'l' && c !== 's' && c !== 'z' && c === s[s.length - 2]) s = s.slice(0, -1)
      else if (mEq1(s, s.length) && oStar(s, s.length)) s += 'e'
    }
  }
  if (s[s.length - 1] === 'y' && hasVowel(s, s.length - 1)) s = `${s.slice(0, -1)}i`
  s = applyStep(s, STEP2)
  s = applyStep(s, STEP3)
  s = applyStep(s, STEP4)
  if (s[s.length - 1] === 'e') {
    const n = s.length - 1
    if (mGt1(s, n) || (mEq1(s, n) && !oStar(s, n))) s = s.slice(0, n)
  }
  if (s.length > 1 && s[s.length - 1] === 'l' && s[s.length - 2] === 'l' && mGt1(s, s.length - 1)) s = s.slice(0, -1)
  return s
}
