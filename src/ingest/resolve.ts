import type { Document, Entity, Event, Span, Statement } from '../core/records.js'
import { canonicalOrder, evidenceKeys, nameKey, namedInFull, surnameKey } from '../store/names.js'
import type { EventReport, NameCandidate, NameForm, NameUse, Store } from '../store/store.js'
import { baseEventId, distinctEventId, linkOf, reportAnchors, reportKey, reportOrder } from './event-links.js'
import { EMPTY_REGISTRY, type Registry } from './registry.js'

// Cross-document identity, between extraction and the store. Extraction names an entity by what
// one document says ("Putin" → person:putin); here it becomes the entity the desk already knows
// (person:vladimir-putin), by, in order: the user's registry, a merge recorded in the store, the
// same full name in any script or spelling (store/names' key), and, for a bare last name, the one
// person of that name the store knows best. Events told by several documents become one event.
//
// What earlier documents of the same run made known counts as if it were stored already.
//
// The store must not depend on the order documents came in, nor on how they were grouped into
// commits, nor on a crash in between: it is a function of the set of documents (and the registry
// and manual merges). Events are made so by settle-events.ts. Most decisions are so by construction: a full name's key, the registry, a
// merge; an entity's name is the best spelling seen (store/names betterName), not the first. Three
// depend on what else the store holds — a bare last name ("Castro"), a title before a known name
// ("Democrat Elijah Cummings"), a speaker only named in passing ("Wallace said") — and that grows.
// So each such name is kept with its document as a NameUse (the keys the decision reads, the
// name, the entity it became), every commit marks the name keys its documents touch, and after
// the commit (and so after a crash, at the next run) ingest/settle.ts decides those keys' names
// again with everything stored and has the store rewrite every document whose use now differs.
// The evidence a bare last name is weighed by is the documents naming each person in full
// (store/names namedInFull), which a decision cannot feed: whatever the order, the same weights.

/** Events read as candidates for each report: the latest seen of those sharing a participant or the place. */
const CANDIDATE_EVENTS = 50
/** Of each, the reports read: the earliest and the latest (the whole event is grouped again once committed, settle-events.ts). */
const CANDIDATE_REPORTS = 16
/** This run's reports remembered per participant or place. */
const RUN_REPORTS_PER_ANCHOR = 64

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

export class Resolver {
  /** Name key → entities known by it as an alias. */
  private readonly byAlias = new Map<string, Map<string, Known>>()
  /** Last-name key → people known by a full name ending in it. */
  private readonly bySurname = new Map<string, Map<string, Known>>()
  /** Keys and ids already asked of the store (what it said is in the maps above). */
  private readonly askedKeys = new Set<string>()
  private readonly redirects = new Map<string, string>()
  private readonly askedIds = new Set<string>()
  /** This run's event reports, as filed, by reportKey; and their keys by anchor (event-links reportAnchors). */
  private readonly reports = new Map<string, EventReport>()
  private readonly reportsByAnchor = new Map<string, string[]>()
  private readonly runEvents = new Set<string>()

  constructor(
    private readonly store: Store,
    private readonly registry: Registry = EMPTY_REGISTRY,
  ) {}

  /** Rewrites the document's entity and event ids (and every reference to them) to canonical ones. */
  async resolve(doc: Document): Promise<Document> {
    return (await this.resolveNames(doc)).document
  }

  /** As resolve, with the names whose meaning depends on the evidence (see the top of this file), for the store to keep. */
  async resolveNames(doc: Document): Promise<{ document: Document; uses: NameUse[] }> {
    await this.learn(doc)
    const ids = new Map<string, string>()
    const canonical = new Map<string, Target>()
    const { folded, alone } = withinDocument(doc)
    for (const e of doc.entities) {
      // Folded into another of the document's names, or left alone by it: no evidence asked.
      if (folded.has(e.id) || (alone.has(e.id) && !this.fixed(e))) continue
      const target = this.targetOf(e)
      if (target && target.id !== e.id) ids.set(e.id, target.id)
      if (target) canonical.set(target.id, target)
    }
    for (const [from, to] of this.redirects) if (!ids.has(from) && doc.entities.some((e) => e.id === from)) ids.set(from, to)
    for (const [from, into] of folded) {
      const to = ids.get(into) ?? into
      ids.set(from, to)
      const named = doc.entities.find((e) => e.id === into)!
      if (!canonical.has(to)) canonical.set(to, { id: to, type: named.type, name: named.name, aliases: [], roles: [] })
    }
    const uses = this.entityUses(doc, ids, folded, alone)
    const resolved = rewriteEntities(doc, ids, canonical)
    uses.push(...this.nameSpeakers(resolved))
    resolved.events = await this.resolveEvents(resolved)
    this.remember(resolved)
    return { document: resolved, uses }
  }

