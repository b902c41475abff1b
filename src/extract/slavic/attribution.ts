import type { StatementKind } from '../../core/records.js'
import type { CueClass, SlavicLexicon } from '../../lexicon/slavic.js'
import type { QuoteView } from '../../text/quotes.js'
import type { SentenceView } from '../../text/sentences.js'
import type { TokenView } from '../../text/token-view.js'
import type { Gender } from './names.js'

// Who says what in Russian and Ukrainian news, in the forms the wires use:
//   «…», — заявил Песков.            a quotation, a dash, the cue, the source after it
//   Песков заявил, что …             the source before the cue, a что-clause
//   Песков: «…»                      a colon after a name
//   По словам Пескова, …             an "according to" phrase, the source in the genitive
//   Как сообщил Песков, …            "как" and a cue, the source after it
//   Сообщается, что …                no source
//   Об этом заявил Песков.           the content is the sentence before
// Cue words, function words and pronouns come from src/lexicon/{ru,uk}/*.json (through
// src/lexicon/slavic.ts); this module holds the grammar only.

export interface SlavicAttribution {
  /** Token range of the cue. */
  cue: [number, number]
  /** Token range of the source as written; null for "сообщается". */
  source: [number, number] | null
  /** Character ranges of the content (two when the cue stands inside it). */
  content: [number, number][]
  kind: StatementKind
  cls: CueClass | 'according' | 'impersonal' | 'colon'
  /** The source is inflected (after "по словам", "согласно"): its name needs its nominative. */
  oblique: boolean
  /** The speaker's gender as the verb's ending gives it ("сказала", "заявив"). */
  gender?: Gender
  /** Token range of whom a reporting source cites ("сообщает «Коммерсантъ» со ссылкой на | источник в министерстве"). */
  citing?: [number, number]
}

const CLAUSE_MARKS = ',;:—–-()[]'
/** Past and present endings of a finite verb, Russian and Ukrainian ("обратились", "звернулися", "требуют"). */
const FINITE_VERB = /(?:лся|лась|лись|лось|лися|лася|ли|ла|ло|ет|ют|ут|ит|ят|ує|ують|ить|ять)$/u
const DASHES = '—–-'
const MAX_SOURCE_TOKENS = 14

export function findSlavicAttributions(v: TokenView, sentences: SentenceView, quotes: QuoteView, lex: SlavicLexicon): SlavicAttribution[] {
  const out: SlavicAttribution[] = []
  for (let s = 0; s < sentences.count; s++) {
    const from = sentences.start(s)
    const to = sentences.end(s)
    const taken: [number, number][] = []
    for (let i = from; i < to; i++) {
      // Cues inside a quotation belong to the quoted speaker, unless a dash sets them off: «…, — сказал он. — …»
      if ((quotes.isQuoted(i) && !splitsQuotation(v, lex, i)) || taken.some(([a, b]) => i >= a && i < b)) continue
      const found = at(v, sentences, quotes, lex, s, i)
      if (!found) continue
      out.push(found)
      taken.push([found.cue[0], found.cue[1]])
      if (found.source) taken.push(found.source)
    }
  }
  return out
}

/** The attribution whose cue starts at token `i`, if one does. */
function at(v: TokenView, sentences: SentenceView, quotes: QuoteView, lex: SlavicLexicon, s: number, i: number): SlavicAttribution | undefined {
  const from = sentences.start(s)
  const to = sentences.end(s)
  const according = phraseAt(v, i, to, lex.accordingTo)
  if (according) return accordingTo(v, from, to, i, i + according)
  // "по предварительным данным, …", "за грубими оцінками X": an adjective inside the phrase; the source may be left unsaid.
  const qualified = qualifiedAccordingAt(v, lex, i, to)
  if (qualified) return accordingTo(v, from, to, i, qualified) ?? unsourced(v, from, to, i, qualified)
  const possessive = possessiveAt(v, lex, i, to)
  if (possessive) {
    // "по его словам", "на мою думку": the source is the possessive inside the phrase.
    const content = around(v, from, to, i, possessive)
    if (content.length) return { cue: [i, possessive], source: [i + 1, i + 2], content, kind: kindOf(v, content), cls: 'according', oblique: true }
  }
  const impersonal = phraseAt(v, i, to, lex.impersonal)
  if (impersonal) return noSource(v, lex, from, to, i, i + impersonal)
  if (lex.as.has(v.lower(i)) && i + 1 < to) {
    const verb = verbAt(v, lex, i + 1, to)
    if (verb) return asCue(v, lex, from, to, i, verb)
    const imp = phraseAt(v, i + 1, to, lex.impersonal)
    if (imp) return noSource(v, lex, from, to, i, i + 1 + imp)
  }
  const verb = verbAt(v, lex, i, to)
  if (verb) return verbCue(v, sentences, quotes, lex, s, verb)
  if (v.isPunct(i, ':')) return colonCue(v, quotes, from, to, i)
  return undefined
}

