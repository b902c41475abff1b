// Briefs: the store's statements written back out in the house style of the seed brief
// (../shared/seeds): a dated lead naming the speaker and role, a Source: line, Details: in reported
// speech, Quote: blocks verbatim, and dated background — what others said about the same events,
// and which of those events happened. Every sentence names the statements (and events) it came
// from, so that a reader can check it; and every sentence is one that Wirewatch's own extractor
// reads back to the same statement, speaker, date and source (see brief.test.ts).
//
//   buildBrief(store, { speaker: 'Peskov' })            the speaker's latest day
//   buildBrief(store, { speaker: 'Peskov', on: '2025-05-16' })
//   buildBrief(store, { event: 'event:…' })               the event, from its latest statements
//   buildBrief(store, { doc: '1f2eece8fa9ed85a' })        one stored document
//
// formatBrief (./brief-format.ts) writes the model as txt, md or html.

import { WirewatchError } from '../core/errors.js'
import type { Document, Entity, EventStatus, EventType, OutletKind, Statement } from '../core/records.js'
import { nameKey } from '../store/names.js'
import type { SearchHit, Store, StoredDocument, StoredEvent } from '../store/store.js'
import {
  type SourceSegment,
  contentText,
  eventSentence,
  proseDate,
  isForeign,
  quoteBlock,
  quotedSentence,
  readsAsClause,
  reportedSentence,
  sourceLine,
  tellsOf,
  usableRole,
  withRole,
  cueForm,
  endQuotation,
  endSentence,
} from './brief-prose.js'
import { EnglishEntityNames, EntityNames, type EntityRef, type EventRef, candidatesFor, eventRef, inEnglish, isStrong, refOf } from './subject.js'
import { englishName } from '../text/english-name.js'

/** One sentence of a brief, with the statements (and events) it says. */
export interface BriefSentence {
  text: string
  /** Ids of the stored statements it says: several when outlets carried the same words, or when a
   *  statement stands inside another's words. */
  statements: string[]
  /** Ids of the events it tells of. */
  events?: string[]
  /** The date it gives or stands for, YYYY-MM-DD. */
  date?: string
  /** Details and quotes: their place among the paragraphs after the Source: line, from 0. */
  paragraph?: number
}

export interface BriefOutlet {
  id: string
  name: string
  kind?: OutletKind
  /** As the brief writes it: "Kremlin-aligned", "State-owned". */
  descriptor?: string
  /** The outlet's labels as the store knows them. */
  labels: string[]
  /** The name in translation: "You Listened to the Lighthouse". */
  translation?: string
  /** The form the words took through it: "video comments". */
  medium?: string
  /** The statements of the brief that came through it (published or carried). */
  statements: string[]
}

export type BriefSubject =
  | { type: 'speaker'; speaker: EntityRef }
  | { type: 'event'; event: EventRef }
  | { type: 'document'; document: { id: string; title?: string; date?: string; outlet?: string } }

export interface Brief {
  subject: BriefSubject
  /** The brief's date (YYYY-MM-DD): the day its main statements were made. */
  date?: string
  /** Whose statements the lead, Details and Quote: paragraphs give. */
  speaker: { id?: string; name: string; role?: string }
  lead: BriefSentence
  source: { text: string; outlets: BriefOutlet[]; medium?: string }
  details: BriefSentence[]
  quotes: BriefSentence[]
  background: BriefSentence[]
}

export interface BriefRequest {
  /** A person or organisation: a name, an alias, a last name or an entity id. */
  speaker?: string
  /** With speaker or event: the day (YYYY-MM-DD); default the latest day with statements. */
  on?: string
  /** An event id. */
  event?: string
  /** A stored document's id. */
  doc?: string
  /** How many statements by others the background gives at most (default 6; a document brief gives all of its own). */
  background?: number
}

