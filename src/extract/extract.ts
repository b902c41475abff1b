import { lowerBound } from '../core/bisect.js'
import { isIsoDate } from '../core/iso-date.js'
import { documentId, entityId } from '../core/ids.js'
import type { Diagnostic, Document, Entity, Span, Statement } from '../core/records.js'
import { span, trimRange } from '../core/span.js'
import { englishCalendar } from '../lexicon/calendar.js'
import { englishCueCandidates } from '../lexicon/cues.js'
import { englishCueClassifier } from './cue-classifier.js'
import { englishNames, namesWithOutlets } from '../lexicon/names.js'
import { type OutletRegistry, shippedOutletRegistry } from '../lexicon/outlet-registry.js'
import { SUPPORTED_LANGUAGES, identifyLanguage, isSupportedLanguage } from '../text/language.js'
import { TokenKind, tokenAt } from '../text/tokenizer.js'
import { analyse, type Analysis, isCapitalized } from './analysis.js'
import { type Attribution, findAttributions, kindOf } from './attribution.js'
import { type BriefLayout, readBriefLayout } from './brief.js'
import { findDateMentions } from './dates.js'
import { findNames, type NameFindings } from './entities.js'
import { eventLookup, findEvents } from './events.js'
import { findProvenance, forwardingOutlets } from './provenance.js'
import { readSourceLine } from './sources.js'
import { type ResolvedSpeaker, resolveSpeakers } from './speakers.js'
import { stanceOfWords } from './stance.js'
import { extractSlavic } from './slavic/extract.js'

export interface ExtractOptions {
  /** Publication date (YYYY-MM-DD): the reference for relative dates. A brief's header wins over nothing, not over this. */
  date?: string
  /**
   * ISO 639-1 language of the text. Default: identified from the text (text/language.ts). A
   * language Wirewatch has no rules for (any but en, ru, uk) gets a diagnostic and nothing else.
   */
  lang?: string
  /** The language the input declares (an HTML lang attribute, a feed's): used only when the text itself does not tell. */
  declaredLang?: string
  /** The outlets to recognise (loadOutletRegistry(path) for a user file). Default: the shipped registry. */
  outlets?: OutletRegistry
  /** A Telegram post's forwarding chain (names, outer first): outlets every statement came through. */
  forwardedFrom?: readonly string[]
}


/**
 * Extracts attributed statements, speakers, entities and cited sources from a news text or brief.
 * Pure: no I/O, deterministic; every span points into `text`.
 */
export function extract(text: string, options: ExtractOptions = {}): Document {
  if (typeof text !== 'string') throw new TypeError('extract: text must be a string')
  if (options.date !== undefined && !isIsoDate(options.date)) {
    throw new RangeError(`extract: date must be YYYY-MM-DD (or an ISO date-time), got "${options.date}"`)
  }
  const registry = options.outlets ?? shippedOutletRegistry
  if (!(registry.byName instanceof Map)) throw new TypeError('extract: outlets must be an outlet registry (see loadOutletRegistry)')
  if (options.forwardedFrom !== undefined && (!Array.isArray(options.forwardedFrom) || options.forwardedFrom.some((x) => typeof x !== 'string'))) {
    throw new TypeError('extract: forwardedFrom must be an array of outlet names')
  }
  const lang = options.lang ?? languageOf(text, options.declaredLang)
  if (!isSupportedLanguage(lang)) return unsupportedLanguage(text, lang)
  const layout = readBriefLayout(text)
  // A brief's frame is English whatever the language of the quotes it carries.
  if ((lang === 'ru' || lang === 'uk') && !layout) return extractSlavic(text, { lang, outlets: registry, ...(options.date ? { date: options.date } : {}) })
  const lex = namesWithOutlets(registry)
  const date = options.date ?? layout?.date
  const a = analyse(text, sentenceBreaks(text, layout))
  const names = findNames(a, lex)
  const found = trimNestedContent(a, findAttributions(a, englishCueCandidates, englishCueClassifier).filter((at) => !inSourceLine(a, at, layout)))
  const { attributions, speakers } = dropRestatements(a, found, resolveSpeakers(a, lex, names, found))

  const entityIds = names.clusters.map((c) => entityId(c.type, c.name))
  const entities = buildEntities(a, names, entityIds)
  const sourceLine = layout?.sourceLine ? readSourceLine(text, layout.sourceLine, lex) : null
  for (const outlet of sourceLine?.outlets ?? []) mergeEntity(entities, outlet)
  // How statements reached us: the Source: line, a forwarding chain, and what each statement's sentence says.
  const forwarded = options.forwardedFrom?.length ? forwardingOutlets(options.forwardedFrom, registry) : []
  for (const outlet of forwarded) mergeEntity(entities, outlet)
  const via = [...new Set([...(sourceLine?.citations.map((c) => c.outlet) ?? []), ...forwarded.map((o) => o.id)])]
  const provenance = findProvenance(a, attributions, speakers, names, entityIds, registry)
  for (const outlet of provenance.outlets) mergeEntity(entities, outlet)

  const statements: Statement[] = attributions.map((at, n) =>
    statementOf(a, at, speakers[n]!, entityIds, names, date, lang, viaOf(via, provenance.via[n]!), provenance.media[n]),
  )
  if (layout) statements.push(...quoteBlockStatements(text, a, layout, statements, date, via, lang))
  statements.sort((x, y) => firstOffset(x) - firstOffset(y))
  // Statement ids are global: "<document id>:s<n>", so a store or an API can use them as they are.
  const id = documentId(text)
  statements.forEach((s, k) => (s.id = `${id}:s${k + 1}`))
  // Events ("<document id>:e<n>"), and the event each statement concerns.
  const eventFindings = findEvents(a, names, entityIds, { docId: id, ...(date ? { date } : {}), lang, contents: statements.flatMap((s) => s.content) }, { names: lex })
  for (const place of eventFindings.entities) mergeEntity(entities, place)
  const eventOf = eventLookup(eventFindings.events)
  for (const s of statements) {
    const event = eventOf(s.content)
    if (event) s.event = event
  }

  const diagnostics: Diagnostic[] = unclosedQuotations(a)
  return {
    id,
    ...(date ? { date } : {}),
    lang,
    text,
    sources: sourceLine?.citations ?? [],
    entities: [...entities.values()],
    statements,
    events: eventFindings.events,
    diagnostics,
  }
}

