import abbreviations from '../lexicon/en/abbreviations.json' with { type: 'json' }
import { Gap, TokenKind, type Tokens } from './tokenizer.js'

/** Sentences as token ranges: sentence i covers tokens [starts[i], ends[i]). */
export interface Sentences {
  readonly count: number
  readonly starts: Uint32Array
  readonly ends: Uint32Array
  /** Sentence index of each token. */
  readonly ofToken: Uint32Array
}

const TITLES = lexicon(abbreviations.titles)
const BEFORE_NUMBER = lexicon(abbreviations.beforeNumber)
const OTHER = lexicon(abbreviations.other)
const CLOSERS = new Set(['"', '”', '’', "'", '»', '›', ')', ']'])

/**
 * Splits tokens into sentences; every line break ends a sentence (news paragraphs and headlines).
 * `breaks` are character offsets where a sentence must start (a brief's header, for instance).
 */
export function splitSentences(t: Tokens, breaks: readonly number[] = []): Sentences {
  let nextBreak = 0
  // Whether a break falls at token i's start or in the white space before it.
  const isForced = (i: number): boolean => {
    let forced = false
    for (; nextBreak < breaks.length && breaks[nextBreak]! <= t.starts[i]!; nextBreak++) {
      if (breaks[nextBreak]! >= t.ends[i - 1]!) forced = true
    }
    return forced
  }
  const starts: number[] = []
  const ends: number[] = []
  const text = t.text
  let start = 0
  for (let i = 0; i < t.count; i++) {
    if (i > start && (t.gaps[i]! >= Gap.Newline || isForced(i))) {
      starts.push(start)
      ends.push(i)
      start = i
    } else if (i - start >= MAX_SENTENCE_TOKENS) {
      const cut = clauseCut(t, start, i)
      starts.push(start)
      ends.push(cut)
      start = cut
    }
    if (!isTerminator(t, i)) continue
    // A terminator may be followed by closing quotes or brackets that belong to this sentence.
    let j = i + 1
    while (j < t.count && t.gaps[j] === Gap.None && CLOSERS.has(text[t.starts[j]!]!)) j++
    if (j >= t.count) break
    if (t.gaps[j]! >= Gap.Newline) continue // the line break above will end it
    if (!opensSentence(t, j)) continue
    // No abbreviation sits before a closing quote: 'He said "no." Then' ends after the mark (but
    // brackets do hold abbreviations: "(Texas Sen.) Ted Cruz").
    if (!closesQuote(t, i, j) && isAbbreviationEnd(t, i, j)) continue
    starts.push(start)
    ends.push(j)
    start = j
    i = j - 1
  }
  if (start < t.count) {
    starts.push(start)
    ends.push(t.count)
  }
  const ofToken = new Uint32Array(t.count)
  for (let s = 0; s < starts.length; s++) ofToken.fill(s, starts[s], ends[s])
  return { count: starts.length, starts: Uint32Array.from(starts), ends: Uint32Array.from(ends), ofToken }
}

/**
 * A run-on sentence longer than this (a page with no full stops, a long list, hostile input) is cut
 * at a clause boundary: every later stage reads a sentence at a time, so one unbounded sentence
 * makes them quadratic in the document. The longest sentence in PolNeAR train and dev is 220 tokens.
 */
export const MAX_SENTENCE_TOKENS = 256

const CLAUSE_ENDS = new Set([',', ';', ':', '—', '–'])

/** Where a sentence [start, i) that has grown too long ends: after its last clause mark in its second half, else at `i`. */
function clauseCut(t: Tokens, start: number, i: number): number {
  for (let k = i; k > start + MAX_SENTENCE_TOKENS / 2; k--) {
    if (t.kinds[k - 1] === TokenKind.Punct && CLAUSE_ENDS.has(t.text[t.starts[k - 1]!]!)) return k
  }
  return i
}