  /** What each form should stand for now, with what the store holds: the decision resolve makes, made again. */
  async decide(forms: readonly NameForm[]): Promise<(string | null)[]> {
    const entities = forms.map((f): Entity => ({ id: f.rawId, type: f.type, name: f.name, aliases: [], roles: [], mentions: [] }))
    await this.learnEntities(entities, [])
    return entities.map((e) => this.targetOf(e)?.id ?? (e.id === '' ? null : e.id))
  }

  /**
   * The document's entities whose id depends on the evidence: bare last names and titled full
   * names, unless the registry or a merge decides them. One that became the same entity as another
   * of the document's names cannot be told apart from it later, and is left as decided.
   */
  private entityUses(doc: Document, ids: Map<string, string>, folded: Map<string, string>, alone: Set<string>): NameUse[] {
    const to = (id: string) => ids.get(id) ?? id
    const sharing = new Map<string, number>()
    const own = doc.entities.filter((e) => !folded.has(e.id))
    for (const e of own) sharing.set(to(e.id), (sharing.get(to(e.id)) ?? 0) + 1)
    const uses: NameUse[] = []
    for (const e of own) {
      const keys = evidenceKeys(e.type, e.name)
      if (!keys || alone.has(e.id) || this.fixed(e) || sharing.get(to(e.id))! > 1) continue
      uses.push({ keys, type: e.type, name: e.name, rawId: e.id, entity: to(e.id) })
    }
    return uses
  }

  /** Decided by the user (registry) or a merge recorded in the store: not by the evidence. */
  private fixed(e: Entity): boolean {
    if (this.registry.merges.has(e.id) || this.redirects.has(e.id)) return true
    return [e.name, ...e.aliases].some((a) => this.registry.byKey.has(nameKey(a)))
  }

  /** Asks the store, once per key and id, what it knows of the document's names. */
  private async learn(doc: Document): Promise<void> {
    await this.learnEntities(doc.entities, unnamedSpeakers(doc).map((s) => s.text))
  }

  private async learnEntities(entities: readonly Entity[], names: readonly string[]): Promise<void> {
    const keys = new Set<string>()
    const ids = new Set<string>()
    // The keys a decision reads, its names' and (a titled name) those of the names it ends in.
    for (const e of entities) {
      if (e.id && !this.askedIds.has(e.id)) ids.add(e.id)
      for (const key of [...[e.name, ...e.aliases].map(nameKey), ...(evidenceKeys(e.type, e.name) ?? [])]) {
        if (key && !this.askedKeys.has(key)) keys.add(key)
      }
    }
    for (const name of names) {
      for (const key of evidenceKeys('person', name, true) ?? []) if (!this.askedKeys.has(key)) keys.add(key)
    }
    if (keys.size === 0 && ids.size === 0) return
    const { candidates, redirects } = await this.store.matchNames([...keys], [...ids])
    for (const key of keys) this.askedKeys.add(key)
    for (const id of ids) this.askedIds.add(id)
    for (const c of candidates) this.know(c)
    for (const [from, to] of Object.entries(redirects)) this.redirects.set(from, to)
  }