/** The text's language, or the declared one when the text does not tell (no letters, or too few). */
function languageOf(text: string, declared: string | undefined): string {
  const found = identifyLanguage(text).lang
  return found === 'und' && declared ? declared : found
}

/** A text in a language without rules: its id, its text and one diagnostic; no English rule runs over it. */
function unsupportedLanguage(text: string, lang: string): Document {
  const [start, end] = trimRange(text, 0, text.length)
  return {
    id: documentId(text),
    lang,
    text,
    sources: [],
    entities: [],
    statements: [],
    events: [],
    diagnostics: [
      {
        rule: 'language-unsupported',
        severity: 'warning',
        message: `The text is ${lang === 'und' ? 'in no language that could be told' : `in "${lang}"`}: Wirewatch has rules for ${SUPPORTED_LANGUAGES.join(', ')} only, so nothing was extracted.`,
        span: span(text, start, end),
      },
    ],
  }
}

// "PORT MEREN — …", "WASHINGTON (AP) — …": a wire dateline opening a paragraph is not part of its first sentence.
const DATELINE = /(?:^|\n)[ \t]*(?:\p{Lu}[\p{Lu}.'’-]*(?:[ ,]+\p{Lu}[\p{Lu}.'’-]*)*)(?:,? [\p{L}.]+ \d{1,2})?(?: \([^()\n]{1,40}\))?[ \t]*[—–-]+[ \t]*/gu

/** Offsets where a sentence must start whatever the punctuation: after a brief's header or a dateline. */
function sentenceBreaks(text: string, layout: BriefLayout | null): number[] {
  const breaks: number[] = layout?.bodyStart ? [layout.bodyStart] : []
  for (const m of text.matchAll(DATELINE)) breaks.push(m.index + m[0].length)
  return breaks.sort((x, y) => x - y)
}

function inSourceLine(a: Analysis, at: Attribution, layout: BriefLayout | null): boolean {
  const line = layout?.sourceLine
  if (!line) return false
  const offset = a.tokens.starts[at.cue.head]!
  return offset >= line[0] && offset < line[1]
}

/**
 * 'X noted that A: "B," he said.' — the forward content of "noted" would swallow the quoted
 * statement that follows; it ends where a statement attributed after its content begins.
 * Linear in the attributions (after a sort): the statements that may end another's content are
 * found by binary search on their offsets, not by a scan of all of them for each.
 */
