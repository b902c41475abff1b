import type { Document, Entity, Event, EventType, Span, Statement } from '../core/records.js'
import { HAPPENED, isLatestNews, mergeEventReport } from '../core/event-status.js'
import { dayOf } from '../core/iso-date.js'
import { nameKey, surnameKey } from '../store/names.js'
import type { NameCandidate, Store } from '../store/store.js'
import { EMPTY_REGISTRY, type Registry } from './registry.js'

// Cross-document identity, between extraction and the store. Extraction names an entity by what
// one document says ("Putin" → person:putin); here it becomes the entity the desk already knows
// (person:vladimir-putin), by, in order: the user's registry, a merge recorded in the store, the
// same full name in any script or spelling (store/names' key), and, for a bare last name, the one
// person of that name the store knows best. Events told by several documents become one event.
//
// What earlier documents of the same run made known counts as if it were stored already, so the
// result does not depend on where the commits fall.

/** Bare last names go to the best-known person of that name only if they are this far ahead of the next. */
const DOMINANCE = 2

interface Known {
  id: string
  type: Entity['type']
  name: string
  /** Multi-word name: a person known by full name, a candidate for a bare last name. */
  full: boolean
  documents: number
}

/** What an entity resolves to: its canonical id and name, and what a registry adds. */
interface Target {
  id: string
  type?: Entity['type']
  name: string
  aliases: string[]
  roles: string[]
}

/** An event as the store holds it, or will once this run's reports are committed. */
interface KnownEvent {
  event: Event
  documents: number
  /** The latest document date among its reports (the store's last_seen): which report is the latest news. */
  lastSeen: string | null
}

export class Resolver {
  /** Name key → entities known by it as an alias. */
  private readonly byAlias = new Map<string, Map<string, Known>>()
  /** Last-name key → people known by a full name ending in it. */
  private readonly bySurname = new Map<string, Map<string, Known>>()
  /** Keys and ids already asked of the store (what it said is in the maps above). */
  private readonly askedKeys = new Set<string>()
  private readonly redirects = new Map<string, string>()
  private readonly askedIds = new Set<string>()
  /** Events this run made or matched, by id. */
  private readonly events = new Map<string, KnownEvent>()

  constructor(
    private readonly store: Store,
    private readonly registry: Registry = EMPTY_REGISTRY,
  ) {}

  /** Rewrites the document's entity and event ids (and every reference to them) to canonical ones. */
  async resolve(doc: Document): Promise<Document> {
    await this.learn(doc)
    const ids = new Map<string, string>()
    const canonical = new Map<string, Target>()
    for (const e of doc.entities) {
      const target = this.targetOf(e)
      if (target && target.id !== e.id) ids.set(e.id, target.id)
      if (target) canonical.set(target.id, target)
    }
    for (const [from, to] of this.redirects) if (!ids.has(from) && doc.entities.some((e) => e.id === from)) ids.set(from, to)
    const resolved = rewriteEntities(doc, ids, canonical)
    this.nameSpeakers(resolved)
    resolved.events = await this.resolveEvents(resolved)
    this.remember(resolved)
    return resolved
  }

  /** Asks the store, once per key and id, what it knows of the document's names. */
  private async learn(doc: Document): Promise<void> {
    const keys = new Set<string>()
    const ids = new Set<string>()
    for (const e of doc.entities) {
      if (!this.askedIds.has(e.id)) ids.add(e.id)
      for (const alias of [e.name, ...e.aliases]) {
        const key = nameKey(alias)
        if (key && !this.askedKeys.has(key)) keys.add(key)
      }
    }
    for (const name of unnamedSpeakers(doc)) {
      const key = nameKey(name.text)
      if (!this.askedKeys.has(key)) keys.add(key)
    }
    if (keys.size === 0 && ids.size === 0) return
    const { candidates, redirects } = await this.store.matchNames([...keys], [...ids])
    for (const key of keys) this.askedKeys.add(key)
    for (const id of ids) this.askedIds.add(id)
    for (const c of candidates) this.know(c)
    for (const [from, to] of Object.entries(redirects)) this.redirects.set(from, to)
  }

  private know(c: NameCandidate): void {
    const known: Known = { id: c.id, type: c.type, name: c.name, full: c.name.trim().includes(' '), documents: c.documentCount }
    const index = c.by === 'alias' ? this.byAlias : this.bySurname
    let map = index.get(c.key)
    if (!map) index.set(c.key, (map = new Map()))
    if (!map.has(c.id)) map.set(c.id, known)
  }

