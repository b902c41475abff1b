import type { StatementKind } from '../core/records.js'
import type { CueLexicon } from '../lexicon/cues.js'
import { englishGrammar as grammar } from '../lexicon/grammar.js'
import { englishPronouns as pronouns } from '../lexicon/pronouns.js'
import type { Quotation } from '../text/quotes.js'
import { Gap, TokenKind } from '../text/tokenizer.js'
import type { Analysis } from './analysis.js'
import { keepLikelyCues } from './cue-classifier.js'
import { type CueMatch, findCues } from './cues.js'
import type { LinearModel } from './model/perceptron.js'

/** An attribution before speakers are resolved: token ranges for the source, character ranges for content. */
export interface Attribution {
  cue: CueMatch
  /** Source tokens [start, end), or null when the text names none. */
  source: [number, number] | null
  /** Character ranges [start, end) of what was said, in text order. */
  content: [number, number][]
  kind: StatementKind
  /** The source stands after the cue: "…, said Smith." / "according to TASS". */
  sourceAfterCue: boolean
}

const STOP_PUNCT = new Set([';', ':', '(', ')', '—', '–', '[', ']', '|'])
const TERMINAL = new Set(['.', '!', '?', '…', '...'])
const MAX_SOURCE_TOKENS = 24

/** Finds attributed statements: cue, source and content, by clause-level rules over the text layer. */
export function findAttributions(a: Analysis, lexicon: CueLexicon, classifier?: LinearModel): Attribution[] {
  const candidates = findCues(a, lexicon)
  const cues = classifier ? keepLikelyCues(a, candidates, classifier) : candidates
  const cueHeads = new Set(cues.map((c) => c.head))
  const out: Attribution[] = findHeadlineAttributions(a, lexicon)
  // The latest attribution with a source in each sentence (by its first token), for participle cues:
  // a lookup, not a scan back over every earlier attribution.
  const sourcedBySentence = new Map<number, Attribution>()
  const remember = (at: Attribution) => {
    if (at.source) sourcedBySentence.set(a.sent.around(at.cue.head)[0], at)
  }
  out.forEach(remember)
  for (const cue of cues) {
    const found = cue.prepositional ? attributePrepositional(a, cue) : attributeVerb(a, lexicon, cue, cueHeads, sourcedBySentence)
    if (found && found.content.length > 0) {
      out.push(found)
      remember(found)
    }
  }
  return out
}

// ---------------------------------------------------------------------------------------------
// Headlines: "Graham: Trump's Rhetoric Destroying GOP's Chance."

/** A line that opens with a short name and a colon, and goes on with a clause, quotes that name. */
function findHeadlineAttributions(a: Analysis, lexicon: CueLexicon): Attribution[] {
  const out: Attribution[] = []
  for (let s = 0; s < a.sent.count; s++) {
    const start = a.sent.start(s)
    const end = a.sent.end(s)
    if (!a.tok.startsLine(start)) continue
    let colon = start
    while (colon < end && colon - start < 6 && (a.tok.startsUpper(colon) || a.tok.kind(colon) === TokenKind.Initialism || a.lower[colon] === '’s' || a.lower[colon] === "'s")) colon++
    if (colon === start || colon >= end - 2 || !isPunct(a, colon, ':')) continue
    if (lexicon.lineLabels.has(a.lower.slice(start, colon).join(' '))) continue
    const content = forwardContent(a, colon + 1, end)
    if (!content) continue
    const cue: CueMatch = { start: colon, end: colon + 1, head: colon, kind: 'speech', prepositional: false, verb: null }
    out.push({ cue, source: [start, colon], content: [content], kind: kindOf(a, [content]), sourceAfterCue: false })
  }
  return out
}

// ---------------------------------------------------------------------------------------------
// "According to X, …" and "…, according to X."