function trimNestedContent(a: Analysis, attributions: Attribution[]): Attribution[] {
  // Statements whose content comes before their source ('"B," he said'), by where that content starts.
  const backward = byOffset(
    attributions.filter((inner) => inner.source && (inner.content[0]![1] <= a.tokens.starts[inner.source[0]]! || inner.sourceAfterCue)),
    (inner) => inner.content[0]![0],
  )
  // "X said A, saying B" and "X said A and warned B": cues after a comma, "and" or "but", by where the cue starts.
  const siblings = byOffset(
    attributions.filter((sibling) => {
      const before = a.lower[sibling.cue.start - 1]
      return before === ',' || before === 'and' || before === 'but'
    }),
    (sibling) => a.tokens.starts[sibling.cue.start]!,
  )
  for (const outer of attributions) {
    if (outer.content.length !== 1 || outer.sourceAfterCue) continue
    const range = outer.content[0]!
    const end = range[1]
    // The earliest such statement starting inside the content ends it.
    const inner = firstInside(backward, range[0], range[1], outer)
    if (inner) range[1] = inner.content[0]![0]
    // A sibling cue ends the content before it (and before a comma ahead of its "and").
    const sibling = firstInside(siblings, range[0], range[1], outer)
    if (sibling) {
      let cut = sibling.cue.start - 1
      if (a.lower[cut] !== ',' && a.lower[cut - 1] === ',') cut--
      range[1] = Math.min(range[1], a.tokens.starts[cut]!)
    }
    if (range[1] !== end) outer.kind = kindOf(a, outer.content)
  }
  return attributions.filter((at) => at.content.every(([s, e]) => e > s))
}

interface ByOffset<T> {
  items: T[]
  offsets: number[]
}

function byOffset<T>(items: T[], offsetOf: (item: T) => number): ByOffset<T> {
  const sorted = items.map((item, n) => ({ item, at: offsetOf(item), n })).sort((x, y) => x.at - y.at || x.n - y.n)
  return { items: sorted.map((x) => x.item), offsets: sorted.map((x) => x.at) }
}

/** The first item (by offset) strictly inside (from, to), other than `self`. */
function firstInside<T>(list: ByOffset<T>, from: number, to: number, self: T): T | undefined {
  for (let k = lowerBound(list.offsets, from + 1); k < list.offsets.length && list.offsets[k]! < to; k++) {
    if (list.items[k] !== self) return list.items[k]
  }
  return undefined
}

/**
 * "Rubio said he does not believe that …" is one statement, not two: an attribution inside another's
 * content, by the same speaker, restates it and is dropped.
 */
function dropRestatements(a: Analysis, attributions: Attribution[], speakers: ResolvedSpeaker[]): { attributions: Attribution[]; speakers: ResolvedSpeaker[] } {
  // The statements whose content pieces start at each offset.
  const byContentStart = new Map<number, number[]>()
  attributions.forEach((outer, m) => {
    for (const [os] of outer.content) {
      const list = byContentStart.get(os)
      if (list) list.push(m)
      else byContentStart.set(os, [m])
    }
  })
  const keep = attributions.map((inner, n) => {
    const who = speakers[n]!.entity
    if (who < 0 || !inner.source || inner.source[1] - inner.source[0] !== 1) return true
    // The outer content opens with the inner source: "said [he] does not believe …".
    const outers = byContentStart.get(a.tokens.starts[inner.source[0]]!) ?? []
    return !outers.some((m) => m !== n && speakers[m]!.entity === who)
  })
  return { attributions: attributions.filter((_, n) => keep[n]), speakers: speakers.filter((_, n) => keep[n]) }
}

function statementOf(
  a: Analysis,
  at: Attribution,
  speaker: ResolvedSpeaker,
  entityIds: string[],
  names: NameFindings,
  docDate: string | undefined,
  lang: string,
  via: string[],
  medium?: string,
): Statement {
  const text = a.text
  const content = at.content.map(([s, e]) => span(text, ...trimmed(text, s, e)))
  // A source keeps the comma that closes its apposition, as annotators mark it.
  const mentions: Span[] = at.source ? [span(text, a.tokens.starts[at.source[0]]!, a.tokens.ends[at.source[1] - 1]!)] : []
  const cue = span(text, a.tokens.starts[at.cue.start]!, a.tokens.ends[at.cue.end - 1]!)
  const speakerEntity = speaker.entity >= 0 ? entityIds[speaker.entity] : undefined
  const when = statementDate(a, at, content, docDate, lang)
  const stance = stanceOfRanges(a, at.content, [at.cue.start, at.cue.end], lang)
  return {
    id: '',
    kind: at.kind,
    speaker: {
      name: speaker.name,
      ...(speakerEntity ? { entity: speakerEntity } : {}),
      ...(speaker.role ? { role: speaker.role } : {}),
      mentions,
    },
    cue,
    content,
    ...(when ? when : {}),
    via,
    ...(medium ? { medium } : {}),
    about: aboutEntities(a, names, entityIds, at.content, speakerEntity),
    ...(stance ? { stance } : {}),
    confidence: confidenceOf(at, speaker),
  }
}