  /** The entity `e` stands for, when that is not simply its own id. */
  private targetOf(e: Entity): Target | undefined {
    const merged = this.registry.merges.get(e.id) ?? this.redirects.get(e.id)
    if (merged) return { id: merged, name: e.name, aliases: [], roles: [] }
    const keys = [...new Set([e.name, ...e.aliases].map(nameKey).filter(Boolean))]
    // The registry's word is final, its type included: "Kestran Federation" read as an
    // organisation is the country when the user says so.
    for (const key of keys) {
      const entry = this.registry.byKey.get(key)
      if (entry) return { id: entry.id, type: entry.type, name: entry.name, aliases: entry.aliases, roles: entry.roles }
    }
    const own = nameKey(e.name)
    const sameName = [...(this.byAlias.get(own)?.values() ?? [])].filter((k) => compatible(k.type, e.type))
    const words = own.split(' ')
    if (words.length === 1 && (e.type === 'person' || e.type === 'organization')) {
      // A bare last name: the best-known person of that full name, when one stands out. Read
      // as an organisation too: a lone capitalised surname ("Varga said") often is typed so.
      const people = new Map<string, Known>()
      const all = [...(this.byAlias.get(own)?.values() ?? []), ...(this.bySurname.get(own)?.values() ?? [])]
      for (const k of all) if (k.type === 'person' && k.full) people.set(k.id, k)
      const best = dominant([...people.values()])
      if (best) return { id: best.id, type: 'person', name: best.name, aliases: [], roles: [] }
      if (e.type === 'person') return undefined
    }
    if (e.type === 'person' && words.length >= 3) {
      // A title word left in front of a known full name ("Shipping Ilsa Varga"): that person.
      for (const tail of [words.slice(-3).join(' '), words.slice(-2).join(' ')]) {
        if (tail === own) continue
        const people = [...(this.byAlias.get(tail)?.values() ?? [])].filter((k) => k.type === 'person' && k.full)
        if (people.length === 1) return { id: people[0]!.id, name: people[0]!.name, aliases: [], roles: [] }
      }
    }
    // Stored under its own id already: nothing to change.
    if (sameName.some((k) => k.id === e.id)) return undefined
    // The same full name, written in another script or spelling: one entity when only one fits.
    const ids = new Set(sameName.map((k) => k.id))
    if (ids.size === 1) {
      const k = sameName[0]!
      return { id: k.id, name: k.name, aliases: [], roles: [] }
    }
    return undefined
  }

  /**
   * Speakers extraction could not place: a capitalised name at the start of a sentence ("Varga
   * said …") that the document gives no more about. When the store knows one person by it, that
   * is who spoke, and the document gains the entity with this mention.
   */
  private nameSpeakers(doc: Document): void {
    for (const { statement, text, span } of unnamedSpeakers(doc)) {
      const target = this.targetOf({ id: '', type: 'person', name: text, aliases: [], roles: [], mentions: [] })
      if (!target) continue
      statement.speaker = { ...statement.speaker, name: target.name, entity: target.id }
      const had = doc.entities.find((e) => e.id === target.id)
      if (had) {
        if (!had.aliases.includes(text)) had.aliases.push(text)
        had.mentions.push(span)
      } else doc.entities.push({ id: target.id, type: 'person', name: target.name, aliases: [target.name, text], roles: [], mentions: [span] })
    }
  }

  /** Makes the document's (resolved) entities and events known to the documents after it. */
  private remember(doc: Document): void {
    for (const e of doc.entities) {
      const known: Known = { id: e.id, type: e.type, name: e.name, full: e.name.trim().includes(' '), documents: 1 }
      const keys = new Set([e.name, ...e.aliases].map(nameKey).filter(Boolean))
      const lastNames = new Set([...keys].flatMap((key) => (e.type === 'person' ? (surnameKey(key) ?? []) : [])))
      for (const key of keys) add(this.byAlias, key, known)
      for (const last of lastNames) add(this.bySurname, last, known)
    }
    const day = dayOf(doc.date)
    for (const event of doc.events) {
      const had = this.events.get(event.id)
      if (had) {
        // Exactly as the store merges a report (store/sqlite/events.ts), so that what the run
        // remembers and what it committed agree, wherever the commits fall.
        const latest = isLatestNews(day, had.lastSeen)
        had.documents++
        had.event = {
          ...had.event,
          ...mergeEventReport(had.event, event, latest),
          participants: [...new Set([...had.event.participants, ...event.participants])],
          ...(had.event.place ?? event.place ? { place: had.event.place ?? event.place } : {}),
        }
        if (latest) had.lastSeen = day
      } else this.events.set(event.id, { event: { ...event, mentions: [] }, documents: 1, lastSeen: day })
    }
  }