export const BACKGROUND_LIMIT = 6
/**
 * A brief gives at most this many of its speaker's own statements, the first ones in the order they
 * were made (news puts what matters most first), and a document brief at most this many of others':
 * a document of 35,000 statements gets a brief, not a reprint, and writing it stays linear.
 */
export const OWN_LIMIT = 24
/** Events a brief tells of at most. */
const EVENT_LIMIT = 4
const PAGE = 1000

/** Builds the brief a request asks for; throws E_USAGE for a bad request and E_NOT_FOUND when there is nothing to brief. */
export async function buildBrief(store: Store, request: BriefRequest): Promise<Brief> {
  const given = (['speaker', 'event', 'doc'] as const).filter((k) => request[k] !== undefined && request[k]!.trim() !== '')
  if (given.length !== 1) throw new WirewatchError('E_USAGE', 'give one of a speaker, an event id or a document id to brief')
  if (request.on !== undefined && request.doc !== undefined) throw new WirewatchError('E_USAGE', 'a document brief has the document’s date; "on" goes with a speaker or an event')
  // Briefs are English: every name in their frame is written in Latin letters.
  const names = new EnglishEntityNames(store)
  const documents = new Documents(store)
  const limit = request.background ?? BACKGROUND_LIMIT
  let plan: Plan
  if (request.speaker !== undefined) plan = await speakerPlan(store, documents, names, request.speaker.trim(), request.on, limit)
  else if (request.event !== undefined) plan = await eventPlan(store, documents, names, request.event.trim(), request.on, limit)
  else plan = await documentPlan(documents, names, request.doc!.trim())
  return write(store, documents, names, plan)
}

/** The stored documents a brief reads, each read once: a document of tens of thousands of statements is read in full. */
class Documents {
  private readonly read = new Map<string, Promise<StoredDocument | undefined>>()

  constructor(private readonly store: Store) {}

  get(id: string): Promise<StoredDocument | undefined> {
    let stored = this.read.get(id)
    if (!stored) this.read.set(id, (stored = this.store.getDocument(id)))
    return stored
  }
}

// ---------------------------------------------------------------------------------------------
// Plans: which statements and events a brief gives

interface Plan {
  subject: BriefSubject
  date?: string
  speaker: { key: string; id?: string; name: string; type: Entity['type'] | 'group' }
  /** The speaker's statements of the day, in the order they were made. */
  main: SearchHit[]
  /** Others' statements (and the speaker's of other days), in date order. */
  background: SearchHit[]
  /** Events to tell of, with the status and date as known on the brief's date. */
  events: { id: string; type: EventType; status: EventStatus; date?: string; participants: string[]; place?: string }[]
}

async function speakerPlan(store: Store, documents: Documents, names: EntityNames, name: string, on: string | undefined, limit: number): Promise<Plan> {
  const candidates = await candidatesFor(store, name)
  const speakers = candidates.filter((c) => isStrong(c) && (c.stored.entity.type === 'person' || c.stored.entity.type === 'organization'))
  const chosen = speakers.find((c) => c.stored.statementCount > 0) ?? speakers[0]
  if (!chosen) {
    const guesses = candidates.slice(0, 3).map((c) => `${c.stored.entity.name} (${c.stored.entity.id})`)
    throw new WirewatchError('E_NOT_FOUND', `no person or organisation is stored under the name or id "${name}"${guesses.length ? ` (did you mean ${guesses.join(', ')}?)` : ''}`)
  }
  const entity = inEnglish(chosen.stored.entity)
  // The newest statement first (undated ones come last): its day is the brief's unless one is asked
  // for. Only that day's statements are read, not all of a speaker's tens of thousands.
  const newest = day((await store.search({ speaker: entity.id, limit: 1 }))[0]?.statement.date)
  if (newest === undefined) throw new WirewatchError('E_NOT_FOUND', `${entity.name} (${entity.id}) has no dated statement to brief`)
  const date = on ?? newest
  const main = (await everyStatement(store, { speaker: entity.id, from: date, to: date })).filter((h) => day(h.statement.date) === date)
  if (main.length === 0) {
    const first = day((await store.search({ speaker: entity.id, order: 'date', limit: 1 }))[0]!.statement.date)
    throw new WirewatchError('E_NOT_FOUND', `${entity.name} (${entity.id}) made no statement on ${date} (their statements run from ${first} to ${newest})`)
  }
  const speaker = { key: entity.id, id: entity.id, name: entity.name, type: entity.type }
  const ordered = inDocumentOrder(main)
  const { background, events } = await related(store, documents, ordered, [], speaker.key, date, limit)
  return { subject: { type: 'speaker', speaker: refOf(entity) }, date, speaker, main: ordered, background, events }
}