function attributePrepositional(a: Analysis, cue: CueMatch): Attribution | null {
  const [sStart, sEnd] = a.sent.around(cue.head)
  let srcEnd = cue.end
  while (srcEnd < sEnd && !isPunct(a, srcEnd, ',') && !isTerminal(a, srcEnd) && !isQuote(a, srcEnd)) srcEnd++
  if (srcEnd === cue.end) return null
  const source: [number, number] = [cue.end, srcEnd]
  const before = clauseStart(a, sStart, cue.start)
  let content: [number, number] | null = null
  if (before >= cue.start || onlyConnectives(a, before, cue.start)) {
    // Sentence-initial: the content follows the source's comma.
    if (isPunct(a, srcEnd, ',')) content = forwardContent(a, srcEnd + 1, sEnd)
  } else {
    let end = cue.start
    if (end > before && isPunct(a, end - 1, ',')) end--
    content = charRange(a, before, end)
  }
  if (!content) return null
  return { cue, source, content: [content], kind: kindOf(a, [content]), sourceAfterCue: true }
}

// ---------------------------------------------------------------------------------------------
// Verb cues: "X said (that) …", "…, X said.", "…, said X.", "X, who …, said …"

function attributeVerb(a: Analysis, lexicon: CueLexicon, cue: CueMatch, cueHeads: Set<number>, sourcedBySentence: ReadonlyMap<number, Attribution>): Attribution | null {
  const [sStart, sEnd] = a.sent.around(cue.head)
  const passive = attributePassive(a, cue, sStart, sEnd)
  if (passive) return passive
  const aside = attributeAsClause(a, lexicon, cue, sStart, sEnd, cueHeads)
  if (aside) return aside
  // ", adding that …" and "… and said that …": the verb shares the subject of the clause before it.
  const participle =
    cue.start > sStart &&
    ((a.lower[cue.head]!.endsWith('ing') && isPunct(a, cue.start - 1, ',')) || ((a.lower[cue.start - 1] === 'and' || a.lower[cue.start - 1] === 'but') && cue.start - 1 > sStart))
  let source = participle ? null : findSourceBefore(a, lexicon, cue, sStart, cueHeads)
  if (participle) {
    // ", adding that …": the subject is the previous attribution's source in this sentence.
    const previous = sourcedBySentence.get(sStart)
    source = previous?.source ?? subjectAtSentenceStart(a, sStart, cue.start)
    if (!source) return null
  }
  const quotedBefore = !participle && source !== null && followsClosingQuote(a, source[0])
  const forward = quotedBefore ? null : forwardContentAfterCue(a, lexicon, cue, sEnd)
  if (source && forward) {
    return finish(a, cue, source, [forward], false)
  }
  if (participle) return null
  // Content before the cue: the quotation or clause ending just before the source (or the cue).
  const boundary = source ? source[0] - 1 : cue.start - 1
  let invertedSource: [number, number] | null = null
  let after = cue.end
  if (!source) {
    invertedSource = findSourceAfter(a, cue.end, sEnd)
    if (!invertedSource) return null
    after = invertedSource[1]
  }
  const content = backwardContent(a, boundary, sStart)
  if (!content) return null
  const spans = [content]
  addContinuations(a, after, sEnd, spans)
  return finish(a, cue, source ?? invertedSource!, spans, invertedSource !== null)
}

/** "The registration issue was first reported by The Washington Post." — the source follows "by". */
function attributePassive(a: Analysis, cue: CueMatch, sStart: number, sEnd: number): Attribution | null {
  if (a.lower[cue.end] !== 'by' || !a.lower.slice(cue.start, cue.head).some((w) => grammar.beForms.has(w))) return null
  const from = cue.end + 1
  let end = from
  while (end < sEnd && !isPunct(a, end, ',') && !isQuote(a, end) && !(isTerminal(a, end) && end === sEnd - 1) && end - from < 12) end++
  if (end === from) return null
  const contentStart = clauseStart(a, sStart, cue.start)
  if (contentStart >= cue.start) return null
  const content = charRange(a, contentStart, cue.start)
  return finish(a, cue, [from, end], [content], true)
}