  /** Each event of the document as the event already known (stored or seen this run), or a new canonical one. */
  private async resolveEvents(doc: Document): Promise<Event[]> {
    if (doc.events.length === 0) return doc.events
    const renamed = new Map<string, string>()
    const taken = new Set<string>()
    const events = []
    for (const e of doc.events) {
      const candidates = new Map<string, KnownEvent>()
      if (e.participants.length || e.place) {
        const query = { ...(e.participants.length ? { participants: e.participants } : {}), ...(e.place ? { place: e.place } : {}), limit: 50 }
        for (const s of await this.store.findEvents({ ...query, reports: false })) candidates.set(s.event.id, { event: s.event, documents: s.documentCount, lastSeen: s.lastSeen?.slice(0, 10) ?? null })
      }
      // What this run knows of an event is the store's view with the run's reports merged in.
      for (const [id, k] of this.events) candidates.set(id, k)
      let best: { id: string; score: number; k: KnownEvent } | undefined
      for (const [id, k] of candidates) {
        if (taken.has(id)) continue // two events of one document are two events
        const score = sameEvent(e, k.event, doc.date)
        // Ties go to the better-reported event, then to the smaller id: not to the order the candidates came in.
        if (score > 0 && (!best || score > best.score || (score === best.score && (k.documents > best.k.documents || (k.documents === best.k.documents && id < best.id))))) {
          best = { id, score, k }
        }
      }
      // A stored event this run has not touched yet: the run starts from the store's view of it.
      if (best && !this.events.has(best.id)) this.events.set(best.id, { ...best.k, event: { ...best.k.event, participants: [...best.k.event.participants] } })
      const id = best?.id ?? (await this.newEventId(e))
      taken.add(id)
      renamed.set(e.id, id)
      events.push({ ...e, id })
    }
    for (const s of doc.statements) if (s.event && renamed.has(s.event)) s.event = renamed.get(s.event)!
    return events
  }

  /** "event:meeting-donald-trump-vladimir-putin-2025-05-16", made unique against the store and this run. */
  private async newEventId(e: Event): Promise<string> {
    const who = e.participants.map((p) => p.slice(p.indexOf(':') + 1)).sort().slice(0, 3)
    const base = `event:${[e.type, ...who, e.date?.slice(0, 10) ?? ''].filter(Boolean).join('-')}`
    for (let k = 1; ; k++) {
      const id = k === 1 ? base : `${base}-${k}`
      if (!this.events.has(id) && !(await this.store.getEvent(id))) return id
    }
  }
}

// One to three capitalised words, not a phrase like "The ministry" or a pronoun.
const NAME_LIKE = /^(?!(?:The|A|An|He|She|They|It|We|I|You)\b)\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2}$/u

/** Statements whose speaker has a name-like mention but no name or entity. */
function unnamedSpeakers(doc: Document): { statement: Statement; text: string; span: Span }[] {
  const out: { statement: Statement; text: string; span: Span }[] = []
  for (const statement of doc.statements) {
    if (statement.speaker.entity || statement.speaker.name !== null) continue
    const span = statement.speaker.mentions.at(-1)
    if (span && NAME_LIKE.test(span.text)) out.push({ statement, text: span.text, span })
  }
  return out
}

function add(index: Map<string, Map<string, Known>>, key: string, known: Known): void {
  let map = index.get(key)
  if (!map) index.set(key, (map = new Map()))
  const had = map.get(known.id)
  if (had) had.documents++
  else map.set(known.id, { ...known })
}

/** Organisations and outlets are often told apart by context only ("Interfax", "the Kremlin"). */
function compatible(a: Entity['type'], b: Entity['type']): boolean {
  return a === b || (a !== 'person' && b !== 'person' && a !== 'place' && b !== 'place')
}

function dominant(people: Known[]): Known | undefined {
  const sorted = people.sort((x, y) => y.documents - x.documents || x.id.localeCompare(y.id))
  const [first, second] = sorted
  if (!first) return undefined
  return !second || first.documents >= DOMINANCE * second.documents ? first : undefined
}