async function eventPlan(store: Store, documents: Documents, names: EntityNames, id: string, on: string | undefined, limit: number): Promise<Plan> {
  const stored = await store.getEvent(id)
  if (!stored) throw new WirewatchError('E_NOT_FOUND', `no event is stored under the id "${id}" (wirewatch event --list shows the stored events)`)
  const about = (await everyStatement(store, { event: id })).filter((h) => h.statement.date && h.statement.speaker.name !== null)
  if (about.length === 0) throw new WirewatchError('E_NOT_FOUND', `no dated statement with a known speaker concerns event ${id}: a brief is written from statements (wirewatch event ${id} shows what is known)`)
  const date = on ?? latestDay(about)
  const ofDay = inDocumentOrder(about.filter((h) => day(h.statement.date) === date))
  if (ofDay.length === 0) throw new WirewatchError('E_NOT_FOUND', `no statement about event ${id} was made on ${date}`)
  const lead = pickLead(ofDay)
  const key = speakerKey(lead.statement)
  const speaker = await speakerOf(names, lead.statement)
  // The speaker's statements of the day about the event, and those beside them in the same
  // documents that concern no event (a bare Quote: block concerns none).
  const leadDocuments = new Set(ofDay.filter((h) => speakerKey(h.statement) === key).map((h) => h.document.id))
  const theirs = await everyStatement(store, { speaker: lead.statement.speaker.entity ?? lead.statement.speaker.name!, from: date, to: date })
  const found = theirs.filter((h) => speakerKey(h.statement) === key && (h.statement.event === id || (!h.statement.event && leadDocuments.has(h.document.id))))
  const main = inDocumentOrder(found.length ? found : [lead])
  const { background, events } = await related(store, documents, main, [id], key, date, limit)
  return { subject: { type: 'event', event: await eventRef(stored.event, names) }, date, speaker, main, background, events }
}

async function documentPlan(documents: Documents, names: EntityNames, id: string): Promise<Plan> {
  const stored = await documents.get(id)
  if (!stored) throw new WirewatchError('E_NOT_FOUND', `no document is stored under the id "${id}"`)
  const doc = stored.document
  const hits = await documentHits(names, stored)
  const named = hits.filter((h) => h.statement.speaker.name !== null)
  if (named.length === 0) throw new WirewatchError('E_NOT_FOUND', `document ${id} has no statement with a known speaker to brief`)
  // The main speaker: who says most on the document's day; the first of them to speak on a tie. A
  // document that gives no statement its own date is briefed on the day of its first statement.
  const docDay = day(doc.date)
  const date = docDay !== undefined && named.some((h) => day(h.statement.date) === docDay) ? docDay : day(named[0]!.statement.date)
  const ofDay = named.filter((h) => day(h.statement.date) === date)
  const counts = new Map<string, number>()
  for (const h of ofDay) counts.set(speakerKey(h.statement), (counts.get(speakerKey(h.statement)) ?? 0) + 1)
  let top = 0
  for (const n of counts.values()) top = Math.max(top, n)
  const first = ofDay.find((h) => counts.get(speakerKey(h.statement)) === top)!
  const key = speakerKey(first.statement)
  const main = ofDay.filter((h) => speakerKey(h.statement) === key)
  const mainIds = new Set(main.map((h) => h.statement.id))
  const background = named.filter((h) => !mainIds.has(h.statement.id) && h.statement.date).slice(0, OWN_LIMIT)
  const events = []
  for (const e of doc.events) {
    if (tellsOf(e.status, e.date) && (e.participants.length > 0 || e.place)) events.push({ id: e.id, type: e.type, status: e.status, ...(e.date ? { date: e.date } : {}), participants: e.participants, ...(e.place ? { place: e.place } : {}) })
  }
  const outlet = doc.outlet ? await names.name(doc.outlet) : undefined
  return {
    subject: { type: 'document', document: { id: doc.id, ...(doc.title ? { title: doc.title } : {}), ...(doc.date ? { date: doc.date } : {}), ...(outlet ? { outlet } : {}) } },
    ...(date ? { date } : {}),
    speaker: await speakerOf(names, first.statement),
    main,
    background,
    events: events.slice(0, EVENT_LIMIT),
  }
}