/** "As Mr. Bown observed, in the early days …" — the source sits in an "as" clause before the content. */
function attributeAsClause(a: Analysis, lexicon: CueLexicon, cue: CueMatch, sStart: number, sEnd: number, cueHeads: Set<number>): Attribution | null {
  if (!isPunct(a, cue.end, ',')) return null
  const source = findSourceBefore(a, lexicon, cue, sStart, cueHeads)
  if (!source) return null
  // "As X observed," at the start of the sentence or of a clause ("Yet, as X observed,").
  if (a.lower[source[0] - 1] !== 'as' || (source[0] - 1 > sStart && !grammar.coordinators.has(a.lower[source[0] - 2]!) && a.lower[source[0] - 2] !== ',')) return null
  const content = forwardContent(a, cue.end + 1, sEnd)
  return content ? finish(a, cue, source, [content], false) : null
}

/** '"…," he told' — a source right after a closing quotation mark takes that quotation as content. */
function followsClosingQuote(a: Analysis, sourceStart: number): boolean {
  const sentence = a.sent.of(sourceStart)
  let k = sourceStart - 1
  if (k >= 0 && isPunct(a, k, ',')) k--
  return k >= 0 && a.sent.of(k) === sentence && isQuote(a, k) && quotationEndingAt(a, k) !== undefined
}

function finish(a: Analysis, cue: CueMatch, source: [number, number], content: [number, number][], sourceAfterCue: boolean): Attribution {
  return { cue, source, content, kind: kindOf(a, content), sourceAfterCue }
}

