// Tokens live in flat typed arrays (offsets, kinds), read through accessors: a document of
// 5,000 words costs a few typed arrays, not 5,000 objects.
//
// The scanner walks char codes once, left to right, and allocates no string per token. Every
// UTF-16 unit's character classes come from one lookup table; non-ASCII entries are learnt on
// first sight from Unicode property regexes, so the rules stay Unicode-correct while the loop
// stays a table read. The rules have a priority order — URL, email, initialism, number, word,
// quote mark, punctuation — but the first character of a token rules most of them out, so a
// token tries only those that can start with it.

export const TokenKind = {
  Word: 1,
  Number: 2,
  Punct: 3,
  /** A quotation mark: " “ ” „ ‟ « » ‹ › ‘ ’ ' ` */
  Quote: 4,
  /** A URL (http://, https://, www.) or an email address. */
  Url: 5,
  /** A dotted initialism with its final period: "U.S.", "e.g.", "J.R.R." */
  Initialism: 6,
} as const
export type TokenKind = (typeof TokenKind)[keyof typeof TokenKind]

/** What separates a token from the one before it. */
export const Gap = { None: 0, Space: 1, Newline: 2, Paragraph: 3 } as const
export type Gap = (typeof Gap)[keyof typeof Gap]

export interface Tokens {
  readonly text: string
  readonly count: number
  readonly starts: Uint32Array
  readonly ends: Uint32Array
  readonly kinds: Uint8Array
  readonly gaps: Uint8Array
}

/** Splits `text` into word, number, punctuation, quote and URL tokens with their gaps. */
export function tokenize(text: string): Tokens {
  const out = new TokenBuffer(text.length)
  const n = text.length
  // An email needs an "@" ahead: while there is none, no token start pays for the email check.
  let at = text.indexOf('@')
  let pos = 0
  while (pos < n) {
    const c = text.charCodeAt(pos)
    const f = flagsOf(c)
    if (f & SPACE) {
      pos = skipSpaces(text, pos, out)
      continue
    }
    if (at !== -1 && at < pos) at = text.indexOf('@', pos)
    pos = scanToken(text, pos, c, f, at !== -1, out)
  }
  return out.finish(text)
}

/** The text of token `i`. */
export function tokenText(t: Tokens, i: number): string {
  return t.text.slice(t.starts[i]!, t.ends[i]!)
}

