import { Gap, TokenKind, type Tokens } from './tokenizer.js'

/** A quotation: from its opening mark to its closing mark, or to the end of its last paragraph. */
export interface Quotation {
  /** Offset of the opening mark. */
  start: number
  /** Offset just after the closing mark, or after the last token before the break when unclosed. */
  end: number
  openToken: number
  /** Token of the closing mark; -1 when the quotation never closes. */
  closeToken: number
  /** Last token inside the quotation (the closing mark when closed). */
  lastToken: number
  /** 0 for an outer quotation, 1 for one nested inside another. */
  depth: number
  /** Number of paragraphs it runs over (news convention: each opens with a mark, only the last closes). */
  paragraphs: number
}

export interface Quotations {
  readonly list: Quotation[]
  /** Index into `list` of the outermost quotation that contains each token, or -1. */
  readonly ofToken: Int32Array
}

type Role = 'open' | 'close' | 'either'
type Family = 'double' | 'single'

const OPENERS = new Set(['“', '„', '«', '‹', '‘', '‚'])
const CLOSERS = new Set(['”', '»', '›'])

interface Open {
  token: number
  family: Family
  char: string
  paragraphs: number
}

/**
 * Pairs quotation marks: straight and curly, « », „ “, one level of nesting, and quotations that
 * run over several paragraphs where only the last paragraph closes.
 */
export function scanQuotations(t: Tokens): Quotations {
  const list: Quotation[] = []
  const stack: Open[] = []
  const text = t.text

  const close = (open: Open, lastToken: number, closeToken: number) => {
    list.push({
      start: t.starts[open.token]!,
      end: t.ends[lastToken]!,
      openToken: open.token,
      closeToken,
      lastToken,
      depth: stack.length,
      paragraphs: open.paragraphs,
    })
  }

  for (let i = 0; i < t.count; i++) {
    if (i > 0 && t.gaps[i]! >= Gap.Newline && stack.length > 0) {
      // A paragraph ends inside a quotation: singles end here; a double continues only when the
      // next paragraph reopens it with a mark of its own.
      while (stack.length > 0 && stack[stack.length - 1]!.family === 'single') stack.pop()
      const outer = stack[stack.length - 1]
      if (outer) {
        if (t.kinds[i] === TokenKind.Quote && familyOf(text, t, i) === 'double' && roleOf(text, t, i) !== 'close') {
          outer.paragraphs++
          continue // the reopening mark belongs to the same quotation
        }
        stack.pop()
        close(outer, i - 1, -1)
      }
    }
    if (t.kinds[i] !== TokenKind.Quote) continue
    const family = familyOf(text, t, i)
    if (family === null) continue
    const role = roleOf(text, t, i)
    const char = text[t.starts[i]!]!
    const top = topOf(stack, family)
    const closesTop =
      top !== undefined &&
      (role !== 'open' || (char === '“' && top.char === '„')) &&
      !(family === 'single' && isPluralApostrophe(text, t, i))
    if (closesTop) {
      while (stack[stack.length - 1] !== top) stack.pop() // drop unclosed nested marks
      stack.pop()
      close(top, i, i)
    } else if (role !== 'close' && (family === 'double' || isSingleOpener(text, t, i, stack))) {
      if (stack.length < 2) stack.push({ token: i, family, char, paragraphs: 1 })
    }
  }
  while (stack.length > 0) {
    const open = stack.pop()!
    if (open.family === 'double') close(open, t.count - 1, -1)
  }
  list.sort((a, b) => a.start - b.start || b.end - a.end)
  return { list, ofToken: outermostOfToken(t.count, list) }
}

function familyOf(text: string, t: Tokens, i: number): Family | null {
  const c = text[t.starts[i]!]!
  if (c === '"' || c === '“' || c === '”' || c === '„' || c === '«' || c === '»' || t.ends[i]! - t.starts[i]! === 2) return 'double'
  if (c === '‘' || c === '’' || c === "'" || c === '‹' || c === '›' || c === '‚') return 'single'
  return null
}

