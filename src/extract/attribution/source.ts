// Who said it, as a token range: the subject walked back to from a cue ("Dmitry Peskov, spokesman
// for …, has said"), the name after an inverted cue ("…, said Smith"), or a sentence's opening subject.

import type { CueLexicon } from '../../lexicon/cues.js'
import { englishGrammar as grammar } from '../../lexicon/grammar.js'
import { englishPronouns as pronouns } from '../../lexicon/pronouns.js'
import { TokenKind } from '../../text/tokenizer.js'
import type { Analysis } from '../analysis.js'
import type { CueMatch } from '../cues.js'
import { isPunct, isQuote, isTerminal } from './text-layer.js'

const STOP_PUNCT = new Set([';', ':', '(', ')', '—', '–', '[', ']', '|'])

const MAX_SOURCE_TOKENS = 24

/** Walks back from the cue to the start of its subject: "Dmitry Peskov, spokesman for …, has said". */
export function findSourceBefore(a: Analysis, lexicon: CueLexicon, cue: CueMatch, sStart: number, cueHeads: Set<number>): [number, number] | null {
  let end = cue.start
  if (end <= sStart) return null
  const first = end - 1
  if (lexicon.relativePronouns.has(a.lower[first]!)) return [first, end]
  // "X, APPOSITION, said": the comma before the cue means we pass one comma-delimited chunk.
  const appositionMode = isPunct(a, first, ',')
  let commasToPass = appositionMode ? 2 : 0
  let extraCommas = 2
  let k = first
  for (; k >= sStart; k--) {
    if (end - k > MAX_SOURCE_TOKENS) return null
    const w = a.lower[k]!
    // A period inside the sentence belongs to an abbreviation ("Sen.", "Gov."), so it does not stop the walk.
    // "Rep. Gwen Moore (D-Wis.) said": a parenthesis inside the subject is passed over whole.
    if (w === ')' && k < first + 1) {
      let open = k - 1
      while (open > sStart && a.lower[open] !== '(' && k - open < 8) open--
      if (a.lower[open] === '(' && open > sStart && a.tok.startsUpper(open - 1)) {
        k = open
        continue
      }
    }
    if (isQuote(a, k) || STOP_PUNCT.has(w) || w === '!' || w === '?') break
    if (a.quote.isQuoted(k)) break
    if (w === ',') {
      // "Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said": while the
      // chunk after this comma is itself an apposition (not a name), keep going back.
      if (commasToPass === 0 && appositionMode && extraCommas > 0 && !a.tok.startsUpper(k + 1) && !grammar.coordinators.has(a.lower[k + 1]!)) {
        extraCommas--
        continue
      }
      if (commasToPass === 0) break
      commasToPass--
      continue
    }
    if (k < first && cueHeads.has(k)) break
    if (w === 'that' && k < first) break
    if (lexicon.subordinators.has(w) && k < first) break
    if (grammar.coordinators.has(w) && (k === sStart || isPunct(a, k - 1, ','))) break
    if (lexicon.relativePronouns.has(w) && k < first && commasToPass === 0) break
  }
  let start = k + 1
  while (start < end && (isPunct(a, start, ',') || grammar.coordinators.has(a.lower[start]!))) start++
  end = dropDiscourseAside(a, start, end)
  // A leading adverbial chunk ("On Friday, …") is not part of the subject.
  if (commasToPass === 0 && start < end && a.lower.slice(start, end).includes(',')) {
    const firstComma = a.lower.indexOf(',', start)
    if (firstComma > start && grammar.adverbialOpeners.has(a.lower[start]!)) start = firstComma + 1
  }
  // "with X calling …": the preposition is not part of the subject.
  while (start < end - 1 && grammar.subjectPrepositions.has(a.lower[start]!)) start++
  // "In a Bloomberg interview Trump said", "Last week Stumpf said": an opening adverbial without a
  // comma; the subject is the last name or pronoun.
  if (commasToPass === 0 && (grammar.adverbialOpeners.has(a.lower[start]!) || a.lower[start] === 'following')) start = lastSubjectStart(a, start, end)
  // "Politifact then said": a trailing adverb belongs to neither source nor cue.
  while (end > start + 1 && grammar.trailingAdverbs.has(a.lower[end - 1]!)) end--
  if (start >= end) return null
  if (!looksLikeSubject(a, start, end)) return null
  return [start, end]
}

