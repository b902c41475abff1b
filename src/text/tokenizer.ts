// Tokens live in flat typed arrays (offsets, kinds), read through accessors: a document of
// 5,000 words costs a few typed arrays, not 5,000 objects.

export const TokenKind = {
  Word: 1,
  Number: 2,
  Punct: 3,
  /** A quotation mark: " “ ” „ « » ‹ › ‘ ’ ' ` */
  Quote: 4,
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

// One sticky scan: alternatives in priority order. Offsets are UTF-16, like every span.
const TOKEN = new RegExp(
  [
    String.raw`(?<url>(?:https?://|www\.)[^\s<>"“”«»]+[^\s<>"“”«».,;:!?)\]'’])`,
    String.raw`(?<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)`,
    String.raw`(?<initialism>(?:\p{L}\.){2,})`,
    String.raw`(?<number>[$€£₽]?\d+(?:[.,:]\d+)*(?:%|st|nd|rd|th|s)?)`,
    // Words keep inner apostrophes, hyphens and dots between letters ("didn't", "co-op").
    String.raw`(?<word>[\p{L}\p{M}\d]+(?:(?:['’\-‐]|\.(?=\p{L}\p{M}*\.))[\p{L}\p{M}\d]+)*)`,
    String.raw`(?<quote>["“”„‟«»‹›‘’'\x60]|\x60\x60|'')`,
    String.raw`(?<punct>\.\.\.|…|--|[^\s\p{L}\p{M}\d])`,
  ].join('|'),
  'uy',
)
const SPACES = /\s+/y
const POSSESSIVE = /['’]s$/i

/** Splits `text` into word, number, punctuation, quote and URL tokens with their gaps. */
export function tokenize(text: string): Tokens {
  let capacity = Math.max(16, text.length >> 2)
  let starts = new Uint32Array(capacity)
  let ends = new Uint32Array(capacity)
  let kinds = new Uint8Array(capacity)
  let gaps = new Uint8Array(capacity)
  let count = 0
  let pos = 0
  let gap: Gap = Gap.None

  const push = (start: number, end: number, kind: TokenKind) => {
    if (count === capacity) {
      capacity *= 2
      starts = grow(starts, capacity)
      ends = grow(ends, capacity)
      kinds = grow(kinds, capacity)
      gaps = grow(gaps, capacity)
    }
    starts[count] = start
    ends[count] = end
    kinds[count] = kind
    gaps[count] = gap
    gap = Gap.None
    count++
  }

  while (pos < text.length) {
    SPACES.lastIndex = pos
    const space = SPACES.exec(text)
    if (space) {
      gap = classifyGap(space[0])
      pos = SPACES.lastIndex
      continue
    }
    TOKEN.lastIndex = pos
    const m = TOKEN.exec(text)
    if (!m) {
      // Unreachable with the catch-all punct branch, but never loop forever on odd input.
      push(pos, pos + 1, TokenKind.Punct)
      pos++
      continue
    }
    const end = TOKEN.lastIndex
    const g = m.groups!
    if (g.word !== undefined) {
      // "Clinton’s" → "Clinton" + "’s", so names match without their possessive.
      if (end - pos > 2 && POSSESSIVE.test(g.word)) {
        push(pos, end - 2, TokenKind.Word)
        push(end - 2, end, TokenKind.Word)
      } else push(pos, end, TokenKind.Word)
    } else if (g.number !== undefined) push(pos, end, TokenKind.Number)
    else if (g.quote !== undefined) push(pos, end, TokenKind.Quote)
    else if (g.initialism !== undefined) push(pos, end, TokenKind.Initialism)
    else if (g.url !== undefined || g.email !== undefined) push(pos, end, TokenKind.Url)
    else push(pos, end, TokenKind.Punct)
    pos = end
  }
  return {
    text,
    count,
    starts: starts.subarray(0, count),
    ends: ends.subarray(0, count),
    kinds: kinds.subarray(0, count),
    gaps: gaps.subarray(0, count),
  }
}

function classifyGap(space: string): Gap {
  const first = space.indexOf('\n')
  if (first < 0) return Gap.Space
  return space.indexOf('\n', first + 1) >= 0 ? Gap.Paragraph : Gap.Newline
}

function grow<T extends Uint32Array | Uint8Array>(a: T, size: number): T {
  const b = new (a.constructor as { new (n: number): T })(size)
  b.set(a)
  return b
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