/** A stored document's statements as search hits (its publisher named). */
async function documentHits(names: EntityNames, stored: StoredDocument): Promise<SearchHit[]> {
  const doc = stored.document
  const outlet = doc.outlet ? await names.name(doc.outlet) : undefined
  const document = { id: doc.id, ...(doc.title ? { title: doc.title } : {}), ...(doc.date ? { date: doc.date } : {}), lang: doc.lang, ...(doc.url ? { url: doc.url } : {}), ...(outlet ? { outlet } : {}), ...(doc.outlet ? { outletId: doc.outlet } : {}) }
  return doc.statements.map((statement) => ({ statement, document, score: 0 }))
}

/**
 * The background of a speaker's (or an event's) day: the events their statements concern and the
 * others their documents tell of, as known on that day; and what others said about those events
 * up to that day, the latest `limit` of it.
 */
async function related(
  store: Store,
  documents: Documents,
  main: readonly SearchHit[],
  subjectEvents: readonly string[],
  speaker: string,
  date: string,
  limit: number,
): Promise<Pick<Plan, 'background' | 'events'>> {
  const eventIds = new Set<string>(subjectEvents)
  for (const h of main) if (h.statement.event) eventIds.add(h.statement.event)
  for (const docId of new Set(main.map((h) => h.document.id))) {
    const doc = await documents.get(docId)
    for (const e of doc?.document.events ?? []) eventIds.add(e.id)
  }
  const seen = new Set(main.map((h) => h.statement.id))
  const others: SearchHit[] = []
  for (const id of eventIds) {
    for (const h of await everyStatement(store, { event: id, to: date })) {
      if (seen.has(h.statement.id) || !h.statement.date || h.statement.speaker.name === null || speakerKey(h.statement) === speaker) continue
      seen.add(h.statement.id)
      others.push(h)
    }
  }
  const background = inDateOrder(others).slice(-limit)
  const events: Plan['events'] = []
  for (const id of eventIds) {
    const stored = await store.getEvent(id)
    const known = stored && asKnownOn(stored, date)
    if (known && tellsOf(known.status, known.date) && (known.participants.length > 0 || known.place)) events.push(known)
    if (events.length >= EVENT_LIMIT) break
  }
  return { background, events }
}

/** An event's status and date as the reports up to `date` told them: the latest that said something. */
function asKnownOn(stored: StoredEvent, date: string): Plan['events'][number] | undefined {
  const e = stored.event
  const reports = stored.reports.filter((r) => r.documentDate !== undefined && r.documentDate.slice(0, 10) <= date && r.status !== 'unknown')
  const last = reports[reports.length - 1]
  if (!last) return undefined
  // The date it was told to have (or be due to have): the latest report's, else an earlier one's.
  const when = last.date ?? [...reports].reverse().find((r) => r.date)?.date
  const dated = when !== undefined && (when <= date || last.status === 'planned')
  return { id: e.id, type: e.type, status: last.status, ...(dated ? { date: when } : {}), participants: e.participants, ...(e.place ? { place: e.place } : {}) }
}