  private know(c: NameCandidate): void {
    // Weighed by the documents naming it in full: a bare name given to someone must not make them weigh more.
    const known: Known = { id: c.id, type: c.type, name: c.name, full: c.name.trim().includes(' '), documents: c.fullDocuments ?? c.documentCount }
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
      // Spelled alike but its own id comes first: it keeps it, and settling merges the other into it.
      if (e.id && nameKey(k.name) === own && canonicalOrder(e.type, e.id, k.type, k.id) < 0) return undefined
      return { id: k.id, name: k.name, aliases: [], roles: [] }
    }
    return undefined
  }

  /**
   * Speakers extraction could not place: a capitalised name at the start of a sentence ("Varga
   * said …") that the document gives no more about. When the store knows one person by it, that
   * is who spoke, and the document gains the entity with this mention.
   */
  private nameSpeakers(doc: Document): NameUse[] {
    const uses: NameUse[] = []
    for (const { statement, text, span } of unnamedSpeakers(doc)) {
      const target = this.targetOf({ id: '', type: 'person', name: text, aliases: [], roles: [], mentions: [] })
      const keys = evidenceKeys('person', text, true)
      if (keys) uses.push({ keys, type: 'person', name: text, rawId: '', statement: doc.statements.indexOf(statement), entity: target?.id ?? null })
      if (!target) continue
      statement.speaker = { ...statement.speaker, name: target.name, entity: target.id }
      const had = doc.entities.find((e) => e.id === target.id)
      if (had) {
        if (!had.aliases.includes(text)) had.aliases.push(text)
        had.mentions.push(span)
      } else doc.entities.push({ id: target.id, type: 'person', name: target.name, aliases: [target.name, text], roles: [], mentions: [span] })
    }
    return uses
  }

  /** Makes the document's (resolved) entities and events known to the documents after it. */
  private remember(doc: Document): void {
    for (const e of doc.entities) {
      const known: Known = { id: e.id, type: e.type, name: e.name, full: e.name.trim().includes(' '), documents: namedInFull(e) ? 1 : 0 }
      const keys = new Set([e.name, ...e.aliases].map(nameKey).filter(Boolean))
      const lastNames = new Set([...keys].flatMap((key) => (e.type === 'person' ? (surnameKey(key) ?? []) : [])))
      for (const key of keys) add(this.byAlias, key, known)
      for (const last of lastNames) add(this.bySurname, last, known)
    }
  }

  /**
   * Each event of the document filed under the event its report links to (event-links.ts), or a
   * new one. What the store holds
   * decides this, so it may differ with the order documents come in: settle-events.ts groups the
   * reports again once they are committed.
   */
  private async resolveEvents(doc: Document): Promise<Event[]> {
    const events: Event[] = []
    for (const [index, e] of doc.events.entries()) {
      const report: EventReport = {
        eventId: '',
        documentId: doc.id,
        index,
        ...(doc.date ? { documentDate: doc.date } : {}),
        type: e.type,
        status: e.status,
        ...(e.date ? { date: e.date } : {}),
        ...(e.place ? { place: e.place } : {}),
        participants: [...new Set(e.participants)],
      }
      const anchors = reportAnchors(report)
      const candidates = new Map<string, EventReport>()
      if (anchors.length) for (const r of await this.store.findEventReports({ anchors, limit: CANDIDATE_EVENTS, reportsPerEvent: CANDIDATE_REPORTS })) candidates.set(reportKey(r), r)
      // The run's own filing stands over the store's: it is newer.
      for (const a of anchors) for (const key of this.reportsByAnchor.get(a) ?? []) candidates.set(key, this.reports.get(key)!)
      // Two events the document tells apart are two events.
      const open = [...candidates.values()].filter((r) => !events.some((e) => e.id === r.eventId))
      report.eventId = likeliestEvent(report, open) ?? (await this.newEventId(report))
      this.file(report)
      events.push({ ...e, id: report.eventId })
    }
    const renamed = new Map(doc.events.map((e, k) => [e.id, events[k]!.id]))
    for (const s of doc.statements) if (s.event && renamed.has(s.event)) s.event = renamed.get(s.event)!
    return events
  }

  private file(report: EventReport): void {
    const key = reportKey(report)
    this.reports.set(key, report)
    this.runEvents.add(report.eventId)
    for (const a of reportAnchors(report)) {
      const keys = this.reportsByAnchor.get(a) ?? []
      // The latest only, as the store's candidates are bounded: a feed may tell one event thousands of times.
      if (keys.push(key) > RUN_REPORTS_PER_ANCHOR) keys.shift()
      this.reportsByAnchor.set(a, keys)
    }
  }

  /** The report's base id (event-links.ts) unless the store or this run has an event by it, then its distinct id. */
  private async newEventId(report: EventReport): Promise<string> {
    const base = baseEventId(report)
    const taken = this.runEvents.has(base) || (await this.store.findEventReports({ events: [base], limit: 1 })).length > 0
    return taken ? distinctEventId(report) : base
  }
}