/** Index of the first token whose end is after `offset` (binary search). */
export function tokenAt(t: Tokens, offset: number): number {
  let lo = 0
  let hi = t.count
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (t.ends[mid]! <= offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

// ---------------------------------------------------------------------------------------------
// Output: four typed arrays over one ArrayBuffer, grown by doubling.

class TokenBuffer {
  starts!: Uint32Array
  ends!: Uint32Array
  kinds!: Uint8Array
  gaps!: Uint8Array
  count = 0
  /** The gap before the next token pushed. */
  gap: Gap = Gap.None

  constructor(textLength: number) {
    // News text averages about one token per five UTF-16 units, so a quarter of the length
    // rarely needs to grow.
    this.allocate(Math.max(16, textLength >> 2))
  }

  /** Appends a token and returns its end, where scanning resumes. */
  push(start: number, end: number, kind: TokenKind): number {
    const i = this.count
    if (i === this.starts.length) this.grow()
    this.starts[i] = start
    this.ends[i] = end
    this.kinds[i] = kind
    this.gaps[i] = this.gap
    this.gap = Gap.None
    this.count = i + 1
    return end
  }

  // One backing store instead of four: allocating an ArrayBuffer costs about as much as scanning
  // a few sentences, so a document should need only one.
  private allocate(capacity: number): void {
    const buffer = new ArrayBuffer(capacity * 10)
    this.starts = new Uint32Array(buffer, 0, capacity)
    this.ends = new Uint32Array(buffer, capacity * 4, capacity)
    this.kinds = new Uint8Array(buffer, capacity * 8, capacity)
    this.gaps = new Uint8Array(buffer, capacity * 9, capacity)
  }

  private grow(): void {
    const { starts, ends, kinds, gaps } = this
    this.allocate(starts.length * 2)
    this.starts.set(starts)
    this.ends.set(ends)
    this.kinds.set(kinds)
    this.gaps.set(gaps)
  }

  finish(text: string): Tokens {
    const count = this.count
    return {
      text,
      count,
      starts: this.starts.subarray(0, count),
      ends: this.ends.subarray(0, count),
      kinds: this.kinds.subarray(0, count),
      gaps: this.gaps.subarray(0, count),
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Character classes: one bit each, per UTF-16 unit.

const LETTER = 1 << 0 // \p{L}
const MARK = 1 << 1 // \p{M}
const DIGIT = 1 << 2 // \d: ASCII digits only, as in the rules
const WORD = 1 << 3 // a word character: letter, mark or digit
const SPACE = 1 << 4 // \s
const QUOTE = 1 << 5 // " “ ” „ ‟ « » ‹ › ‘ ’ ' `
const EMAIL = 1 << 6 // an email's local part: [A-Za-z0-9_.+-]
const DOMAIN = 1 << 7 // an email domain label: [A-Za-z0-9_-]
const URL_STOP = 1 << 8 // ends a URL: \s < > " “ ” « »
const URL_TAIL = 1 << 9 // may not end a URL: . , ; : ! ? ) ] ' ’
const JOINER = 1 << 10 // joins word parts: ' ’ - ‐
const HIGH = 1 << 11 // a high surrogate: the code point's class is read with its pair
const CURRENCY = 1 << 12 // may start a number: $ € £ ₽
const KNOWN = 1 << 15 // the entry has been learnt (0 means not yet)

const IS_LETTER = /^\p{L}$/u
const IS_MARK = /^\p{M}$/u
const IS_SPACE = /^\s$/

/** Flags per BMP unit: 128 KiB, filled lazily beyond the characters set below. */
const FLAGS = new Uint16Array(0x10000)
/** Flags of astral code points, learnt on first sight (rare in news). */
const ASTRAL = new Map<number, number>()

function unicodeFlags(ch: string): number {
  let f = KNOWN
  if (IS_LETTER.test(ch)) f |= LETTER | WORD
  if (IS_MARK.test(ch)) f |= MARK | WORD
  if (IS_SPACE.test(ch)) f |= SPACE | URL_STOP
  return f
}

function learn(c: number): number {
  let f: number
  if (c >= 0xd800 && c <= 0xdbff) f = KNOWN | HIGH
  else if (c >= 0xdc00 && c <= 0xdfff) f = KNOWN // a lone low surrogate is punctuation
  else f = unicodeFlags(String.fromCharCode(c))
  FLAGS[c] = f
  return f
}

/** Adds `flag` to each of `chars`, learning its Unicode classes first. */
function mark(chars: string, flag: number): void {
  for (let i = 0; i < chars.length; i++) {
    const c = chars.charCodeAt(i)
    FLAGS[c] = flagsOf(c) | flag
  }
}

// ASCII is learnt up front so the common characters never take the learning branch.
for (let c = 0; c < 128; c++) learn(c)
mark('0123456789', DIGIT | WORD | EMAIL | DOMAIN)
mark('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', EMAIL | DOMAIN)
mark('"“”„‟«»‹›‘’\'`', QUOTE)
mark('_-', EMAIL | DOMAIN)
mark('.+', EMAIL)
mark('<>"“”«»', URL_STOP)
mark('.,;:!?)]\'’', URL_TAIL)
mark('\'’-\u2010', JOINER)
mark('$€£₽', CURRENCY)

function flagsOf(c: number): number {
  const f = FLAGS[c]!
  return f !== 0 ? f : learn(c)
}

function astralFlags(cp: number): number {
  let f = ASTRAL.get(cp)
  if (f === undefined) ASTRAL.set(cp, (f = unicodeFlags(String.fromCodePoint(cp))))
  return f
}

/** Units of the code point at `i` (0 past the end). */
function codePointLength(text: string, i: number): number {
  if (i >= text.length) return 0
  return flagsOf(text.charCodeAt(i)) & HIGH && isLowSurrogate(text, i + 1) ? 2 : 1
}

/** Units of the code point at `i` when it has any of `bits`, else 0. */
function unitsWith(text: string, i: number, bits: number): number {
  if (i >= text.length) return 0
  const c = text.charCodeAt(i)
  const f = flagsOf(c)
  if (f & bits) return 1
  if (f & HIGH && isLowSurrogate(text, i + 1)) {
    const cp = ((c - 0xd800) << 10) + (text.charCodeAt(i + 1) - 0xdc00) + 0x10000
    return astralFlags(cp) & bits ? 2 : 0
  }
  return 0
}

function isLowSurrogate(text: string, i: number): boolean {
  if (i >= text.length) return false
  const c = text.charCodeAt(i)
  return c >= 0xdc00 && c <= 0xdfff
}

/** The unit at `i`; -1 past the end (reading past the end would deoptimise the caller). */
function codeAt(text: string, i: number): number {
  return i < text.length ? text.charCodeAt(i) : -1
}

/** Flags of the unit at `i`; 0 past the end. */
function flagsAt(text: string, i: number): number {
  return i < text.length ? flagsOf(text.charCodeAt(i)) : 0
}

// ---------------------------------------------------------------------------------------------
// The scanner.

const CHAR_DOT = 0x2e
const CHAR_HYPHEN = 0x2d
const CHAR_AT = 0x40
const CHAR_COLON = 0x3a
const CHAR_H = 0x68
const CHAR_W = 0x77

/** Skips a run of white space from `pos` and records the gap it makes; returns its end. */
function skipSpaces(text: string, pos: number, out: TokenBuffer): number {
  let newlines = 0
  do {
    if (text.charCodeAt(pos) === 0x0a) newlines++
    pos++
  } while (pos < text.length && flagsOf(text.charCodeAt(pos)) & SPACE)
  out.gap = newlines === 0 ? Gap.Space : newlines === 1 ? Gap.Newline : Gap.Paragraph
  return pos
}

/**
 * Pushes the token (or two) starting at `pos`, whose first unit is `c` with flags `f`; returns
 * its end. The rules are tried in the order URL, email, initialism, number, word, quote mark,
 * punctuation; the first character rules most of them out, so each class of first character
 * tries only the rules that can start with it.
 */
function scanToken(text: string, pos: number, c: number, f: number, emailAhead: boolean, out: TokenBuffer): number {
  let end: number
  if (f & DIGIT) {
    // A digit starts no URL, initialism or word that a number would not take first.
    if (emailAhead && (end = emailEnd(text, pos)) > 0) return out.push(pos, end, TokenKind.Url)
    return out.push(pos, numberEnd(text, pos), TokenKind.Number)
  }
  if (f & (WORD | HIGH) && (end = scanWordStart(text, pos, c, emailAhead, out)) > 0) return end
  if (f & QUOTE) {
    // '' and `` are typewriter double quotes (some wires and archives use them): one mark, not two.
    const doubled = (c === 0x27 || c === 0x60) && codeAt(text, pos + 1) === c
    return out.push(pos, pos + (doubled ? 2 : 1), TokenKind.Quote)
  }
  if (f & CURRENCY && isDigit(text, pos + 1)) return out.push(pos, numberEnd(text, pos + 1), TokenKind.Number)
  if (emailAhead && f & EMAIL && (end = emailEnd(text, pos)) > 0) return out.push(pos, end, TokenKind.Url)
  return out.push(pos, punctEnd(text, pos, c), TokenKind.Punct)
}

/**
 * A token starting with a letter, a mark or a surrogate pair: a URL, an email, an initialism or
 * a word. Returns its end, or -1 when the first code point is no word character (an emoji).
 */
function scanWordStart(text: string, pos: number, c: number, emailAhead: boolean, out: TokenBuffer): number {
  const run = wordRunEnd(text, pos)
  if (run === pos) return -1
  // Each rarer rule needs a particular character right after the first run of word characters
  // ("http:", "www.", "john.doe@", "U."): one comparison spares a word the other scans.
  const next = codeAt(text, run)
  let end: number
  if ((next === CHAR_COLON || next === CHAR_DOT) && (c === CHAR_H || c === CHAR_W) && (end = urlEnd(text, pos)) > 0) {
    return out.push(pos, end, TokenKind.Url)
  }
  if (emailAhead && (next === CHAR_AT || flagsAt(text, run) & EMAIL) && (end = emailEnd(text, pos)) > 0) {
    return out.push(pos, end, TokenKind.Url)
  }
  if (next === CHAR_DOT && run - pos <= 2 && (end = initialismEnd(text, pos)) > 0) {
    return pushInitialism(text, pos, end, out)
  }
  return pushWord(text, pos, wordEndFrom(text, run), out)
}

/** "Clinton’s" → "Clinton" + "’s", so names match without their possessive. */
function pushWord(text: string, start: number, end: number, out: TokenBuffer): number {
  if (end - start > 2 && endsWithPossessive(text, end)) {
    out.push(start, end - 2, TokenKind.Word)
    return out.push(end - 2, end, TokenKind.Word)
  }
  return out.push(start, end, TokenKind.Word)
}

/** "U.S.’s" → "U.S." + "’s", rather than a stray quote mark and a word "s". */
function pushInitialism(text: string, start: number, end: number, out: TokenBuffer): number {
  out.push(start, end, TokenKind.Initialism)
  // Only where the "s" alone would have been read as a word (not "U.S.’s-led", not an email).
  const s = end + 1
  if (endsWithPossessive(text, s + 1) && wordEnd(text, s) === s + 1 && emailEnd(text, s) < 0) {
    return out.push(end, end + 2, TokenKind.Word)
  }
  return end
}

/** Whether the two units before `end` are an apostrophe and an "s" or "S". */
function endsWithPossessive(text: string, end: number): boolean {
  if (end > text.length) return false
  const s = text.charCodeAt(end - 1)
  const apostrophe = text.charCodeAt(end - 2)
  return (s === 0x73 || s === 0x53) && (apostrophe === 0x27 || apostrophe === 0x2019)
}

/**
 * `(?:https?://|www\.)` then a run of characters up to a URL_STOP, ending on its last character
 * that is not URL_TAIL and not its first ("https://x.com/a)." → "https://x.com/a"). -1 if none.
 */
function urlEnd(text: string, pos: number): number {
  let i: number
  if (text.startsWith('https://', pos)) i = pos + 8
  else if (text.startsWith('http://', pos)) i = pos + 7
  else if (text.startsWith('www.', pos)) i = pos + 4
  else return -1
  const body = i
  let end = -1
  while (i < text.length) {
    const f = flagsOf(text.charCodeAt(i))
    if (f & URL_STOP) break
    const len = codePointLength(text, i)
    if (!(f & URL_TAIL) && i > body) end = i + len
    i += len
  }
  return end
}

/** `[\w.+-]+@[\w-]+(?:\.[\w-]+)+`, all ASCII. -1 if none. */
function emailEnd(text: string, pos: number): number {
  let i = runEnd(text, pos, EMAIL)
  if (i === pos || codeAt(text, i) !== CHAR_AT) return -1
  const domain = i + 1
  i = runEnd(text, domain, DOMAIN)
  if (i === domain) return -1
  let labels = 0
  while (codeAt(text, i) === CHAR_DOT && flagsAt(text, i + 1) & DOMAIN) {
    i = runEnd(text, i + 1, DOMAIN)
    labels++
  }
  return labels > 0 ? i : -1
}

/** End of the run of BMP units with `bits` from `i`. */
function runEnd(text: string, i: number, bits: number): number {
  while (i < text.length && flagsOf(text.charCodeAt(i)) & bits) i++
  return i
}

/** `(?:\p{L}\.){2,}`: "U.S.", "e.g.", "J.R.R.". -1 if none. */
function initialismEnd(text: string, pos: number): number {
  let i = pos
  let pairs = 0
  for (;;) {
    const len = unitsWith(text, i, LETTER)
    if (len === 0 || codeAt(text, i + len) !== CHAR_DOT) break
    i += len + 1
    pairs++
  }
  return pairs >= 2 ? i : -1
}

function isDigit(text: string, i: number): boolean {
  return (flagsAt(text, i) & DIGIT) !== 0
}

/**
 * `[$€£₽]?\d+(?:[.,:]\d+)*(?:%|st|nd|rd|th|s)?` from its first digit at `digit`: "$3.5", "1,000",
 * "9:30", "45%", "21st", "1990s".
 */
function numberEnd(text: string, digit: number): number {
  let i = runEnd(text, digit, DIGIT)
  for (;;) {
    const sep = codeAt(text, i)
    if (!(sep === CHAR_DOT || sep === 0x2c || sep === CHAR_COLON) || !isDigit(text, i + 1)) break
    i = runEnd(text, i + 1, DIGIT)
  }
  return i + suffixLength(text, i)
}

/** Units of a number's suffix at `i`: %, st, nd, rd, th, s (tried in that order). */
function suffixLength(text: string, i: number): number {
  const a = codeAt(text, i)
  const b = codeAt(text, i + 1)
  if (a === 0x25) return 1 // %
  if (a === 0x73) return b === 0x74 ? 2 : 1 // st, s
  if ((a === 0x6e || a === 0x72) && b === 0x64) return 2 // nd, rd
  if (a === 0x74 && b === 0x68) return 2 // th
  return 0
}

/** End of the word at `pos`; `pos` when there is none. */
function wordEnd(text: string, pos: number): number {
  const run = wordRunEnd(text, pos)
  return run === pos ? pos : wordEndFrom(text, run)
}

/**
 * Word characters joined by inner apostrophes and hyphens ("didn't", "co-op", "п’ять"), and by
 * a period before a letter-period pair ("Ph.D" of "Ph.D."): the end of the word whose first run
 * of word characters ends at `i`.
 */
function wordEndFrom(text: string, i: number): number {
  for (;;) {
    const c = codeAt(text, i)
    let next = i
    if (c < 0) return i
    if (flagsOf(c) & JOINER) next = wordRunEnd(text, i + 1)
    else if (c === CHAR_DOT && dotJoins(text, i + 1)) next = wordRunEnd(text, i + 1)
    if (next <= i + 1) return i
    i = next
  }
}

/** Whether a letter, its marks and a period follow at `i` (`(?=\p{L}\p{M}*\.)`). */
function dotJoins(text: string, i: number): boolean {
  const len = unitsWith(text, i, LETTER)
  if (len === 0) return false
  i += len
  for (let m = unitsWith(text, i, MARK); m > 0; m = unitsWith(text, i, MARK)) i += m
  return codeAt(text, i) === CHAR_DOT
}

/** End of the run of word characters (letters, marks, ASCII digits) from `i`. */
function wordRunEnd(text: string, i: number): number {
  const n = text.length
  while (i < n) {
    // The hot loop of the tokenizer: one table read per unit; learning and surrogate pairs
    // go through the slow path.
    const f = FLAGS[text.charCodeAt(i)]!
    if (f & WORD) i++
    else if (f !== 0 && !(f & HIGH)) break
    else {
      const len = unitsWith(text, i, WORD)
      if (len === 0) break
      i += len
    }
  }
  return i
}

/** "...", "--" or one code point (never half a surrogate pair). */
function punctEnd(text: string, pos: number, c: number): number {
  if (c === CHAR_DOT && text.startsWith('...', pos)) return pos + 3
  if (c === CHAR_HYPHEN && codeAt(text, pos + 1) === CHAR_HYPHEN) return pos + 2
  return pos + codePointLength(text, pos)
}