interface Verb {
  start: number
  end: number
  cls: CueClass
}

function verbAt(v: TokenView, lex: SlavicLexicon, i: number, to: number): Verb | undefined {
  if (!v.isWord(i)) return undefined
  for (const p of lex.verbPhrases) {
    if (i + p.words.length <= to && p.words.every((re, k) => re.test(v.lower(i + k)))) return { start: i, end: i + p.words.length, cls: p.cls }
  }
  const word = v.lower(i)
  for (const { cls, word: re } of lex.verbs) if (re.test(word)) return { start: i, end: i + 1, cls }
  return undefined
}

/** The end of "по его словам" / "на мою думку" at token `i`: an "according to" phrase of two words with a possessive between them. */
function possessiveAt(v: TokenView, lex: SlavicLexicon, i: number, to: number): number {
  if (i + 3 > to || !lex.possessives.has(v.lower(i + 1))) return 0
  return lex.accordingTo.some((p) => p.length === 2 && p[0] === v.lower(i) && p[1] === v.lower(i + 2)) ? i + 3 : 0
}

/** The end of a two-word "according to" phrase with an adjective between its words at token `i` ("по последним данным"), or 0. */
function qualifiedAccordingAt(v: TokenView, lex: SlavicLexicon, i: number, to: number): number {
  if (i + 3 > to || lex.possessives.has(v.lower(i + 1)) || !ADJECTIVE_ENDING.test(v.lower(i + 1))) return 0
  return lex.accordingTo.some((p) => p.length === 2 && p[0] === v.lower(i) && p[1] === v.lower(i + 2)) ? i + 3 : 0
}

/** A cue phrase whose source is left unsaid ("По предварительным данным, порт закрыт."): the content around it. */
function unsourced(v: TokenView, from: number, to: number, start: number, end: number): SlavicAttribution | undefined {
  const content = around(v, from, to, start, end)
  if (content.length === 0 || content.every(([a, b]) => b <= a)) return undefined
  return { cue: [start, end], source: null, content, kind: kindOf(v, content), cls: 'according', oblique: false }
}

/** Length of the phrase of `phrases` starting at token `i`, or 0. */
function phraseAt(v: TokenView, i: number, to: number, phrases: readonly string[][]): number {
  for (const p of phrases) {
    if (i + p.length <= to && p.every((w, k) => v.lower(i + k) === w)) return p.length
  }
  return 0
}

/** "По словам Пескова, …" and "…, по словам Пескова." */
function accordingTo(v: TokenView, from: number, to: number, start: number, end: number): SlavicAttribution | undefined {
  const sourceEnd = clauseEnd(v, end, to)
  if (sourceEnd === end || sourceEnd - end > MAX_SOURCE_TOKENS) return undefined
  const content = around(v, from, to, start, sourceEnd)
  if (content.length === 0) return undefined
  return { cue: [start, end], source: [end, sourceEnd], content, kind: kindOf(v, content), cls: 'according', oblique: true }
}

/** "Как сообщил Песков, …": the source after the cue, the content around the phrase. */
function asCue(v: TokenView, lex: SlavicLexicon, from: number, to: number, start: number, verb: Verb): SlavicAttribution | undefined {
  const sourceEnd = clauseEnd(v, verb.end, to)
  const content = around(v, from, to, start, sourceEnd)
  if (content.length === 0) return undefined
  const source: [number, number] | null = sourceEnd > verb.end && sourceEnd - verb.end <= MAX_SOURCE_TOKENS ? [verb.end, adjunctStart(v, lex, verb.end, sourceEnd)] : null
  return { cue: [start, verb.end], source, content, kind: kindOf(v, content), cls: verb.cls, oblique: false, ...genderOf(v, verb) }
}