// ---------------------------------------------------------------------------------------------
// Writing

interface Item {
  hit: SearchHit
  /** Every statement the sentence says: this one, its copies from other outlets, those inside its words. */
  ids: string[]
}

async function write(store: Store, documents: Documents, names: EntityNames, plan: Plan): Promise<Brief> {
  const main = collapse(plan.main.slice(0, OWN_LIMIT), [])
  const background = collapse(plan.background, main)
  await addInner(documents, [...main, ...background])
  const leadItem = main.find((i) => i.hit === pickLead(main.map((x) => x.hit)))!
  const rest = main.filter((i) => i !== leadItem)

  // Names: the speaker in full in the lead, by last name after it unless another person of the brief shares it.
  const speakerName = plan.speaker.name
  const people = new Set<string>()
  for (const i of [...main, ...background]) {
    const s = i.hit.statement
    if (s.speaker.name && speakerKey(s) !== plan.speaker.key) people.add(await displayName(names, s))
    for (const id of s.about) {
      const about = await names.get(id)
      if (about?.type === 'person' && about.id !== plan.speaker.id) people.add(about.name)
    }
  }
  const short = shortName(speakerName, plan.speaker.type, people)
  const role = pickRole(
    speakerName,
    [leadItem.hit.statement.speaker.role, ...main.map((i) => i.hit.statement.speaker.role)],
    plan.speaker.id ? (await names.get(plan.speaker.id))?.roles ?? [] : [],
  )

  const lead: BriefSentence = { text: leadText(leadItem.hit.statement, speakerName, role), statements: leadItem.ids, ...(plan.date ? { date: plan.date } : {}) }
  const details: BriefSentence[] = []
  const quotes: BriefSentence[] = []
  rest.forEach((item, paragraph) => {
    const s = item.hit.statement
    const sentence = { statements: item.ids, ...(s.date ? { date: day(s.date) } : {}), paragraph }
    if (s.kind === 'direct') quotes.push({ text: quoteBlock(s, short), ...sentence })
    // "Peskov noted that …" as the seed writes it; other forms name the speaker in full.
    else details.push({ text: reportedSentence(s, { subject: readsAsClause(s) ? short : speakerName }), ...sentence })
  })

  const backgroundSentences: BriefSentence[] = []
  for (const e of plan.events) {
    const participants = await Promise.all(e.participants.filter((p) => p !== e.place).map((p) => names.name(p)))
    const place = e.place ? await names.name(e.place) : undefined
    const text = eventSentence(e, participants, place, plan.date)
    const same = backgroundSentences.find((x) => x.text === text)
    if (same) same.events!.push(e.id)
    else backgroundSentences.push({ text, statements: [], events: [e.id], ...(e.date ? { date: e.date } : {}) })
  }
  for (const item of background) {
    const s = item.hit.statement
    const name = await displayName(names, s)
    const speakerRole = pickRole(name, [s.speaker.role], s.speaker.entity ? (await names.get(s.speaker.entity))?.roles ?? [] : [])
    const when = `On ${proseDate(s.date!, plan.date)}`
    const text =
      s.kind === 'direct'
        ? quotedSentence(s, { subject: s.content.length > 1 ? name : withRole(name, speakerRole), when })
        : reportedSentence(s, { subject: withRole(name, speakerRole), name, when })
    backgroundSentences.push({ text, statements: item.ids, ...(s.event ? { events: [s.event] } : {}), date: day(s.date) })
  }

  const source = await sources(documents, names, [...main, ...background], plan.speaker.key, short)
  return {
    subject: plan.subject,
    ...(plan.date ? { date: plan.date } : {}),
    speaker: { ...(plan.speaker.id ? { id: plan.speaker.id } : {}), name: speakerName, ...(role ? { role } : {}) },
    lead,
    source,
    details,
    quotes,
    background: backgroundSentences,
  }
}