// Meetings, talks, negotiations and summits are one family: reports call the same event by each name.
const FAMILY: Record<EventType, string> = { meeting: 'meet', talks: 'meet', negotiations: 'meet', summit: 'meet', call: 'call', visit: 'visit' }
/** Reports of one stage of an event date it a few days apart; plans, and talks that began and then ended, up to two weeks. */
const DATE_SLACK_DAYS = 3
const STAGES_SLACK_DAYS = 14

/**
 * How surely two event records are one event: 0 when they cannot be, else larger for closer
 * matches. `aReportedOn` (the date of the document telling of `a`) stands in for a's missing date
 * against an event that has happened: a report months later of talks "planned" is a new round.
 */
export function sameEvent(a: Event, b: Event, aReportedOn?: string): number {
  if (FAMILY[a.type] !== FAMILY[b.type]) return 0
  if (a.place && b.place && a.place !== b.place) return 0
  // Two reports of the same stage of something that happened agree on its day within a few days;
  // plans and proposals move, and stages follow one another.
  const slack = a.status === b.status && HAPPENED.has(a.status) ? DATE_SLACK_DAYS : STAGES_SLACK_DAYS
  const aDate = a.date ?? (b.date && HAPPENED.has(b.status) ? aReportedOn : undefined)
  if (aDate && b.date && Math.abs(Date.parse(aDate.slice(0, 10)) - Date.parse(b.date.slice(0, 10))) > slack * 86_400_000) return 0
  const pa = new Set(a.participants)
  const pb = new Set(b.participants)
  const samePlaceAndDay = a.place !== undefined && a.place === b.place && a.date !== undefined && b.date !== undefined
  // Without participants on one side, only the same place within the same few days says "same event".
  if (pa.size === 0 || pb.size === 0) return samePlaceAndDay ? 0.5 : 0
  let shared = 0
  for (const p of pa) if (pb.has(p)) shared++
  const jaccard = shared / (pa.size + pb.size - shared)
  if (jaccard < 0.5) return 0
  return jaccard + (a.type === b.type ? 0.1 : 0) + (a.place && a.place === b.place ? 0.1 : 0) + (a.date && b.date ? 0.1 : 0)
}

/** The document with entity ids replaced, entities that became one merged, and names made canonical. */
function rewriteEntities(doc: Document, ids: Map<string, string>, canonical: Map<string, Target>): Document {
  if (ids.size === 0 && canonical.size === 0) return doc
  const to = (id: string) => ids.get(id) ?? id
  const entities = new Map<string, Entity>()
  for (const e of doc.entities) {
    const id = to(e.id)
    const target = canonical.get(id)
    const name = target?.name ?? e.name
    const had = entities.get(id)
    if (!had) {
      entities.set(id, {
        ...e,
        id,
        type: target?.type ?? e.type,
        name,
        aliases: [...new Set([name, ...e.aliases, ...(target?.aliases ?? [])])],
        roles: [...new Set([...e.roles, ...(target?.roles ?? [])])],
        mentions: [...e.mentions],
      })
    } else {
      had.aliases = [...new Set([...had.aliases, ...e.aliases])]
      had.roles = [...new Set([...had.roles, ...e.roles])]
      had.mentions.push(...e.mentions)
      had.kind ??= e.kind
      if (e.labels) had.labels = [...new Set([...(had.labels ?? []), ...e.labels])]
    }
  }
  const names = new Map([...entities.values()].map((e) => [e.id, e.name]))
  const list = (xs: string[]) => [...new Set(xs.map(to))]
  return {
    ...doc,
    ...(doc.outlet ? { outlet: to(doc.outlet) } : {}),
    sources: doc.sources.map((s) => ({ ...s, outlet: to(s.outlet) })),
    entities: [...entities.values()],
    statements: doc.statements.map((s) => {
      const entity = s.speaker.entity ? to(s.speaker.entity) : undefined
      return {
        ...s,
        speaker: { ...s.speaker, ...(entity ? { entity, name: names.get(entity) ?? s.speaker.name } : {}) },
        via: list(s.via),
        about: list(s.about).filter((id) => id !== entity),
      }
    }),
    events: doc.events.map((e) => ({ ...e, participants: list(e.participants), ...(e.place ? { place: to(e.place) } : {}) })),
  }
}