/**
 * Where an adjunct after a source begins ("премьер | в речи перед министрами"): a preposition after
 * the first word, before a lower-case noun. A preposition before an adjective or a capitalised word
 * may be part of a name ("Министерства по чрезвычайным ситуациям", "представитель МИД в Москве" aside).
 */
function adjunctStart(v: TokenView, lex: SlavicLexicon, from: number, to: number): number {
  for (let k = from + 1; k + 1 < to; k++) {
    if (lex.prepositions.has(v.lower(k)) && v.isWord(k + 1) && !v.isCapitalized(k + 1) && !ADJECTIVE_ENDING.test(v.lower(k + 1))) return k
  }
  return to
}

const ADJECTIVE_ENDING = /(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ых|их|ую|юю|ій|ої|ою|ього|ьому|ими|ыми|іми|іх)$/u

/** "Сообщается, что …", "Как сообщается, …", "Планируется …". */
function noSource(v: TokenView, lex: SlavicLexicon, from: number, to: number, start: number, end: number): SlavicAttribution | undefined {
  const that = complementizerAfter(v, lex, end, to)
  const content = that !== undefined ? [charRange(v, that, trimEnd(v, that, to))] : around(v, from, to, start, end)
  if (content.length === 0 || content.every(([a, b]) => b <= a)) return undefined
  return { cue: [start, end], source: null, content, kind: kindOf(v, content), cls: 'impersonal', oblique: false }
}

/** "Песков: «…»" — a name (a few capitalised words) opening a sentence, then a colon. */
function colonCue(v: TokenView, quotes: QuoteView, from: number, to: number, i: number): SlavicAttribution | undefined {
  if (i === from || i - from > 4) return undefined
  for (let k = from; k < i; k++) if (!v.isCapitalized(k)) return undefined
  if (i + 1 >= to) return undefined
  const content = quotedOrRest(v, quotes, i + 1, to)
  if (!content) return undefined
  return { cue: [i, i + 1], source: [from, i], content: [content], kind: kindOf(v, [content]), cls: 'colon', oblique: false }
}

