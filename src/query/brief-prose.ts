// The sentences of a brief, in the house style of the seed brief (../shared/seeds): a lead
// "Name, role, has said that …", reported speech "Surname noted that …", verbatim quotations, dated
// background "On Thursday 15 May, Name stated that …", events "On Friday 13 March, talks between …
// began in …", and the Source: line. Each form is one Wirewatch's own extractor reads back to the
// same statement, speaker, date and source: the brief round-trips.
//
// A statement's words are never paraphrased: its content spans are written as they were read, and
// only the frame around them (the speaker, the cue, the date) is Wirewatch's.

import { hasCyrillic } from '../text/transliterate.js'
import cues from '../lexicon/en/cues.json' with { type: 'json' }
import type { EventStatus, EventType, OutletKind, Statement } from '../core/records.js'

// ---------------------------------------------------------------------------------------------
// Dates

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** "2025-05-15" → "Thursday 15 May" (with the year when it is not `briefYear`'s). */
export function proseDate(date: string, briefDate?: string): string {
  const [y, m, d] = date.slice(0, 10).split('-').map(Number) as [number, number, number]
  const weekday = WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]!
  const year = briefDate && briefDate.slice(0, 4) === date.slice(0, 4) ? '' : ` ${y}`
  return `${weekday} ${d} ${MONTHS[m - 1]}${year}`
}

// ---------------------------------------------------------------------------------------------
// Cues: the statement's own verb, made finite and past ("saying" → "said", "also calls for" →
// "also called for"); "has said" for the lead when the content is a clause.

interface RawVerb {
  forms: string
  object?: boolean
}

/** Every form of a cue verb in the lexicon, lower case → its lemma, past form and whether it takes a listener. */
const VERB_FORMS: ReadonlyMap<string, { lemma: string; past: string; object: boolean; finite: boolean }> = (() => {
  const map = new Map<string, { lemma: string; past: string; object: boolean; finite: boolean }>()
  for (const verb of (cues as { verbs: RawVerb[] }).verbs) {
    const forms = verb.forms.split('|')
    const past = forms[2]!
    forms.forEach((form, n) => {
      // base | 3sg | past | -ing | participle: past and participle forms are already past.
      if (!map.has(form)) map.set(form, { lemma: forms[0]!, past, object: verb.object === true, finite: n === 2 || n >= 4 })
    })
  }
  return map
})()

const AUXILIARIES = new Set((cues as { auxiliaries: string[] }).auxiliaries)
const ADVERBS = new Set((cues as { adverbs: string[] }).adverbs)
/** Verbs whose content may be a clause without "that" ("said he would …"): the lead's "has said" fits them. */
const THAT_VERBS = new Set(['say', 'state', 'tell'])
/** Verbs that cannot stand without their listener ("told reporters that"; "warned that" can). */
const NEEDS_LISTENER = new Set(['tell', 'inform', 'assure', 'remind'])
const CLAUSE_VERBS = new Set(['say', 'state', 'tell', 'add', 'note', 'stress', 'claim', 'insist', 'declare', 'announce', 'confirm', 'warn', 'repeat', 'reiterate', 'explain', 'write'])

export interface CueForm {
  /** The cue as a finite verb phrase: "noted", "also stressed", "is expected"; "According to" for a prepositional cue. */
  verb: string
  /** "According to X, …": the source follows the cue. */
  prepositional: boolean
  /** A verb that reports a clause ("said", "noted"), so that "has said" may stand for it. */
  reports: boolean
  /** A verb of the cue lexicon (not one learned from data, which the extractor weighs by context). */
  known: boolean
  /** "said", "stated", "told": a clause after it may take "that". */
  takesThat: boolean
}