function isTerminator(t: Tokens, i: number): boolean {
  // "in the U.S. The next day" ends a sentence; "U.S. President" does not: decided by the next word.
  if (t.kinds[i] === TokenKind.Initialism) return true
  if (t.kinds[i] !== TokenKind.Punct) return false
  const c = t.text[t.starts[i]!]
  return c === '.' || c === '!' || c === '?' || c === '…'
}

function opensSentence(t: Tokens, j: number): boolean {
  if (t.gaps[j] === Gap.None) return false
  const c = t.text[t.starts[j]!]!
  if (t.kinds[j] === TokenKind.Quote || c === '(' || c === '[') return true
  if (t.kinds[j] === TokenKind.Number) return true
  return c !== c.toLowerCase()
}

/** Whether a quotation mark is among the closers between terminator `i` and token `j`. */
function closesQuote(t: Tokens, i: number, j: number): boolean {
  for (let k = i + 1; k < j; k++) if (t.kinds[k] === TokenKind.Quote) return true
  return false
}

/** Whether terminator `i`, before a token `j` that may open a sentence, is an abbreviation's period rather than a sentence end. */
function isAbbreviationEnd(t: Tokens, i: number, j: number): boolean {
  // "U.S. President" continues; "in the U.S. The next day" ends.
  if (t.kinds[i] === TokenKind.Initialism) return !isCommonSentenceStart(t, j)
  // Only a lone period ends an abbreviation: not "!", "?", "...", "…", nor a period after a space.
  if (i === 0 || t.ends[i]! - t.starts[i]! !== 1 || t.text[t.starts[i]!] !== '.' || t.gaps[i] !== Gap.None) return false
  const w = t.text.slice(t.starts[i - 1]!, t.ends[i - 1]!)
  if (inLexicon(TITLES, w)) return true // "Mr. Smith", "Sen. Warren"
  // An initial ("J. Smith", but "Plan B. The") or "Inc.", "Calif.", "etc.": a capital after them is a name
  // or a new sentence, and only a common sentence opener tells them apart.
  const initial = t.kinds[i - 1] === TokenKind.Word && w.length === 1 && isCapitalised(w)
  if (initial || inLexicon(OTHER, w)) return t.kinds[j] === TokenKind.Number || !isCommonSentenceStart(t, j)
  if (inLexicon(BEFORE_NUMBER, w)) return t.kinds[j] === TokenKind.Number // "No. 2", "Sept. 11"; "he said no. Then" ends
  return false
}

/** Lower-case entry → whether it matches only a capitalised word (an entry written with a capital). */
function lexicon(entries: readonly string[]): Map<string, boolean> {
  return new Map(entries.map((e) => [e.toLowerCase(), isCapitalised(e)]))
}

function inLexicon(lex: Map<string, boolean>, word: string): boolean {
  const capitalOnly = lex.get(word.toLowerCase())
  return capitalOnly !== undefined && (!capitalOnly || isCapitalised(word))
}

function isCapitalised(w: string): boolean {
  return w[0] !== w[0]!.toLowerCase()
}

const SENTENCE_STARTERS = new Set(['the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'but', 'and', 'in', 'on', 'this', 'that', 'his', 'her', 'their', 'there', 'as', 'at', 'for', 'if', 'when', 'after', 'while'])

function isCommonSentenceStart(t: Tokens, j: number): boolean {
  return SENTENCE_STARTERS.has(t.text.slice(t.starts[j]!, t.ends[j]!).toLowerCase())
}

/** Sentences read by index through names: what rule modules outside src/text use. */
export class SentenceView {
  constructor(readonly sentences: Sentences) {}

  get count(): number {
    return this.sentences.count
  }

  /** The sentence token i belongs to. */
  of(token: number): number {
    return this.sentences.ofToken[token]!
  }

  /** First token of sentence s. */
  start(s: number): number {
    return this.sentences.starts[s]!
  }

  /** One past the last token of sentence s. */
  end(s: number): number {
    return this.sentences.ends[s]!
  }

  /** Token range [start, end) of the sentence holding token i. */
  around(token: number): [number, number] {
    const s = this.sentences.ofToken[token]!
    return [this.sentences.starts[s]!, this.sentences.ends[s]!]
  }
}