/** A cue verb: its source before or after it, its content a quotation, a что-clause, or what follows. */
function verbCue(v: TokenView, sentences: SentenceView, quotes: QuoteView, lex: SlavicLexicon, s: number, verb: Verb): SlavicAttribution | undefined {
  const from = sentences.start(s)
  const to = sentences.end(s)
  let cueStart = verb.start
  if (cueStart > from && lex.negators.has(v.lower(cueStart - 1))) cueStart--
  const gender = genderOf(v, verb)

  // «…, — сказал он. — …»: one content in two pieces, the cue and its source between them.
  const split = quotes.around(verb.start)
  if (split) {
    const sourceEnd = sourceAfter(v, lex, quotes, verb.end, to)
    let first = cueStart
    while (first > split.openToken + 1 && (v.isPunct(first - 1, ',') || v.isPunct(first - 1, DASHES))) first--
    const content: [number, number][] = first > split.openToken + 1 ? [[v.end(split.openToken), v.end(first - 1)]] : []
    let next = sourceEnd
    while (next < split.lastToken && (v.isPunct(next, '.,') || v.isPunct(next, DASHES))) next++
    const last = split.closeToken >= 0 ? split.closeToken : split.lastToken + 1
    if (next > sourceEnd && next < last && v.isPunct(next - 1, DASHES)) content.push([v.start(next), v.start(last) > v.start(next) ? v.end(last - 1) : v.end(next)])
    if (content.length === 0) return undefined
    const source: [number, number] | null = sourceEnd > verb.end ? [verb.end, sourceEnd] : null
    return { cue: [cueStart, verb.end], source, content, kind: 'direct', cls: verb.cls, oblique: false, ...gender }
  }

  // A dialogue paragraph: "— Текст. Текст, — сказал он." (no quotation marks, a dash opens the line).
  const dialogue = dialogueBefore(v, cueStart)
  if (dialogue) {
    const sourceRange = sourceAfterAddressee(v, lex, quotes, verb.end, to)
    const source: [number, number] | null = sourceRange[1] > sourceRange[0] ? sourceRange : null
    return { cue: [cueStart, verb.end], source, content: [dialogue], kind: 'direct', cls: verb.cls, oblique: false, ...gender }
  }

  // «…», — сказал он.
  const before = quotationBefore(v, quotes, cueStart, from)
  if (before) {
    const sourceRange = sourceAfterAddressee(v, lex, quotes, verb.end, to)
    const source: [number, number] | null = sourceRange[1] > sourceRange[0] ? sourceRange : sourceAfterAdjunct(v, lex, quotes, verb.end, to)
    return { cue: [cueStart, verb.end], source, content: [before], kind: 'direct', cls: verb.cls, oblique: false, ...gender }
  }

  let left = subjectBefore(v, lex, from, cueStart)
  // "Рыбаки обратились к министру с требованием …": a cue that is a noun phrase follows its verb; the source is that verb's subject.
  if (left && left[1] - left[0] >= 2 && lex.prepositions.has(v.lower(cueStart)) && !v.isCapitalized(left[1] - 1) && FINITE_VERB.test(v.lower(left[1] - 1))) left = [left[0], left[1] - 1]
  // "Вот как эту панихиду прокомментировал писатель Виктор Шендерович": words before the cue that
  // name no one, and a name after it: the source is after the cue.
  if (left && !namesSomeone(v, lex, left, from)) {
    const right = sourceAfter(v, lex, quotes, verb.end, to)
    if (right > verb.end && namesSomeone(v, lex, [verb.end, right], from)) left = null
  }
  let source: [number, number] | null = left
  let after = verb.end
  let citing: { citing: [number, number] } | Record<string, never> = {}
  if (!source) {
    // "Об этом заявил Песков": the content is the sentence before.
    const [sourceStart, sourceEnd] = sourceAfterAddressee(v, lex, quotes, verb.end, to)
    if (sourceEnd > sourceStart) {
      source = [sourceStart, sourceEnd]
      after = sourceEnd
      // "…, сообщает «Коммерсантъ» со ссылкой на источник": whom the reporting source cites.
      const cited = citedAfter(v, lex, sourceEnd, to)
      if (cited) {
        citing = { citing: cited }
        after = cited[1]
      }
      if (aboutThis(v, lex, from, cueStart) && s > 0) {
        const prevFrom = sentences.start(s - 1)
        const prevTo = trimEnd(v, prevFrom, sentences.end(s - 1))
        if (prevTo > prevFrom) return { cue: [cueStart, verb.end], source, content: [charRange(v, prevFrom, prevTo)], kind: kindOf(v, [charRange(v, prevFrom, prevTo)]), cls: verb.cls, oblique: false, ...gender, ...citing }
      }
    }
  }
  if (!source) return undefined

  const that = complementizerAfter(v, lex, after, to)
  // "суд установил цены" reports nothing: a finding verb reports only a что-clause.
  if (verb.cls === 'finding' && that === undefined) return undefined
  // Set off by commas or a dash inside what it reports: "Розвиток галузі, я вважаю, має …",
  // "Грузия должна выбрать сама, — считает он."
  const clause: [number, number] = source[0] < cueStart ? [source[0], verb.end] : [cueStart, after]
  if (that === undefined && clause[0] > from && v.isPunct(clause[0] - 1, ',—–-') && (clause[1] >= trimEnd(v, clause[1], to) || v.isPunct(clause[1], ','))) {
    const content = around(v, from, to, clause[0], clause[1])
    if (content.length) return { cue: [cueStart, verb.end], source, content, kind: kindOf(v, content), cls: verb.cls, oblique: false, ...gender, ...citing }
  }
  const colonQuote = that === undefined ? quotationAfterColon(v, quotes, after, to) : undefined
  let content: [number, number] | undefined
  if (that !== undefined) content = charRange(v, that, trimEnd(v, that, to))
  else if (colonQuote) content = colonQuote
  else {
    let k = after
    if (k < to && v.isPunct(k, ',')) k++
    if (k < to && v.isPunct(k, ':')) content = quotedOrRest(v, quotes, k + 1, to)
    else if (k < to && !v.isPunct(k)) content = quotedOrRest(v, quotes, k, to)
  }
  if (!content || content[1] <= content[0]) return undefined
  return { cue: [cueStart, verb.end], source, content: [content], kind: kindOf(v, [content]), cls: verb.cls, oblique: false, ...gender, ...citing }
}

/**
 * "«…», — сказал в беседе с корреспондентом «Голоса Америки» лидер движения Александр Белов.":
 * after a quotation and its cue, past an adjunct that opens with a preposition, the source is what
 * ends the sentence from its first role word or capitalised word outside quotation marks.
 */