/** The event with most strong links to the report (else most weak ones), the earliest reported on a tie. */
function likeliestEvent(report: EventReport, candidates: readonly EventReport[]): string | undefined {
  const tally = new Map<string, { strong: number; weak: number; first: EventReport }>()
  for (const r of candidates) {
    const link = linkOf(report, r)
    if (link === 'none') continue
    const t = tally.get(r.eventId) ?? { strong: 0, weak: 0, first: r }
    t[link]++
    if (reportOrder(r, t.first) < 0) t.first = r
    tally.set(r.eventId, t)
  }
  const best = [...tally.values()].sort((x, y) => y.strong - x.strong || y.weak - x.weak || reportOrder(x.first, y.first))[0]
  return best?.first.eventId
}

/**
 * Names the document itself explains, whatever else is known, so that no evidence is asked of
 * them: a bare name goes to the one entity of a longer name in the document that answers to it
 * (the person "Fidel Castro" for "Castro", the outlet "Bloomberg News", known as "Bloomberg", for
 * "Bloomberg"), and a titled name to the one person the document names by the name it ends in
 * ("Democrat Elijah Cummings" and "Elijah Cummings"). Otherwise one bare name read both as a
 * person and as an organisation ("Obama" both ways) is the person. Where the document names two
 * that fit ("Fidel Castro", "Raul Castro" and "Castro"), the name stays alone, itself.
 */
function withinDocument(doc: Document): { folded: Map<string, string>; alone: Set<string> } {
  const longer = new Map<string, Set<string>>()
  const people = new Map<string, Set<string>>()
  const bare = new Map<string, Entity[]>()
  const titled: { e: Entity; tails: string[] }[] = []
  const answers = (index: Map<string, Set<string>>, key: string, id: string) => index.set(key, (index.get(key) ?? new Set()).add(id))
  const named: Entity[] = []
  for (const e of doc.entities) {
    const key = nameKey(e.name)
    if (!key) continue
    const words = key.split(' ')
    if (words.length === 1) {
      if (e.type === 'person' || e.type === 'organization') bare.set(key, [...(bare.get(key) ?? []), e])
      continue
    }
    named.push(e)
    if (e.type === 'person') {
      answers(longer, words.at(-1)!, e.id)
      answers(people, key, e.id)
      if (words.length >= 3) titled.push({ e, tails: [words.slice(-3).join(' '), words.slice(-2).join(' ')].filter((t) => t !== key) })
    }
  }
  // One-word aliases of longer names matter only to a bare name.
  if (bare.size) {
    for (const e of named) {
      for (const alias of e.aliases) {
        if (alias.includes(' ')) continue
        const k = nameKey(alias)
        if (k && !k.includes(' ')) answers(longer, k, e.id)
      }
    }
  }
  const folded = new Map<string, string>()
  const alone = new Set<string>()
  for (const [key, named] of bare) {
    // People fit a bare name read either way; organisations and outlets, one read as an organisation.
    const fits = [...(longer.get(key) ?? [])].filter((id) => typeOf(doc, id) === 'person' || named.some((e) => compatible(typeOf(doc, id), e.type)))
    const person = named.find((e) => e.type === 'person')?.id
    const into = fits.length === 1 ? fits[0]! : (person ?? named[0]!.id)
    for (const e of named) if (e.id !== into) folded.set(e.id, into)
    if (fits.length > 1) alone.add(into)
  }
  for (const { e, tails } of titled) {
    for (const tail of tails) {
      const fits = [...(people.get(tail) ?? [])]
      if (fits.length === 0) continue
      if (fits.length === 1) folded.set(e.id, fits[0]!)
      else alone.add(e.id)
      break
    }
  }
  return { folded, alone }
}

function typeOf(doc: Document, id: string): Entity['type'] {
  return doc.entities.find((e) => e.id === id)!.type
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
  if (had) had.documents += known.documents
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
  return !second || (first.documents >= DOMINANCE * second.documents && first.documents > second.documents) ? first : undefined
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