/** The lead: "Name, role, has said that …", or the speaker's own verb where "has said" would not fit. */
function leadText(s: Statement, name: string, role: string | undefined): string {
  const subject = withRole(name, role)
  if (s.kind === 'direct') {
    if (s.content.length > 1) return quotedSentence(s, { subject: name })
    return `${subject} has said: ${endSentence(endQuotation(contentText(s)))}`
  }
  if (cueForm(s).prepositional || isForeign(s)) return reportedSentence(s, { subject: isForeign(s) ? subject : name }, { lead: true })
  return reportedSentence(s, { subject }, { lead: true })
}

/**
 * Merges what one sentence says: a statement inside the words of another of the brief (same
 * document) goes with it; the same words from another outlet go with their first telling.
 */
function collapse(hits: readonly SearchHit[], before: readonly Item[]): Item[] {
  const items: Item[] = []
  const all = [...before.map((i) => i.hit), ...hits]
  const inside = (inner: SearchHit, outer: SearchHit) =>
    inner !== outer &&
    inner.document.id === outer.document.id &&
    inner.statement.content.every((c) => outer.statement.content.some((o) => c.start >= o.start && c.end <= o.end)) &&
    !outer.statement.content.every((o) => inner.statement.content.some((c) => c.start === o.start && c.end === o.end))
  const byWords = new Map<string, Item>()
  for (const i of before) byWords.set(wordsKey(i.hit.statement), i)
  for (const hit of hits) {
    const outer = all.find((o) => inside(hit, o))
    if (outer) {
      const owner = [...before, ...items].find((i) => i.hit === outer)
      if (owner) {
        owner.ids.push(hit.statement.id)
        continue
      }
      // Its outer statement is not in the brief (yet): it will be, so wait for it below.
      if (hits.includes(outer)) continue
    }
    const key = wordsKey(hit.statement)
    const same = byWords.get(key)
    if (same) {
      same.ids.push(hit.statement.id)
      continue
    }
    const item = { hit, ids: [hit.statement.id] }
    items.push(item)
    byWords.set(key, item)
  }
  // Statements whose outer statement came later in the list.
  for (const hit of hits) {
    const outer = all.find((o) => inside(hit, o))
    if (!outer) continue
    // Its outer statement's sentence (which may be another outlet's telling of the same words).
    const owner = items.find((i) => i.ids.includes(outer.statement.id))
    if (owner && !owner.ids.includes(hit.statement.id)) owner.ids.push(hit.statement.id)
  }
  return items
}

/**
 * A statement of the same document whose cue and words stand inside the words a sentence gives
 * ("Varga said that both sides agreed to …" holds what "both sides" agreed) is said by that sentence too.
 */
async function addInner(documents: Documents, items: readonly Item[]): Promise<void> {
  const taken = new Set(items.flatMap((i) => i.ids))
  for (const item of items) {
    const doc = (await documents.get(item.hit.document.id))?.document
    const outer = item.hit.statement.content
    const within = (x: { start: number; end: number }) => outer.some((o) => x.start >= o.start && x.end <= o.end)
    for (const s of doc?.statements ?? []) {
      if (taken.has(s.id) || s.content.length === 0 || !s.content.every(within) || (s.cue && !within(s.cue))) continue
      item.ids.push(s.id)
      taken.add(s.id)
    }
  }
}

/** Same speaker, same words (quotation marks, "that" and end punctuation aside). */
function wordsKey(s: Statement): string {
  return `${speakerKey(s)}|${comparableWords(contentText(s))}`
}