/** How to write a statement's cue: its own words, finite and in the past. */
export function cueForm(statement: Statement): CueForm {
  const raw = (statement.cue?.text ?? '').replace(/[\s:;,]+$/u, '').trim()
  const lower = raw.toLowerCase()
  if (lower === 'according to' || lower.startsWith('according to ')) return { verb: 'According to', prepositional: true, reports: true, known: true, takesThat: false }
  const words = raw.split(/\s+/u).filter(Boolean)
  if (words.length === 0) return { verb: 'said', prepositional: false, reports: true, known: true, takesThat: true }
  // The verb: the first word the cue lexicon knows that is not an auxiliary or adverb, else the last word.
  let at = words.findIndex((w) => !AUXILIARIES.has(w.toLowerCase()) && !ADVERBS.has(w.toLowerCase()) && VERB_FORMS.has(w.toLowerCase()))
  if (at < 0) at = words.findIndex((w) => !AUXILIARIES.has(w.toLowerCase()) && !ADVERBS.has(w.toLowerCase()))
  if (at < 0) return { verb: raw, prepositional: false, reports: false, known: false, takesThat: false }
  const verb = VERB_FORMS.get(words[at]!.toLowerCase())
  const auxiliary = words.slice(0, at).some((w) => AUXILIARIES.has(w.toLowerCase()))
  const out = [...words]
  if (verb && verb.object && NEEDS_LISTENER.has(verb.lemma) && !auxiliary) {
    // "told reporters that …": the listener is not in the content, so the verb that needs none.
    out[at] = 'said'
  } else if (verb && !verb.finite && !auxiliary) {
    out[at] = verb.past
  }
  // "has said", "have asked": a brief's dated narration is in the simple past ("said", "asked").
  if (verb && at === 1 && /^(?:has|have)$/iu.test(words[0]!)) {
    out.splice(0, 2, verb.past)
    return { verb: out.join(' '), prepositional: false, reports: CLAUSE_VERBS.has(verb.lemma), known: true, takesThat: THAT_VERBS.has(verb.lemma) }
  }
  const lemma = verb?.lemma ?? ''
  return { verb: out.join(' '), prepositional: false, reports: CLAUSE_VERBS.has(lemma) && !auxiliary, known: verb !== undefined, takesThat: THAT_VERBS.has(lemma) && !auxiliary }
}

// ---------------------------------------------------------------------------------------------
// Content

/** The statement's words as read, its spans joined in order. */
export function contentText(statement: Statement): string {
  return statement.content.map((c) => oneLine(c.text)).join(' … ')
}