/** Typography decides where it can; straight marks are judged by the spaces around them. */
function roleOf(text: string, t: Tokens, i: number): Role {
  const c = text[t.starts[i]!]!
  if (OPENERS.has(c)) return 'open'
  if (CLOSERS.has(c)) return 'close'
  const spaceBefore = i === 0 || t.gaps[i] !== Gap.None
  const spaceAfter = i + 1 >= t.count || t.gaps[i + 1] !== Gap.None
  if (spaceBefore && !spaceAfter) return 'open'
  if (!spaceBefore && spaceAfter) return 'close'
  if (!spaceBefore && !spaceAfter) {
    // Glued on both sides: '"word".' closes and '("word' opens; 'said,"Hello' and '"Stop."Then'
    // depend on whether a quotation is open; after other punctuation it is markup: 'id="42"'.
    const before = text[t.starts[i - 1]!]!
    if (t.kinds[i + 1] === TokenKind.Punct) return 'close'
    if (isOpeningPunct(before)) return 'open'
    if (t.kinds[i - 1] === TokenKind.Punct && !',:.!?'.includes(before)) return 'close'
  }
  return 'either'
}

/**
 * "the voters’ choice": a mark glued after a word ending in "s" and followed by a word is an
 * apostrophe when the next quotation mark in the paragraph is a single one that can close.
 */
function isPluralApostrophe(text: string, t: Tokens, i: number): boolean {
  const before = i - 1
  if (before < 0 || t.gaps[i] !== Gap.None || t.kinds[before] !== TokenKind.Word) return false
  const last = text[t.ends[before]! - 1]
  if ((last !== 's' && last !== 'S') || t.gaps[i + 1] !== Gap.Space || t.kinds[i + 1] !== TokenKind.Word) return false
  for (let k = i + 1; k < t.count && t.gaps[k]! < Gap.Newline; k++) {
    if (t.kinds[k] === TokenKind.Quote) return familyOf(text, t, k) === 'single' && roleOf(text, t, k) !== 'open'
  }
  return false
}

function isOpeningPunct(c: string): boolean {
  return c === '(' || c === '[' || c === '—' || c === '–' || c === '-'
}

function topOf(stack: Open[], family: Family): Open | undefined {
  for (let k = stack.length - 1; k >= 0; k--) if (stack[k]!.family === family) return stack[k]
  return undefined
}

/**
 * A single mark opens a quotation only inside a double one, or when it is a typographic opener
 * (but "‘60s" is an apostrophe that a word processor turned the wrong way).
 */
function isSingleOpener(text: string, t: Tokens, i: number, stack: Open[]): boolean {
  const c = text[t.starts[i]!]!
  if (c === '‘' && isDecade(text, t, i + 1)) return false
  if (c === '‘' || c === '‹' || c === '‚') return true
  return stack.length > 0 && (i === 0 || t.gaps[i] !== Gap.None) && i + 1 < t.count && t.kinds[i + 1] === TokenKind.Word
}

/** Whether token k is a decade glued to the mark before it: "’90s", "‘60s". */
function isDecade(text: string, t: Tokens, k: number): boolean {
  return k < t.count && t.gaps[k] === Gap.None && t.kinds[k] === TokenKind.Number && /^\d0s$/.test(text.slice(t.starts[k]!, t.ends[k]!))
}

function outermostOfToken(count: number, list: Quotation[]): Int32Array {
  const of = new Int32Array(count).fill(-1)
  // Inner quotations first, so outer ones overwrite them.
  for (let q = list.length - 1; q >= 0; q--) {
    const quote = list[q]!
    if (quote.depth > 0 && list.some((o) => o.depth === 0 && o.start <= quote.start && o.end >= quote.end)) continue
    of.fill(q, quote.openToken, quote.lastToken + 1)
  }
  return of
}

/** Quotations read through names: what rule modules outside src/text use. */
export class QuoteView {
  constructor(readonly quotations: Quotations) {}

  get list(): readonly Quotation[] {
    return this.quotations.list
  }

  /** The outermost quotation holding token i, if any. */
  around(token: number): Quotation | undefined {
    const q = this.quotations.ofToken[token]!
    return q === -1 ? undefined : this.quotations.list[q]
  }

  /** Index into `list` of the outermost quotation holding token i, or -1. */
  indexAround(token: number): number {
    return this.quotations.ofToken[token]!
  }

  /** Token i is inside a quotation (its marks included). */
  isQuoted(token: number): boolean {
    return this.quotations.ofToken[token] !== -1
  }
}