function sourceAfterAdjunct(v: TokenView, lex: SlavicLexicon, quotes: QuoteView, from: number, to: number): [number, number] | null {
  if (from >= to || !lex.prepositions.has(v.lower(from))) return null
  const end = trimEnd(v, from, to)
  for (let k = from + 2; k < end && k - from <= 12; k++) {
    if (quotes.isQuoted(k) || lex.prepositions.has(v.lower(k - 1))) continue
    if (!lex.roleWords.has(v.lower(k)) && !v.isCapitalized(k)) continue
    const sourceEnd = sourceAfter(v, lex, quotes, k, to)
    return sourceEnd >= end ? [k, sourceEnd] : null
  }
  return null
}

/** Where a citing phrase ("со ссылкой на", "з посиланням на") starting at token k ends, if one does. */
function citingPhraseAt(v: TokenView, lex: SlavicLexicon, k: number, to: number): number | undefined {
  for (const phrase of lex.citing) {
    if (k + phrase.length <= to && phrase.every((w, j) => v.lower(k + j) === w)) return k + phrase.length
  }
  return undefined
}

/** Whom a source cites, after it: "со ссылкой на | источник в министерстве", up to a clause mark or a complementizer. */
function citedAfter(v: TokenView, lex: SlavicLexicon, k: number, to: number): [number, number] | undefined {
  const start = citingPhraseAt(v, lex, k, to)
  if (start === undefined) return undefined
  let end = start
  while (end < to && end - start < 8 && !v.isPunct(end) && !v.isQuote(end) && !lex.complementizers.has(v.lower(end))) end++
  return end > start ? [start, end] : undefined
}

/** The quotation that ends just before the cue, across ", —" ("«…», — сказал"), as a character range inside its marks. */
function quotationBefore(v: TokenView, quotes: QuoteView, cueStart: number, from: number): [number, number] | undefined {
  let k = cueStart - 1
  let marked = false
  while (k >= 0 && k >= from - 1 && (v.isPunct(k, ',!?') || v.isPunct(k, DASHES))) {
    marked = true
    k--
  }
  if (!marked || k < 0 || !v.isQuote(k)) return undefined
  const q = quotes.around(k)
  if (!q || q.closeToken !== k) return undefined
  return [v.end(q.openToken), v.start(k)]
}

/** Words that can be a source: a pronoun, a role word, or a capitalised word that does not merely open the sentence. */
function namesSomeone(v: TokenView, lex: SlavicLexicon, [start, end]: [number, number], sentenceStart: number): boolean {
  for (let k = start; k < end; k++) {
    const w = v.lower(k)
    if (lex.pronouns.has(w) || lex.roleWords.has(w)) return true
    if (v.isCapitalized(k) && (k > sentenceStart || (k + 1 < end && v.isCapitalized(k + 1)) || end - start === 1)) return true
  }
  return false
}

/** The source after a cue, past an addressee: in quotation marks ("рассказала «Экономической правде» X") or in the dative ("заявила журналистам X"). */
function sourceAfterAddressee(v: TokenView, lex: SlavicLexicon, quotes: QuoteView, start: number, to: number): [number, number] {
  const addressee = v.isQuote(start) ? quotes.around(start) : undefined
  let from = addressee && addressee.openToken === start && addressee.closeToken > start && addressee.closeToken - start <= 6 ? addressee.closeToken + 1 : start
  // "пишет «Коммерсантъ» со ссылкой на …", "пишет «Коммерсантъ».": the title is the source when no one follows it.
  if (from > start && v.isCapitalized(start + 1) && (from >= to || v.isPunct(from) || citingPhraseAt(v, lex, from, to) !== undefined)) return [start, from]
  // "заявила журналистам официальный представитель …": a dative addressee, then the source.
  if (from === start && lex.addressees.has(v.lower(start)) && start + 1 < to && v.isWord(start + 1) && !lex.complementizers.has(v.lower(start + 1)) && !lex.sourceStops.has(v.lower(start + 1))) from = start + 1
  return [from, sourceAfter(v, lex, quotes, from, to)]
}

/**
 * The words of a dialogue paragraph before its cue: the line opens with a dash, and ", —" (or "!",
 * "?", "." and a dash) stands before the cue. Character range, without the dashes.
 */