/** "The government, for instance, refused …": an aside before the cue is not part of the source. */
function dropDiscourseAside(a: Analysis, start: number, end: number): number {
  if (end - start < 3 || a.lower[end - 1] !== ',') return end
  let comma = end - 2
  while (comma > start && a.lower[comma] !== ',') comma--
  if (comma <= start) return end
  return grammar.discourseAsides.has(a.lower.slice(comma + 1, end - 1).join(' ')) ? comma : end
}

/** The start of the last pronoun or capitalised name in [start, end), or `start` when none. */
function lastSubjectStart(a: Analysis, start: number, end: number): number {
  for (let k = end - 1; k > start; k--) {
    if (pronouns.subject.has(a.lower[k]!)) return k
    if (a.tok.startsUpper(k)) {
      let first = k
      while (first - 1 > start && (a.tok.startsUpper(first - 1) || a.lower[first - 1] === '.')) first--
      return first
    }
  }
  return start
}

function looksLikeSubject(a: Analysis, start: number, end: number): boolean {
  if (grammar.nonSubjectStarts.has(a.lower[start]!)) return false
  for (let i = start; i < end; i++) {
    const kind = a.tok.kind(i)
    if (kind === TokenKind.Word || kind === TokenKind.Initialism || kind === TokenKind.Number) return true
  }
  return false
}

/** "…," said Smith, a spokesman. → "Smith" (up to a comma or the sentence end). */
export function findSourceAfter(a: Analysis, from: number, sEnd: number): [number, number] | null {
  // Periods inside the sentence belong to abbreviations ("Mr. Burman", "Rep. G.K. Butterfield").
  const stops = (k: number) => isPunct(a, k, ',') || isQuote(a, k) || (isTerminal(a, k) && !isPunct(a, k, '.')) || (isPunct(a, k, '.') && k === sEnd - 1)
  let end = from
  while (end < sEnd && !stops(end) && end - from < 10) end++
  if (end === from || (!a.tok.startsUpper(from) && !grammar.sourceDeterminers.has(a.lower[from]!))) return null
  if (end < sEnd && !stops(end)) return null
  // "said Alan Cole, an economist at the Tax Foundation." — the apposition belongs to the source.
  if (isPunct(a, end, ',') && end + 1 < sEnd && !a.tok.startsUpper(end + 1) && !isQuote(a, end + 1)) {
    let k = end + 1
    while (k < sEnd && !isQuote(a, k) && !(isTerminal(a, k) && k === sEnd - 1) && !isPunct(a, k, ',')) k++
    if (k >= sEnd - 1 || isTerminal(a, k)) end = k
  }
  return [from, end]
}

/**
 * The subject a sentence opens with, for a participle cue without an earlier attribution:
 * "Huma Abedin, vice chairwoman …, emailed supporters, telling them …". Names only: a capitalised
 * run, with an apposition set off by commas.
 */
export function subjectAtSentenceStart(a: Analysis, sStart: number, limit: number): [number, number] | null {
  let k = sStart
  // "On Monday, …": skip an opening adverbial chunk.
  if (grammar.adverbialOpeners.has(a.lower[k]!)) {
    while (k < limit && a.lower[k] !== ',') k++
    k++
  }
  const start = k
  while (k < limit && (a.tok.startsUpper(k) || a.lower[k] === '.' || a.tok.kind(k) === TokenKind.Initialism)) k++
  if (k === start || k >= limit) return null
  if (a.lower[k] === ',' && k + 1 < limit && !a.tok.startsUpper(k + 1)) {
    let close = k + 1
    while (close < limit && a.lower[close] !== ',') close++
    if (close < limit) k = close + 1
  }
  return [start, k]
}