/** Walks back from the cue to the start of its subject: "Dmitry Peskov, spokesman for …, has said". */
function findSourceBefore(a: Analysis, lexicon: CueLexicon, cue: CueMatch, sStart: number, cueHeads: Set<number>): [number, number] | null {
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

/**
 * The subject a sentence opens with, for a participle cue without an earlier attribution:
 * "Huma Abedin, vice chairwoman …, emailed supporters, telling them …". Names only: a capitalised
 * run, with an apposition set off by commas.
 */
function subjectAtSentenceStart(a: Analysis, sStart: number, limit: number): [number, number] | null {
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

function looksLikeSubject(a: Analysis, start: number, end: number): boolean {
  if (grammar.nonSubjectStarts.has(a.lower[start]!)) return false
  for (let i = start; i < end; i++) {
    const kind = a.tok.kind(i)
    if (kind === TokenKind.Word || kind === TokenKind.Initialism || kind === TokenKind.Number) return true
  }
  return false
}

/** "…," said Smith, a spokesman. → "Smith" (up to a comma or the sentence end). */
function findSourceAfter(a: Analysis, from: number, sEnd: number): [number, number] | null {
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

/** Where the content starts after the cue, if it follows it: "that …", ": …", a quotation, a clause. */
function forwardContentAfterCue(a: Analysis, lexicon: CueLexicon, cue: CueMatch, sEnd: number): [number, number] | null {
  let r = cue.end
  if (a.lower[r - 1] === ':' && r >= sEnd) return nextParagraphContent(a, r)
  if (r >= sEnd || isTerminal(a, r)) return null
  if (isPunct(a, r, ',')) {
    // 'X said, "…"' opens the content; '"…," he said, "…"' is a continuation, handled with the backward content.
    const quote = r + 1 < sEnd ? quotationStartingAt(a, r + 1) : undefined
    return quote && !followsClosingQuote(a, cue.start) ? forwardContent(a, r + 1, sEnd) : null
  }
  if (isPunct(a, r, ':')) return r + 1 < a.tok.count ? forwardContent(a, r + 1, sEnd) : null
  if (a.lower[r - 1] === ':' && r >= sEnd) return nextParagraphContent(a, r)
  // "urged state officials to boost …": the content is the infinitive after the object.
  const cueForm = a.lower.slice(cue.head, cue.end).join(' ')
  if (lexicon.objectInfinitive.has(cueForm) && r < sEnd && a.lower[r] !== 'to' && a.lower[r] !== 'that') {
    for (let k = r + 1; k < Math.min(sEnd, r + 7); k++) {
      const w = a.lower[k]!
      if (w === 'to') return forwardContent(a, k, sEnd)
      if (w === ',' || w === 'that' || isTerminal(a, k) || isQuote(a, k) || lexicon.subordinators.has(w)) break
    }
  }
  // Skip a listener ("told reporters") and adjuncts ("in a statement on Friday") before the content.
  let skipped = false
  if (cue.verb?.takesObject && pronouns.listeners.has(a.lower[r]!)) {
    r++
    skipped = true
  }
  if (cue.verb?.takesObject && !skipped) {
    // "told the Times that …": a short object before "that", a colon or a quotation.
    for (let k = r; k < Math.min(sEnd, r + 7); k++) {
      if (isPunct(a, k, ',') || isTerminal(a, k)) break
      if (a.lower[k] === 'that' || isPunct(a, k, ':') || isQuote(a, k)) {
        if (k > r) {
          r = isPunct(a, k, ':') ? k + 1 : k
          skipped = true
        }
        break
      }
    }
  }
  const afterAdjuncts = skipAdjuncts(a, lexicon, r, sEnd)
  if (afterAdjuncts > r) skipped = true
  r = afterAdjuncts
  if (r < sEnd && !isQuote(a, r) && a.lower[r] !== 'that' && (grammar.adverbialOpeners.has(a.lower[r]!) || (cue.verb?.takesObject && a.tok.startsUpper(r)))) {
    // A longer phrase: look ahead for "that", a colon or a quotation.
    const limit = Math.min(sEnd, r + 12)
    let k = r
    while (k < limit && !isTerminal(a, k) && a.lower[k] !== 'that' && !isPunct(a, k, ':') && !isPunct(a, k, ',') && !isQuote(a, k)) k++
    if (k < limit && (a.lower[k] === 'that' || isPunct(a, k, ':') || isQuote(a, k))) r = isPunct(a, k, ':') ? k + 1 : k
    else if (k < limit && isPunct(a, k, ',') && k + 1 < sEnd && isQuote(a, k + 1)) r = k + 1
    else if (a.lower[r] === 'to' && cue.verb?.lemma !== 'say') {
      // "wants to run", "refused to give": the infinitive is the content.
    } else return null
    skipped = true
  }
  if (r >= sEnd || isTerminal(a, r)) return null
  if (!skipped && cue.verb?.takesObject && !isQuote(a, r) && a.lower[r] !== 'that') {
    // "asked him whether …", "told Smith he would …": skip one name or pronoun.
    if (a.tok.startsUpper(r) || pronouns.listeners.has(a.lower[r]!)) {
      while (r < sEnd && a.tok.startsUpper(r)) r++
    }
  }
  if (r >= sEnd || isTerminal(a, r) || isPunct(a, r, ',')) return null
  return forwardContent(a, r, sEnd)
}

/**
 * Skips adjuncts between a cue and its content: times ("on Friday", "last week", "Monday"), settings
 * ("in a statement", "in an interview with Fox News"), and "to reporters".
 */
function skipAdjuncts(a: Analysis, lexicon: CueLexicon, r: number, sEnd: number): number {
  for (;;) {
    const w = a.lower[r]
    if (r >= sEnd || w === undefined) return r
    if (grammar.timeWords.has(w)) {
      r++
      continue
    }
    if (grammar.timeLeads.has(w) && r + 1 < sEnd && grammar.timeWords.has(a.lower[r + 1]!)) {
      r += 2
      continue
    }
    if (w === 'to' && r + 1 < sEnd && pronouns.listeners.has(a.lower[r + 1]!)) {
      r += 2
      continue
    }
    if (grammar.settingPrepositions.has(w) && r + 2 < sEnd) {
      let k = r + 1
      if (grammar.settingDeterminers.has(a.lower[k]!)) k++
      while (k < sEnd && k - r < 5 && !lexicon.settings.has(a.lower[k]!) && a.tok.isWord(k) && !TERMINAL.has(a.lower[k]!)) k++
      if (k < sEnd && lexicon.settings.has(a.lower[k]!)) {
        r = k + 1
        // "… with Fox News", "… on CNN": the setting's own complement.
        if (grammar.settingLinks.has(a.lower[r]!) && r + 1 < sEnd) {
          let j = r + 1
          if (grammar.settingDeterminers.has(a.lower[j]!)) j++
          while (j < sEnd && a.tok.startsUpper(j)) j++
          if (j > r + 1) r = j
        }
        continue
      }
    }
    if (w === ',' && r + 1 < sEnd && (grammar.timeWords.has(a.lower[r + 1]!) || grammar.timeLeads.has(a.lower[r + 1]!))) {
      // "said, on Friday, that": keep looking past a parenthetical time.
      const next = skipAdjuncts(a, lexicon, r + 1, sEnd)
      if (next > r + 1 && isPunct(a, next, ',')) {
        r = next + 1
        continue
      }
    }
    return r
  }
}

/** 'Cruz continued: ¶ "…"' — a cue that ends its paragraph with a colon introduces the next one. */
function nextParagraphContent(a: Analysis, from: number): [number, number] | null {
  if (from >= a.tok.count || a.tok.gap(from) < Gap.Newline) return null
  return forwardContent(a, from, a.sent.end(a.sent.of(from)))
}

const DASHES = new Set(['—', '―', '–', '--'])

/** Content from token `from` to the end of the sentence, or to the end of the quotation it opens. */
function forwardContent(a: Analysis, from: number, sEnd: number): [number, number] | null {
  if (from >= a.tok.count) return null
  // Outside quotations, the content ends before a new clause or an aside: a semicolon, or a
  // spaced dash (annotators leave the aside out). Measured on PolNeAR dev, cutting at ", which …"
  // too costs more statements than it gains exact contents, so that is left alone.
  for (let k = from + 1; k < sEnd; k++) {
    if (a.quote.isQuoted(k)) continue
    const w = a.lower[k]!
    if (w === ';' || (DASHES.has(w) && !a.tok.isAttached(k))) {
      sEnd = k
      break
    }
  }
  let endToken = sEnd - 1
  // A sentence that ends inside a quotation: the content runs to the quotation's end.
  const open = a.quote.around(endToken)
  if (open && open.openToken >= from) endToken = Math.max(endToken, open.lastToken)
  // Drop the sentence's final stop unless a closing quotation mark follows it.
  while (endToken > from && isTerminal(a, endToken)) endToken--
  if (endToken < from) return null
  return charRange(a, from, endToken + 1)
}

/** The content that ends at token `boundary` (a comma or a closing quotation mark) before the source. */
function backwardContent(a: Analysis, boundary: number, sStart: number): [number, number] | null {
  if (boundary < sStart) return null
  let k = boundary
  if (isPunct(a, k, ',') && k - 1 >= 0 && isQuote(a, k - 1)) k--
  if (isQuote(a, k)) {
    const quote = quotationEndingAt(a, k)
    if (quote) return [quote.start, quote.end]
    return null
  }
  if (!isPunct(a, k, ',')) return null
  if (k <= sStart) return null
  let start = clauseStart(a, sStart, k)
  // A sentence that starts inside a quotation opened earlier: the content starts with the quotation.
  const quote = a.quote.around(k - 1)
  if (quote) return [quote.start, quote.end]
  if (start >= k) return null
  return charRange(a, start, k)
}

/** '"A," he said, "B." "C."': quotations that continue the same statement after its cue. */
function addContinuations(a: Analysis, from: number, sEnd: number, spans: [number, number][]): void {
  let r = from
  if (r < sEnd && isPunct(a, r, ',') && r + 1 < sEnd) {
    const quote = quotationStartingAt(a, r + 1)
    if (quote) {
      spans.push([quote.start, quote.end])
      r = quote.lastToken + 1
    }
  }
  // Following sentences that are bare quotations in the same paragraph.
  let next = r
  while (next < a.tok.count && (isTerminal(a, next) || (next < sEnd && !isQuote(a, next)))) next++
  while (next < a.tok.count && a.tok.gap(next) < Gap.Newline) {
    const quote = quotationStartingAt(a, next)
    if (!quote || quote.closeToken === -1) break
    const after = quote.lastToken + 1
    // Its own attribution follows in the same sentence ('"C," she said'): not a continuation.
    const sameSentence = after < a.tok.count && a.sent.of(after) === a.sent.of(quote.lastToken)
    if (sameSentence && a.tok.gap(after) < Gap.Newline && !isQuote(a, after) && !isTerminal(a, after)) break
    spans.push([quote.start, quote.end])
    if (!sameSentence && after < a.tok.count && !isQuote(a, after)) break
    next = after
    while (next < a.tok.count && isTerminal(a, next) && a.tok.gap(next) < Gap.Newline) next++
  }
}

// ---------------------------------------------------------------------------------------------
// Small helpers over the text layer

/** The first token of the clause that ends before `end`: after a colon, a dash or a label. */
function clauseStart(a: Analysis, sStart: number, end: number): number {
  let start = sStart
  for (let k = sStart; k < end; k++) {
    const w = a.lower[k]!
    if ((w === ':' || w === ';') && !a.quote.isQuoted(k)) start = k + 1
  }
  return start
}

function onlyConnectives(a: Analysis, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = a.lower[k]!
    if (!grammar.connectives.has(w) && w !== ',') return false
  }
  return true
}

function quotationStartingAt(a: Analysis, token: number): Quotation | undefined {
  const quote = a.quote.around(token)
  return quote?.openToken === token ? quote : undefined
}

function quotationEndingAt(a: Analysis, token: number): Quotation | undefined {
  const quote = a.quote.around(token)
  return quote?.closeToken === token ? quote : undefined
}

/** Character range of tokens [from, to); `to` > `from` at every call. */
function charRange(a: Analysis, from: number, to: number): [number, number] {
  return a.tok.charRange(from, to)
}

function isPunct(a: Analysis, i: number, p: string): boolean {
  return a.lower[i] === p
}

function isQuote(a: Analysis, i: number): boolean {
  return a.tok.isQuote(i)
}

function isTerminal(a: Analysis, i: number): boolean {
  return a.tok.isPunct(i) && TERMINAL.has(a.lower[i]!)
}

/** direct: only quotations; mixed: quoted words inside reported speech; indirect: no quotation marks. */
export function kindOf(a: Analysis, content: [number, number][]): StatementKind {
  let quoted = 0
  let any = false
  for (const [s, e] of content) {
    const first = a.text[s]!
    const last = a.text[e - 1]!
    if (isQuoteChar(first) && (isQuoteChar(last) || isUnclosedQuotation(a, s))) quoted++
    else if (/["“”«»„]/.test(a.text.slice(s, e))) any = true
  }
  if (quoted === content.length) return 'direct'
  return quoted > 0 || any ? 'mixed' : 'indirect'
}

function isQuoteChar(c: string): boolean {
  return c === '"' || c === '“' || c === '”' || c === '«' || c === '»' || c === '„' || c === '‘' || c === '’'
}

function isUnclosedQuotation(a: Analysis, start: number): boolean {
  return a.quote.list.some((q) => q.start === start && q.closeToken === -1)
}