function dialogueBefore(v: TokenView, cueStart: number): [number, number] | undefined {
  let k = cueStart - 1
  if (k < 1 || !v.isPunct(k, DASHES) || !v.isPunct(k - 1, ',!?.…')) return undefined
  const end = v.isPunct(k - 1, ',') ? k - 1 : k
  let line = k - 1
  while (line > 0 && !v.startsLine(line)) line--
  if (!v.isPunct(line, DASHES) || line + 1 >= end) return undefined
  return [v.start(line + 1), v.end(end - 1)]
}

/** "привітав X за …: «…»": a quotation after a colon that runs to the end of the sentence. */
function quotationAfterColon(v: TokenView, quotes: QuoteView, start: number, to: number): [number, number] | undefined {
  for (let k = start; k + 1 < to; k++) {
    if (v.isQuote(k) || v.isPunct(k, '.!?;')) return undefined
    if (!v.isPunct(k, ':')) continue
    const q = quotes.around(k + 1)
    if (!q || q.openToken !== k + 1 || q.closeToken < 0) return undefined
    return trimEnd(v, q.closeToken + 1, to) <= q.closeToken + 1 ? [v.end(q.openToken), v.start(q.closeToken)] : undefined
  }
  return undefined
}

/** A cue inside a quotation with a dash before it: the quotation is split by its cue («…, — сказал он. — …»). */
function splitsQuotation(v: TokenView, lex: SlavicLexicon, i: number): boolean {
  let k = i - 1
  if (k >= 0 && lex.negators.has(v.lower(k))) k--
  return k >= 1 && v.isPunct(k, DASHES) && (v.isPunct(k - 1, ',!?…') || v.isQuote(k - 1))
}

/** The source written before the cue, back to the clause's start: "пресс-секретарь президента Дмитрий Песков", "он". */
function subjectBefore(v: TokenView, lex: SlavicLexicon, from: number, cueStart: number): [number, number] | null {
  let end = cueStart
  // "бундестренер Юрген Клинсман (Jürgen Klinsmann) назвал": an aside in brackets before the cue is no boundary.
  if (end - 1 > from && v.isPunct(end - 1, ')')) {
    let open = end - 2
    while (open > from && open > end - 10 && !v.isPunct(open, '(')) open--
    if (v.isPunct(open, '(') && open > from) end = open
  }
  while (end > from && (lex.particles.has(v.lower(end - 1)) || lex.adverbs.has(v.lower(end - 1)))) end--
  let start = end
  while (start > from && start > end - MAX_SOURCE_TOKENS) {
    const k = start - 1
    if (v.isQuote(k) || (v.isPunct(k) && CLAUSE_MARKS.includes(v.text(k))) || lex.complementizers.has(v.lower(k))) break
    if (v.isPunct(k) && !v.isPunct(k, '.')) break
    start--
  }
  // Nor are adverbs, dates and prepositional phrases between the source and its cue ("в четверг", "в очередной раз").
  for (;;) {
    if (end - start <= 1) break
    const w = v.lower(end - 1)
    if (lex.adverbs.has(w) || lex.particles.has(w) || /^\d/.test(w)) end--
    else if (lex.prepositions.has(v.lower(end - 2))) end -= 2
    // "в очередной раз", not "на панихиде он": a pronoun after the phrase is the source.
    else if (end - start >= 3 && lex.prepositions.has(v.lower(end - 3)) && !v.isCapitalized(end - 1) && !lex.pronouns.has(v.lower(end - 1))) end -= 3
    else break
  }
  // Leading adverbs, dates and prepositional phrases ("В понедельник", "Ранее", "22 февраля") are not the source.
  for (;;) {
    if (start >= end) return null
    const w = v.lower(start)
    if (lex.adverbs.has(w) || lex.particles.has(w)) start++
    else if (/^\d/.test(w)) start += Math.min(2, end - start)
    // A preposition takes the word after it, unless that word is a role ("Накануне губернатор …": an adverb then).
    else if (lex.prepositions.has(w)) start += start + 1 < end && lex.roleWords.has(v.lower(start + 1)) ? 1 : Math.min(2, end - start)
    else if (lex.thisPronoun.some((p) => p.length <= end - start && p.every((x, j) => v.lower(start + j) === x))) return null
    else break
  }
  return start < end ? [start, end] : null
}