/**
 * The stance of a statement (stance.ts), read in place from the document's lower-case tokens: the
 * token ranges of its content (character ranges here) and its cue's token range.
 */
function stanceOfRanges(a: Analysis, content: readonly (readonly [number, number])[], cue: readonly [number, number] | null, lang: string) {
  const ranges: number[] = []
  for (const [s, e] of content) {
    let to = tokenAt(a.tokens, e)
    if (to < a.tokens.count && a.tokens.starts[to]! < e) to++
    ranges.push(tokenAt(a.tokens, s), to)
  }
  return stanceOfWords(a.lower, cue ? a.lower.slice(cue[0], cue[1]) : null, lang, { ranges, capitalised: (k) => isCapitalized(a, k) })
}

/** The document's channels (Source: line, forwarding) first, then those the statement's sentence names. */
function viaOf(base: string[], found: string[]): string[] {
  // Statements that name no channel of their own share the document's list, as they always have.
  if (found.length === 0) return base
  return [...new Set([...base, ...found])]
}

function trimmed(text: string, s: number, e: number): [number, number] {
  while (s < e && /\s/.test(text[s]!)) s++
  while (e > s && /[\s,;:]/.test(text[e - 1]!)) e--
  return [s, e]
}

/** The date written in the statement's sentence outside its content ("On Thursday 15 May, X said"), else the document date. */
function statementDate(
  a: Analysis,
  at: Attribution,
  content: Span[],
  docDate: string | undefined,
  lang: string,
): { date: string; dateUncertain?: true } | undefined {
  const sentence = a.sentences.ofToken[at.cue.head]!
  let from = a.tokens.starts[a.sentences.starts[sentence]!]!
  const to = a.tokens.ends[a.sentences.ends[sentence]! - 1]!
  // Only the parts of the sentence outside the content say when it was said.
  for (const c of [...content.filter((c) => c.end > from && c.start < to), { start: to, end: to }]) {
    if (c.start > from && mayHoldDate(a, from, c.start, docDate !== undefined)) {
      const m = findDateMentions(a.text, from, c.start, docDate, lang)[0]
      if (m) return m.certain ? { date: m.date } : { date: m.date, dateUncertain: true }
    }
    from = Math.max(from, c.end)
  }
  return docDate ? { date: docDate.slice(0, 10) } : undefined
}

const DATE_WORDS = new Set([...[...englishCalendar.dateWords].filter((w) => !englishCalendar.commonWords.has(w)), ...englishCalendar.relativeDays, 'ago', 'week', 'month', 'year', 'weekend'])
/** Month and weekday names that are also common words count only when capitalised. */
const CAPITALISED_DATE_WORDS = englishCalendar.commonWords
const NUMERIC_DATE = /\d[./-]\d/
const YEAR = /(?<!\d)\d{4}(?!\d)/

/**
 * A cheap test before the date parser: a month, weekday or relative word, or a numeric date.
 * Without a reference date only a date that states its year can resolve, so a year is required.
 */
function mayHoldDate(a: Analysis, from: number, to: number, hasReference: boolean): boolean {
  if (!hasReference && !YEAR.test(a.text.slice(from, to))) return false
  for (let k = tokenAt(a.tokens, from); k < a.tokens.count && a.tokens.starts[k]! < to; k++) {
    const w = a.lower[k]!
    if (DATE_WORDS.has(w) || (CAPITALISED_DATE_WORDS.has(w) && isCapitalized(a, k))) return true
    if (a.tokens.kinds[k] === TokenKind.Number && NUMERIC_DATE.test(a.text.slice(a.tokens.starts[k]!, a.tokens.ends[k + 1] ?? a.tokens.ends[k]!))) return true
  }
  // Russian and Ukrainian are left to the date finder's own trigger test.
  return a.lower.length > 0 && !/^[\x00-\x7f]*$/.test(a.text.slice(from, to))
}

function aboutEntities(a: Analysis, names: NameFindings, entityIds: string[], content: [number, number][], speaker: string | undefined): string[] {
  const about = new Set<string>()
  for (const [s, e] of content) {
    for (let k = tokenAt(a.tokens, s); k < a.tokens.count && a.tokens.starts[k]! < e; k++) {
      const m = names.ofToken[k]!
      if (m < 0 || names.mentions[m]!.start !== k) continue
      const id = entityIds[names.mentions[m]!.entity]!
      if (id !== speaker) about.add(id)
    }
  }
  return [...about]
}