/** Words of a content for comparison: lower case, without quotation marks, a leading "that" or end punctuation. */
export function comparableWords(text: string): string {
  return text
    .toLowerCase()
    .replace(/["“”«»„‘’']/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^that\s+/u, '')
    .replace(/[\s.,;:!?…]+$/u, '')
    .replace(/\s+([,.;:!?])/gu, '$1')
}

/** Lead choice: quoted key words in reported speech first, then reported speech, then quotations; earliest on a tie. */
function pickLead(hits: readonly SearchHit[]): SearchHit {
  const rank = (h: SearchHit): number => {
    const s = h.statement
    const cue = cueForm(s)
    let r = s.kind === 'mixed' ? 0 : s.kind === 'indirect' ? 10 : 20
    if (cue.prepositional) r += 4
    else if (!cue.reports && !/^that\b/iu.test(contentText(s))) r += 2
    if (s.speaker.name === null) r += 100
    return r
  }
  let best = hits[0]!
  for (const h of hits) if (rank(h) < rank(best)) best = h
  return best
}

/** The first role that reads as an apposition, one of several words first ("Minister" alone says little). */
function pickRole(name: string, roles: readonly (string | undefined)[], entityRoles: readonly string[]): string | undefined {
  const usable = [...roles, ...entityRoles].filter((r): r is string => usableRole(r, name))
  return usable.find((r) => r.includes(' ')) ?? usable[0]
}

/** The last name of a person, when no other person of the brief shares it; else the full name. */
function shortName(name: string, type: Plan['speaker']['type'], others: ReadonlySet<string>): string {
  if (type !== 'person') return name
  const words = name.split(/\s+/u)
  if (words.length < 2) return name
  const last = words[words.length - 1]!
  const key = nameKey(last)
  for (const other of others) {
    const w = other.split(/\s+/u)
    if (nameKey(w[w.length - 1]!) === key || nameKey(other) === key) return name
  }
  return last
}

// ---------------------------------------------------------------------------------------------
// The Source: line

async function sources(documents: Documents, names: EntityNames, items: readonly Item[], speaker: string, short: string): Promise<Brief['source']> {
  const documentOf = async (id: string): Promise<Document | undefined> => (await documents.get(id))?.document
  const outlets = new Map<string, BriefOutlet & { by: Set<string> }>()
  const hitsById = new Map<string, SearchHit>()
  for (const item of items) for (const id of item.ids) hitsById.set(id, item.hit)
  for (const item of items) {
    const hit = item.hit
    const doc = await documentOf(hit.document.id)
    const through = [...(hit.document.outletId ? [hit.document.outletId] : []), ...hit.statement.via]
    for (const id of new Set(through)) {
      let outlet = outlets.get(id)
      if (!outlet) {
        const e = await names.get(id)
        outlet = {
          id,
          name: e?.name ?? (id === hit.document.outletId && hit.document.outlet ? hit.document.outlet : id),
          ...(e?.kind ? { kind: e.kind } : {}),
          labels: e?.labels ?? [],
          ...(e?.translation ? { translation: e.translation } : {}),
          statements: [],
          by: new Set(),
        }
        outlets.set(id, outlet)
      }
      outlet.statements.push(...item.ids.filter((x) => !outlet!.statements.includes(x)))
      const citation = doc?.sources.find((c) => c.outlet === id)
      if (citation?.descriptor && !outlet.descriptor) outlet.descriptor = citation.descriptor
      const medium = citation?.medium ?? (hit.statement.medium && (id === hit.document.outletId || !hit.document.outletId) ? hit.statement.medium : undefined)
      if (medium && !outlet.medium) outlet.medium = medium
      if (medium) outlet.by.add(speakerKey(hit.statement) === speaker ? short : await displayName(names, hit.statement))
    }
  }
  const list = [...outlets.values()]
  for (const o of list) {
    // A descriptor needs a type noun to stand before in the Source: line.
    if (!o.descriptor && o.labels.length) o.descriptor = o.labels[0]
    if (!o.kind) delete o.descriptor
  }
  const segments: SourceSegment[] = list.map((o) => ({
    name: o.name,
    ...(o.kind ? { kind: o.kind } : {}),
    ...(o.descriptor ? { descriptor: o.descriptor } : {}),
    ...(o.translation ? { translation: o.translation } : {}),
    // "publishing video comments by Peskov": the brief's speaker when their words came so, else the one speaker who did.
    ...(o.medium ? { medium: o.medium, ...(o.by.has(short) ? { by: short } : o.by.size === 1 ? { by: [...o.by][0]! } : {}) } : {}),
  }))
  // The order the line gives them in: untyped first, then by kind and descriptor.
  const ordered = orderAsWritten(list)
  const medium = ordered.find((o) => o.medium)?.medium
  return {
    text: sourceLine(segments),
    outlets: ordered.map(({ by: _by, ...o }) => o),
    ...(medium ? { medium } : {}),
  }
}

function orderAsWritten<T extends { kind?: OutletKind; descriptor?: string }>(list: readonly T[]): T[] {
  const untyped = list.filter((o) => !o.kind)
  const groups: T[][] = []
  for (const o of list) {
    if (!o.kind) continue
    const group = groups.find((g) => g[0]!.kind === o.kind && g[0]!.descriptor === o.descriptor)
    if (group) group.push(o)
    else groups.push([o])
  }
  return [...untyped, ...groups.flat()]
}

// ---------------------------------------------------------------------------------------------
// Helpers

/** Every statement a search finds, oldest first, page by page. */
async function everyStatement(store: Store, query: { speaker?: string; event?: string; from?: string; to?: string }): Promise<SearchHit[]> {
  const out: SearchHit[] = []
  for (let offset = 0; ; offset += PAGE) {
    const page = await store.search({ ...query, order: 'date', limit: PAGE, offset })
    out.push(...page)
    if (page.length < PAGE) return out
  }
}

/** The latest day (YYYY-MM-DD) among dated hits. */
function latestDay(hits: readonly SearchHit[]): string {
  return hits.reduce((max, h) => (day(h.statement.date)! > max ? day(h.statement.date)! : max), '')
}

function day(date: string | undefined): string | undefined {
  return date?.slice(0, 10)
}

function speakerKey(s: Statement): string {
  return s.speaker.entity ?? (s.speaker.name !== null ? `name:${nameKey(s.speaker.name)}` : 'unknown')
}

async function displayName(names: EntityNames, s: Statement): Promise<string> {
  if (s.speaker.entity) {
    const entity = await names.get(s.speaker.entity)
    if (entity) return entity.name
  }
  return s.speaker.name !== null ? englishName(s.speaker.name) : 'An unknown speaker'
}

async function speakerOf(names: EntityNames, s: Statement): Promise<Plan['speaker']> {
  const entity = s.speaker.entity ? await names.get(s.speaker.entity) : undefined
  if (entity) return { key: entity.id, id: entity.id, name: entity.name, type: entity.type }
  return { key: speakerKey(s), name: s.speaker.name !== null ? englishName(s.speaker.name) : 'An unknown speaker', type: 'group' }
}

function ordinal(id: string): number {
  const m = /:s(\d+)$/u.exec(id)
  return m ? Number(m[1]) : 0
}

/** Documents in date order, each one's statements in text order. */
function byDocument(a: SearchHit, b: SearchHit): number {
  return (a.document.date ?? '').localeCompare(b.document.date ?? '') || a.document.id.localeCompare(b.document.id) || ordinal(a.statement.id) - ordinal(b.statement.id)
}

function inDocumentOrder(hits: readonly SearchHit[]): SearchHit[] {
  return [...hits].sort(byDocument)
}

/** Statements in date order; within a day, documents in date order and each in text order. */
function inDateOrder(hits: readonly SearchHit[]): SearchHit[] {
  return [...hits].sort((a, b) => (day(a.statement.date) ?? '').localeCompare(day(b.statement.date) ?? '') || byDocument(a, b))
}