/** Where a source written after its cue ends: at a clause mark, a complementizer or the sentence's end. */
function sourceAfter(v: TokenView, lex: SlavicLexicon, quotes: QuoteView, start: number, to: number): number {
  let end = start
  while (end < to && end - start < MAX_SOURCE_TOKENS) {
    // A title in quotation marks after a noun ("газета «Труд»") is part of the source.
    const title = end > start && v.isQuote(end) ? quotes.around(end) : undefined
    if (title && title.openToken === end && title.closeToken > end && title.closeToken - end <= 6) {
      end = title.closeToken + 1
      continue
    }
    if (v.isQuote(end) || v.isPunct(end)) break
    if (end > start && (lex.complementizers.has(v.lower(end)) || lex.sourceStops.has(v.lower(end)) || citingPhraseAt(v, lex, end, to) !== undefined)) break
    if (end === start && lex.sourceStops.has(v.lower(end))) return start
    end++
  }
  return end
}

/** "об этом заявил": the clause before the cue is "об этом" alone. */
function aboutThis(v: TokenView, lex: SlavicLexicon, from: number, cueStart: number): boolean {
  let k = cueStart
  while (k > from && (lex.particles.has(v.lower(k - 1)) || lex.adverbs.has(v.lower(k - 1)))) k--
  return lex.thisPronoun.some((p) => k - p.length >= from && p.every((x, j) => v.lower(k - p.length + j) === x))
}

/** The complementizer ("что", "що") opening the content after a cue: right after it, after a comma, or after an addressee ("сообщил журналистам, что"). */
function complementizerAfter(v: TokenView, lex: SlavicLexicon, start: number, to: number): number | undefined {
  for (let k = start; k < to && k < start + 6; k++) {
    if (lex.complementizers.has(v.lower(k))) return k
    if (v.isQuote(k) || v.isPunct(k, '.:;!?')) return undefined
  }
  return undefined
}

/** The quotation starting at `k` (its inside), else the rest of the sentence. */
function quotedOrRest(v: TokenView, quotes: QuoteView, k: number, to: number): [number, number] | undefined {
  if (k >= to) return undefined
  if (v.isQuote(k)) {
    const q = quotes.around(k)
    if (q && q.openToken === k && q.closeToken > k) {
      const rest = trimEnd(v, q.closeToken + 1, to)
      // The quotation is the whole content only when nothing but punctuation follows it.
      if (rest <= q.closeToken + 1) return [v.end(k), v.start(q.closeToken)]
    }
  }
  const end = trimEnd(v, k, to)
  return end > k ? charRange(v, k, end) : undefined
}

/** The end of the clause starting at `start`: the next clause mark or the sentence's end. */
function clauseEnd(v: TokenView, start: number, to: number): number {
  let k = start
  while (k < to && !v.isPunct(k) && !v.isQuote(k)) k++
  return k
}

/** The sentence without the cue phrase and its source [start, end): one or two character ranges. */
function around(v: TokenView, from: number, to: number, start: number, end: number): [number, number][] {
  const out: [number, number][] = []
  let leftEnd = start
  while (leftEnd > from && v.isPunct(leftEnd - 1, ',—–-')) leftEnd--
  if (leftEnd > from) out.push(charRange(v, from, leftEnd))
  let rightStart = end
  while (rightStart < to && v.isPunct(rightStart, ',—–-')) rightStart++
  const rightEnd = trimEnd(v, rightStart, to)
  if (rightEnd > rightStart) out.push(charRange(v, rightStart, rightEnd))
  return out
}

/** Token `to`, pulled back over the sentence's closing punctuation. */
function trimEnd(v: TokenView, from: number, to: number): number {
  let end = to
  while (end > from && (v.isPunct(end - 1, '.!?…;,:') || v.isPunct(end - 1, DASHES))) end--
  return end
}

function charRange(v: TokenView, from: number, to: number): [number, number] {
  return [v.start(from), v.end(to - 1)]
}

function kindOf(v: TokenView, content: [number, number][]): StatementKind {
  const text = content.map(([a, b]) => v.source.slice(a, b)).join(' ')
  return /[«»"“”„]/.test(text) ? 'mixed' : 'indirect'
}

/** The gender a past-tense cue's ending gives: "сказала" f, "сказал" m, "сказали" p; Ukrainian "сказав" m. */
function genderOf(v: TokenView, verb: Verb): { gender?: Gender } {
  const w = v.lower(verb.end - 1)
  if (/(ла|лась)$/.test(w)) return { gender: 'f' }
  if (/(ли|лись)$/.test(w)) return { gender: 'p' }
  if (/(л|лся)$/.test(w) || /в$/.test(w) || /вся$/.test(w)) return { gender: 'm' }
  return {}
}