const CLOSING_QUOTES = `"”»’'`
const TERMINAL = /[.!?…]["”»’']*$/u

/** A quotation that ends a sentence: a comma before its closing mark becomes a period ('…Russia,"' → '…Russia."'). */
export function endQuotation(text: string): string {
  const m = new RegExp(`,([${CLOSING_QUOTES}]+)$`, 'u').exec(text)
  if (m) return `${text.slice(0, m.index)}.${m[1]}`
  return text
}

/** Ends a sentence with a period unless it ends with a stop already (inside a closing quotation mark or not). */
export function endSentence(text: string): string {
  const t = text.replace(/[\s,;:]+$/u, '')
  return TERMINAL.test(t) ? t : `${t}.`
}

export function oneLine(text: string): string {
  return text.replace(/\s+/gu, ' ').trim()
}

/** Does the content open with a quotation mark: a direct quotation, or reported speech that begins with one? */
export function opensWithQuotation(text: string): boolean {
  return /^["“”«»„‘]/u.test(text)
}

// ---------------------------------------------------------------------------------------------
// Speakers

/** "Name, role," for an apposition; the role left out where it would not read as one. */
export function withRole(name: string, role: string | undefined): string {
  return role ? `${name}, ${role},` : name
}

/** A role that reads as an apposition: no comma, parenthesis or relative clause of its own, not the name again. */
export function usableRole(role: string | undefined, name: string): role is string {
  if (!role) return false
  // The frame is English: a role written in Russian or Ukrainian would not read in it.
  if (hasCyrillic(role)) return false
  if (/[,;:()"“”«»]/u.test(role)) return false
  if (/\b(?:who|which|that|whose|whom)\b/iu.test(role)) return false
  // "Its spokeswoman", "her deputy": a role that leans on a word before it.
  if (/^(?:its|his|her|their|our|my|your)\b/iu.test(role)) return false
  return !role.toLowerCase().includes(name.toLowerCase())
}

// ---------------------------------------------------------------------------------------------
// Statement sentences

export interface StatementFrame {
  /** How the speaker is named here: "Dmitry Peskov, spokesman for …," or "Peskov". */
  subject: string
  /** The name alone, where a role cannot stand ("…, according to Name"); default the subject. */
  name?: string
  /** "On Thursday 15 May" when the sentence gives its date. */
  when?: string
}

/**
 * Does the statement read as "Subject verb that …": a verb of the cue lexicon that reports a
 * clause, or any of its verbs before a that-clause? That is the seed's form, the one the extractor
 * reads after a bare last name ("Details: Peskov noted that …"); other verbs want the full name.
 */
export function readsAsClause(statement: Statement): boolean {
  const cue = cueForm(statement)
  if (cue.prepositional) return true
  const content = contentText(statement)
  return cue.known && (/^that\b/iu.test(content) || (cue.takesThat && startsClause(content)))
}

/** Content that "that" may introduce: it starts with a word, not a quotation, a colon or an infinitive. */
function startsClause(content: string): boolean {
  return /^\p{L}/u.test(content) && !/^to\b/iu.test(content) && !/^[^"“”«»]*:/u.test(content.slice(0, 40))
}

/**
 * "that " before a clause "said" (or "stated", "told") introduces, unless it has its own: "said
 * about forty ships …" would read "about" as the start of an adjunct, "said that about forty …" does
 * not. Other verbs take objects as readily as clauses ("repeated a demand"), so they get none.
 */
function complementiser(cue: CueForm, content: string): string {
  return cue.takesThat && startsClause(content) && !/^that\b/iu.test(content) ? 'that ' : ''
}

/**
 * Reported speech: "[On DATE, ]Subject cue [that ]content." — or, for a prepositional cue,
 * "According to Subject, content." (or "Content, according to Name[ on DATE]." where the content
 * opened its sentence). The content is the statement's own, as read; "that" and the frame are
 * the brief's.
 */
export function reportedSentence(statement: Statement, frame: StatementFrame, options: { lead?: boolean } = {}): string {
  const cue = cueForm(statement)
  const content = contentText(statement)
  const lead = frame.when ? `${frame.when}, ` : ''
  // Words in another language are quoted as written, in an English frame: "X said: «…»."
  if (isForeign(statement)) return `${lead}${frame.subject} ${options.lead ? 'has said' : 'said'}: ${endSentence(foreignQuotation(content))}`
  const name = frame.name ?? frame.subject.replace(/,$/u, '')
  if (cue.prepositional) {
    // Content that opened its sentence comes first, as it was written; a date goes after the source.
    if (/^\p{Lu}/u.test(content)) return endSentence(`${content}, according to ${name}${frame.when ? ` ${lowerOn(frame.when)}` : ''}`)
    if (!lead) return endSentence(`According to ${name}, ${content}`)
    // A date before "According to X," would be read as what X said: "On Friday, X said that …".
    return endSentence(`${lead}${frame.subject} said ${complementiser({ ...cue, takesThat: true }, content)}${content}`)
  }
  // The lead's "has said" stands for any verb that reports a clause; other verbs keep their own words
  // ("described it as …", "is expected to …").
  const verb = options.lead && (cue.reports || /^that\b/iu.test(content)) ? 'has said' : cue.verb
  return endSentence(`${lead}${frame.subject} ${verb} ${complementiser(cue, content)}${content}`)
}

/** A statement read from Russian or Ukrainian text (its cue is in Cyrillic): its words stay as written. */
export function isForeign(statement: Statement): boolean {
  return hasCyrillic(statement.cue?.text ?? '')
}

/** Content in another language as a quotation: in guillemets unless it is quoted already. */
function foreignQuotation(content: string): string {
  return opensWithQuotation(content) ? content : `«${content}»`
}

/**
 * A direct quotation with its speaker: '[On DATE, ]Subject said: "…".' for one span; for a quotation
 * split by its cue, '"A," Subject said[ on DATE]. "B."' as it was written.
 */
export function quotedSentence(statement: Statement, frame: StatementFrame): string {
  const cue = cueForm(statement)
  const verb = cue.prepositional || !cue.reports ? 'said' : cue.verb
  const spans = statement.content.map((c) => oneLine(c.text))
  if (spans.length === 1) {
    const lead = frame.when ? `${frame.when}, ` : ''
    return `${lead}${frame.subject} ${verb}: ${endSentence(endQuotation(spans[0]!))}`
  }
  const [first, ...rest] = spans
  const when = frame.when ? ` ${lowerOn(frame.when)}` : ''
  return [`${commaQuotation(first!)} ${frame.subject.replace(/,$/u, '')} ${verb}${when}.`, ...rest.map((s, n) => (n === rest.length - 1 ? endSentence(endQuotation(s)) : s))].join(' ')
}

/** A quotation with no speaker beside it, for a Quote: block: the quotation as read, ended as a sentence. */
export function quoteBlock(statement: Statement, subject: string): string {
  const spans = statement.content.map((c) => oneLine(c.text))
  if (spans.length === 1) return endSentence(endQuotation(spans[0]!))
  // Words in another language keep their own marks around each piece: «A», Corvish said. «B».
  if (isForeign(statement)) return `«${spans[0]}», ${subject} said. ${spans.slice(1).map((x) => endSentence(`«${x}»`)).join(' ')}`
  // A quotation split by its cue keeps the cue: '"A," Varga said. "B."'
  return quotedSentence(statement, { subject })
}

/** '"…."' → '"…,"': a quotation that a cue follows ends with a comma. */
function commaQuotation(text: string): string {
  const m = new RegExp(`[.,]?([${CLOSING_QUOTES}]+)$`, 'u').exec(text)
  if (m && !/[!?…]/u.test(text.slice(Math.max(0, m.index - 1), m.index))) return `${text.slice(0, m.index)},${m[1]}`
  return text
}

function lowerOn(when: string): string {
  return when.replace(/^On /u, 'on ')
}

function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

// ---------------------------------------------------------------------------------------------
// Events

const EVENT_NOUNS: Record<EventType, { phrase: string; plural: boolean }> = {
  meeting: { phrase: 'a meeting', plural: false },
  talks: { phrase: 'talks', plural: true },
  negotiations: { phrase: 'negotiations', plural: true },
  call: { phrase: 'a telephone call', plural: false },
  visit: { phrase: 'a visit', plural: false },
  summit: { phrase: 'a summit', plural: false },
}

/** The statuses a brief tells of: what happened, or is scheduled for a date. */
export function tellsOf(status: EventStatus, date: string | undefined): boolean {
  return status === 'began' || status === 'held' || status === 'ended' || status === 'cancelled' || (status === 'planned' && date !== undefined)
}

/** "On Friday 13 March, talks between Valdoria, Kestrania and Telvaria began in Port Meren." */
export function eventSentence(
  event: { type: EventType; status: EventStatus; date?: string },
  participants: readonly string[],
  place: string | undefined,
  briefDate: string | undefined,
): string {
  const noun = EVENT_NOUNS[event.type]
  const between = participants.length >= 2 ? ` between ${list(participants)}` : participants.length === 1 ? ` with ${participants[0]}` : ''
  const where = place ? ` in ${place}` : ''
  const be = noun.plural ? 'were' : 'was'
  const when = event.date ? proseDate(event.date, briefDate) : undefined
  if (event.status === 'planned') {
    const subject = `${noun.phrase}${between}`
    return `${cap(subject)} ${noun.plural ? 'are' : 'is'} scheduled for ${when}${where}.`
  }
  const verb = event.status === 'began' ? 'began' : event.status === 'ended' ? 'ended' : event.status === 'held' ? `${be} held` : `${be} cancelled`
  const subject = `${noun.phrase}${between}`
  return when ? `On ${when}, ${subject} ${verb}${where}.` : `${cap(subject)} ${verb}${where}.`
}

function list(names: readonly string[]): string {
  return names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`
}

// ---------------------------------------------------------------------------------------------
// The Source: line

export interface SourceSegment {
  name: string
  kind?: OutletKind
  descriptor?: string
  translation?: string
  medium?: string
  /** Whose words the medium carried ("video comments by Peskov"). */
  by?: string
}

const KIND_NOUNS: Record<OutletKind, [string, string]> = {
  'news agency': ['news agency', 'news agencies'],
  newspaper: ['newspaper', 'newspapers'],
  broadcaster: ['broadcaster', 'broadcasters'],
  website: ['website', 'websites'],
  'telegram channel': ['Telegram channel', 'Telegram channels'],
}

/**
 * "Kremlin-aligned news agencies RIA Novosti; TASS; Telegram channel Vy slushali maiak (You Listened
 * to the Lighthouse), publishing video comments by Peskov": outlets of one kind and descriptor share
 * one type noun, as the seed writes them. Outlets of no known kind come first, since a segment
 * without a type noun takes the one before it.
 */
export function sourceLine(segments: readonly SourceSegment[]): string {
  const untyped = segments.filter((s) => !s.kind)
  const groups: { kind: OutletKind; descriptor?: string; members: SourceSegment[] }[] = []
  for (const s of segments) {
    if (!s.kind) continue
    const group = groups.find((g) => g.kind === s.kind && g.descriptor === s.descriptor)
    if (group) group.members.push(s)
    else groups.push({ kind: s.kind, ...(s.descriptor ? { descriptor: s.descriptor } : {}), members: [s] })
  }
  const parts = untyped.map(segmentText)
  for (const g of groups) {
    const noun = KIND_NOUNS[g.kind][g.members.length > 1 ? 1 : 0]
    g.members.forEach((m, n) => parts.push(n === 0 ? `${g.descriptor ? `${g.descriptor} ` : ''}${noun} ${segmentText(m)}` : segmentText(m)))
  }
  return parts.join('; ')
}

function segmentText(s: SourceSegment): string {
  const translation = s.translation ? ` (${s.translation})` : ''
  // "publishing video comments by Peskov" — unless the medium names them already ("an interview with Danecki").
  const by = s.by && !new RegExp(`\\b${escapeRegExp(s.by)}\\b`, 'iu').test(s.medium ?? '') ? ` by ${s.by}` : ''
  const medium = s.medium ? `, publishing ${s.medium}${by}` : ''
  return `${s.name}${translation}${medium}`
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')
}