function confidenceOf(at: Attribution, speaker: ResolvedSpeaker): number {
  let c = at.cue.kind === 'speech' ? 0.8 : 0.6
  if (at.kind === 'direct') c += 0.1
  if (speaker.name === null) c -= 0.2
  return Math.round(Math.max(0.1, Math.min(1, c)) * 100) / 100
}

/** A bare `Quote:` block is a direct statement of the brief's main speaker, with no cue. */
function quoteBlockStatements(text: string, a: Analysis, layout: BriefLayout, found: Statement[], date: string | undefined, via: string[], lang = 'en'): Statement[] {
  const lead = found.filter((s) => s.speaker.name !== null).sort((x, y) => firstOffset(x) - firstOffset(y))[0]
  const out: Statement[] = []
  // Sorted starts, so that each block asks by bisection whether a statement or a quotation starts inside it.
  const contentStarts = found.flatMap((s) => s.content.map((c) => c.start)).sort((x, y) => x - y)
  const quotes = byOffset(a.quotes.list, (q) => q.start)
  for (const [start, end] of layout.quoteBlocks) {
    if (start >= end) continue
    const k = lowerBound(contentStarts, start)
    if (k < contentStarts.length && contentStarts[k]! < end) continue
    const q = lowerBound(quotes.offsets, start)
    const quote = q < quotes.offsets.length && quotes.offsets[q]! < end ? quotes.items[q] : undefined
    const contentEnd = quote ? Math.max(quote.end, end) : end
    const stance = stanceOfRanges(a, [[start, Math.min(contentEnd, end)]], null, lang)
    out.push({
      id: '',
      kind: 'direct',
      speaker: lead
        ? { name: lead.speaker.name, ...(lead.speaker.entity ? { entity: lead.speaker.entity } : {}), ...(lead.speaker.role ? { role: lead.speaker.role } : {}), mentions: [] }
        : { name: null, mentions: [] },
      cue: null,
      content: [span(text, start, Math.min(contentEnd, end))],
      ...(date ? { date: date.slice(0, 10) } : {}),
      via,
      about: [],
      ...(stance ? { stance } : {}),
      confidence: lead ? 0.7 : 0.3,
    })
  }
  return out
}

function firstOffset(s: Statement): number {
  return Math.min(s.cue?.start ?? Infinity, ...s.content.map((c) => c.start))
}

/** In-document entities from the name clusters; aliases hold every form seen, with and without title. */
function buildEntities(a: Analysis, names: NameFindings, ids: string[]): Map<string, Entity> {
  const entities = new Map<string, Entity>()
  names.clusters.forEach((c, index) => {
    const aliases = new Set<string>(c.forms)
    const mentions: Span[] = []
    for (const m of c.mentions) {
      const from = a.tokens.starts[m.titleStart]!
      const to = a.tokens.ends[m.end - 1]!
      if (m.titleStart < m.start) aliases.add(a.text.slice(from, to))
      mentions.push(span(a.text, a.tokens.starts[m.start]!, to))
    }
    const outlet = c.outlet
    mergeEntity(entities, {
      id: ids[index]!,
      type: c.type,
      name: c.name,
      aliases: [c.name, ...[...aliases].filter((x) => x !== c.name)],
      roles: [...c.roles],
      ...(outlet ? { kind: outlet.kind, ...(outlet.labels ? { labels: [...outlet.labels] } : {}) } : {}),
      mentions,
    })
  })
  return entities
}

function mergeEntity(entities: Map<string, Entity>, e: Entity): void {
  const existing = entities.get(e.id)
  if (!existing) {
    entities.set(e.id, e)
    return
  }
  existing.aliases = [...new Set([...existing.aliases, ...e.aliases])]
  existing.mentions.push(...e.mentions)
  if (e.kind && !existing.kind) existing.kind = e.kind
  if (e.labels) existing.labels = [...new Set([...(existing.labels ?? []), ...e.labels])]
  if (e.translation && !existing.translation) existing.translation = e.translation
}

function unclosedQuotations(a: Analysis): Diagnostic[] {
  return a.quotes.list
    .filter((q) => q.closeToken === -1)
    .map((q) => ({
      rule: 'quote-unclosed',
      severity: 'info' as const,
      message: 'A quotation opens here and is not closed before its paragraph ends.',
      span: span(a.text, q.start, q.end),
    }))
}
