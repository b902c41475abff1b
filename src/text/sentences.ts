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

const NO_BREAK_AFTER = new Set([...abbreviations.titles, ...abbreviations.other])
// Titles almost never end a sentence; "Inc." or "Calif." may, when a capital follows a new clause.
const TITLES = new Set(abbreviations.titles)
const CLOSERS = new Set(['"', '”', '’', "'", '»', '›', ')', ']'])

/**
 * Splits tokens into sentences; every line break ends a sentence (news paragraphs and headlines).
 * `breaks` are character offsets where a sentence must start (a brief's header, for instance).
 */
export function splitSentences(t: Tokens, breaks: readonly number[] = []): Sentences {
  let nextBreak = 0
  const starts: number[] = []
  const ends: number[] = []
  const text = t.text
  let start = 0
  for (let i = 0; i < t.count; i++) {
    while (nextBreak < breaks.length && breaks[nextBreak]! < t.starts[i]!) nextBreak++
    const forced = nextBreak < breaks.length && breaks[nextBreak] === t.starts[i]
    if (i > start && (t.gaps[i]! >= Gap.Newline || forced)) {
      starts.push(start)
      ends.push(i)
      start = i
    }
    if (!isTerminator(t, i)) continue
    // A terminator may be followed by closing quotes or brackets that belong to this sentence.
    let j = i + 1
    while (j < t.count && t.gaps[j] === Gap.None && CLOSERS.has(text[t.starts[j]!]!)) j++
    if (j >= t.count) break
    if (t.gaps[j]! >= Gap.Newline) continue // the line break above will end it
    if (!opensSentence(t, j)) continue
    if (t.kinds[i] === TokenKind.Initialism && !isCommonSentenceStart(t, j)) continue // "U.S. President"
    if (text[t.starts[i]!] === '.' && i > 0 && isAbbreviation(t, i - 1, j)) continue
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

function isAbbreviation(t: Tokens, word: number, next: number): boolean {
  if (t.gaps[word + 1] !== Gap.None) return false
  const w = t.text.slice(t.starts[word]!, t.ends[word]!)
  if (t.kinds[word] === TokenKind.Word && w.length === 1 && w !== w.toLowerCase()) return true // initial: "J. Smith"
  const lower = w.toLowerCase()
  if (!NO_BREAK_AFTER.has(lower)) return false
  if (TITLES.has(lower)) return true
  // "Sept. 11" and "No. 2" continue; "Inc. The" may end a sentence, but a lower-case word never follows a real end.
  return t.kinds[next] === TokenKind.Number || !isCommonSentenceStart(t, next)
}

const SENTENCE_STARTERS = new Set(['the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'but', 'and', 'in', 'on', 'this', 'that', 'his', 'her', 'their', 'there', 'as', 'at', 'for', 'if', 'when', 'after', 'while'])

function isCommonSentenceStart(t: Tokens, j: number): boolean {
  return SENTENCE_STARTERS.has(t.text.slice(t.starts[j]!, t.ends[j]!).toLowerCase())
}
