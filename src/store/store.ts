import type { Document, Entity, Event, EventStatus, EventType, Stance, Statement, StatementKind } from '../core/records.js'

// One interface for every store: the embedded SQLite default (store/sqlite) and, later, PostgreSQL.
// Every implementation passes the same contract suite (store/contract.ts). Methods are async so
// that a networked store fits the same shape.

/** How a document reached the store: what was read, by which reader, and when. */
/** Candidates a near-duplicate check reads per MinHash band at most (documentsSharingBands). */
export const BAND_CANDIDATES = 16

export interface DocumentProvenance {
  /** A file path, URL or "stdin", with "#id" for one item of a feed, export or JSON lines file. */
  origin: string
  /** The reader that produced it: text, brief, html, feed, telegram, jsonl. */
  reader: string
  /** ISO date-time of ingestion. */
  ingestedAt: string
  /** Where a forwarded Telegram post came from, and similar chains: outer first. */
  forwardedFrom?: string[]
  /** Id of an earlier document this one republishes with small edits. */
  nearDuplicateOf?: string
  /** MinHash signature of the normalised text (see core/minhash), for near-duplicate lookups: the
   *  store indexes its LSH bands (core/minhash's lshBands) for documentsSharingBands. */
  signature?: number[]
}

export interface StoredDocument {
  document: Document
  provenance: DocumentProvenance
}

export type PutOutcome = 'new' | 'unchanged'

export interface SearchQuery {
  /** Full-text query over statement content (and speaker); words are ANDed. */
  text?: string
  /** Speaker name or alias, case-insensitive ("Peskov" finds "Dmitry Peskov"). */
  speaker?: string
  /** Outlet name or alias: the publisher or an outlet the statement came through. */
  outlet?: string
  /** Entity name or alias the statement is about. */
  about?: string
  /** Inclusive date bounds, YYYY-MM-DD, on the statement's date. */
  from?: string
  to?: string
  kind?: StatementKind
  stance?: Stance
  /** Event id: statements that concern it. */
  event?: string
  /** Statements from documents in this language (Document.lang, ISO 639-1: "en", "ru", "uk"). */
  lang?: string
  /** Best match first (the default with text), or in date order, oldest first: a timeline. */
  order?: 'relevance' | 'date'
  /** Default 20, at most 1000. */
  limit?: number
  offset?: number
  /** Include statements from documents that are near-duplicates of another (default false). */
  includeDuplicates?: boolean
}

export interface SearchHit {
  statement: Statement
  /** The document it came from: id, title, date, language (the statement's), url, and publishing outlet name and entity id. */
  document: { id: string; title?: string; date?: string; lang: string; url?: string; outlet?: string; outletId?: string }
  /** Relevance, larger is better; 0 without a text query. */
  score: number
}

export interface StoredEntity {
  /** Merged across documents: every alias and role seen, in the order first seen. Its `mentions`
   *  are empty: mentions are spans into one document's text, kept with that document. */
  entity: Entity
  /** How many statements it speaks, and is spoken about in (near-duplicates left out, as in search). */
  statementCount: number
  aboutCount: number
  /** Dates (YYYY-MM-DD) of the first and last documents that name it. */
  firstSeen?: string
  lastSeen?: string
  /** How many documents name it (added for ranking lookups; optional for older stores). */
  documentCount?: number
  /** Its roles with the dates of the first and last documents that gave them, in the order first seen. */
  roleHistory?: { role: string; firstSeen?: string; lastSeen?: string }[]
  /** Outlets that carry its statements (publisher or named channel), most statements first: from getEntity; lists and name lookups leave it out. */
  outlets?: { id: string; name: string; statements: number }[]
}

/** An entity a name key matched, for resolving a document's mentions to stored entities. */
export interface NameCandidate {
  id: string
  type: Entity['type']
  name: string
  documentCount: number
  /** Of them, documents that name it in full (store/names namedInFull): what a bare last name is weighed by. */
  fullDocuments?: number
  /** The name key it matched, and how: one of its aliases, or (people) its last name. */
  key: string
  by: 'alias' | 'surname'
}

/**
 * A name in a document whose meaning depends on what the store knows (ingest/resolve.ts): a bare
 * last name, a title before a known name, a speaker named only in passing. Kept with the
 * document, so that when the evidence changes every document's use of it is decided again.
 */
export interface NameUse {
  /** The name keys the decision reads: when what they match changes, it is made again. */
  keys: string[]
  type: Entity['type']
  /** The name as the document wrote it, and the id it has when nothing else is known (for a speaker only named: ""). */
  name: string
  rawId: string
  /** For a speaker only named: the statement's index in the document; else the whole entity. */
  statement?: number
  /** The entity it stands for now; null for a speaker left unnamed. */
  entity: string | null
}

/** A document to put, with the names in it whose meaning depends on the evidence. */
export interface PutItem extends StoredDocument {
  uses?: readonly NameUse[]
}

/** A name key waiting to be decided again, with the stamp of the put that touched it last. */
export interface PendingName {
  key: string
  stamp: number
}

/** One way a name has been used (NameUse without its document), and the entity it should stand for now. */
export interface NameForm {
  key: string
  type: Entity['type']
  name: string
  rawId: string
}

export interface StoredEvent {
  /** Merged across documents: every participant named, the latest status told, the date as best
   *  known. Its `mentions` are empty: they are spans into each reporting document's text. */
  event: Event
  /** Each document's own account, oldest document first: the status history. */
  reports: { documentId: string; documentDate?: string; status: EventStatus; date?: string }[]
  /** Statements that concern it (near-duplicates left out, as in search). */
  statementCount: number
  firstSeen?: string
  lastSeen?: string
  documentCount: number
}

/** One document's account of an event: the event as that document tells it (ids resolved), and the event it is filed under. */
export interface EventReport {
  eventId: string
  documentId: string
  /** Which of the document's events it is (0-based, in `Document.events`). */
  index: number
  documentDate?: string
  type: EventType
  status: EventStatus
  date?: string
  place?: string
  participants: string[]
}

export interface EventReportQuery {
  anchors?: readonly string[]
  events?: readonly string[]
  /** Events at most, the latest seen first. */
  limit?: number
  /** Reports at most of each event: half of the first stored, half of the last (a feed may tell one event thousands of times). */
  reportsPerEvent?: number
}

/** An event whose reports changed since its grouping was last decided (ingest/settle-events.ts). */
export interface PendingEvent {
  id: string
  stamp: number
}

/** Which event a stored report belongs to. */
export interface EventAssignment {
  documentId: string
  index: number
  eventId: string
}

export interface EventQuery {
  /** Entity ids: events with any of them as a participant. */
  participants?: string[]
  /** Entity id: events held there. With `participants`, events that match either. */
  place?: string
  type?: EventType
  /** Default 20, at most 1000. */
  limit?: number
}

export interface StoreStats {
  documents: number
  nearDuplicates: number
  statements: number
  entities: Record<Entity['type'], number>
  outlets: number
  firstDate?: string
  lastDate?: string
}

/** Documents by words, dates and publisher (GET /documents); every field optional. */
export interface DocumentQuery {
  /** Words the title or text must all contain; best match first (else newest first). */
  text?: string
  /** Inclusive bounds on the document date: YYYY, YYYY-MM or YYYY-MM-DD. */
  from?: string
  to?: string
  /** The publishing outlet: a name, an alias or an entity id. */
  outlet?: string
  /** Documents in this language (Document.lang, ISO 639-1: "en", "ru", "uk"). */
  lang?: string
  /** Default 20, at most 1000. */
  limit?: number
  offset?: number
  /** Near-duplicate copies too (left out by default, as in search). */
  includeDuplicates?: boolean
}

/** A document without its text and records: what a list shows. */
export interface DocumentSummary {
  id: string
  title?: string
  date?: string
  /** Its language (ISO 639-1). */
  lang: string
  url?: string
  /** The publishing outlet's name, and its entity id. */
  outlet?: string
  outletId?: string
  /** How many statements were extracted from it. */
  statements: number
  /** Where it was read from: a path, a URL, "stdin" or "http". */
  origin: string
  nearDuplicateOf?: string
}

export interface Store {
  readonly kind: string
  /** Stores a document, its statements, entities and sources in one transaction; a document
   *  already stored under the same id is left as it is ('unchanged'). */
  putDocument(document: Document, provenance: DocumentProvenance): Promise<PutOutcome>
  /** Stores several documents in ONE transaction, all or none: ingestion commits in small groups,
   *  since a commit costs more than a document's rows. Outcomes are in the order given. */
  putDocuments(items: readonly PutItem[]): Promise<PutOutcome[]>
  /**
   * Name keys whose evidence changed since they were last decided (each put records the keys of
   * its documents' names and uses), with the forms of names used under them (see NameUse), each once.
   */
  pendingNames(): Promise<{ pending: PendingName[]; forms: NameForm[] }>
  /**
   * Merges entities spelled alike (the same name key, of one kind: people, places, organisations
   * and outlets) whose name is one of `keys`, into the one store/names canonicalOrder puts first.
   * Returns how many statements changed.
   */
  mergeSpellings(keys: readonly string[]): Promise<{ statements: number }>
  /**
   * Makes every stored use of each form stand for its `entity` (null: a speaker left unnamed; the
   * form's rawId: the name on its own), rewriting the documents, statements and counts that
   * differ, and marks `done` as decided (unless a later put touched them again), in one
   * transaction. Keys whose evidence the rewrite changed become pending. Returns the documents changed.
   */
  redecideNames(decisions: readonly (NameForm & { entity: string | null })[], done: readonly PendingName[]): Promise<{ documents: number }>
  hasDocument(id: string): Promise<boolean>
  /** How many statements a stored document has; undefined when no document has this id. */
  statementCountOf(id: string): Promise<number | undefined>
  getDocument(id: string): Promise<StoredDocument | undefined>
  /** Documents matching every filter given: best match first with text, newest first without. */
  listDocuments(query?: DocumentQuery): Promise<DocumentSummary[]>
  /**
   * Documents that share at least one MinHash band with `bands` (see core/minhash): for each band, at
   * most BAND_CANDIDATES / 2 of the earliest stored and as many of the latest. A band that thousands
   * of documents share (a feed of similar items) says little on its own, and reading all of them
   * for every new document would make ingest quadratic.
   */
  documentsSharingBands(bands: string[]): Promise<{ id: string; signature: number[] }[]>
  search(query: SearchQuery): Promise<SearchHit[]>
  /** A statement by its global id ("<document id>:s3") with its document. */
  getStatement(id: string): Promise<SearchHit | undefined>
  /** With `outlets: false`, without the outlets that carry it (they cost a read of every statement it made). */
  getEntity(id: string, options?: { outlets?: boolean }): Promise<StoredEntity | undefined>
  /** The entity alone (names, roles, labels), without getEntity's counts: what naming it needs, at a fraction of the cost. */
  getEntityRecord(id: string): Promise<Entity | undefined>
  /** Entities whose name or alias matches, case-insensitive, best first. */
  findEntities(name: string, limit?: number): Promise<StoredEntity[]>
  /** Entities of a type (all without one), named in most documents first. */
  listEntities(query?: { type?: Entity['type']; limit?: number; offset?: number }): Promise<StoredEntity[]>
  /** Entities known by these name keys (see store/names), and where merged-away ids now point. */
  matchNames(keys: readonly string[], ids: readonly string[]): Promise<{ candidates: NameCandidate[]; redirects: Record<string, string> }>
  /** Makes `fromIds` one entity with `intoId`: statements, aliases and roles move; the old ids
   *  redirect to it on later ingests. Returns how many statements changed. */
  mergeEntities(intoId: string, fromIds: readonly string[]): Promise<{ statements: number }>
  /** Splits off a new entity known by `aliases`, with the statements whose speaker was written so. */
  splitEntity(id: string, aliases: readonly string[], name?: string): Promise<{ id: string; statements: number }>
  /** Adds aliases to an entity; returns how many were new. */
  addAliases(id: string, aliases: readonly string[]): Promise<{ added: number }>
  getEvent(id: string): Promise<StoredEvent | undefined>
  findEvents(query: EventQuery): Promise<StoredEvent[]>
  /**
   * Every report of the events that have any of `anchors` (entity ids) as a participant or as their
   * place, or are one of `events`, unless `limit` or `reportsPerEvent` bound them.
   */
  findEventReports(query: EventReportQuery): Promise<EventReport[]>
  /** Events whose reports changed since they were last grouped (every put and name rewrite marks them). */
  pendingEvents(): Promise<PendingEvent[]>
  /**
   * Files each report under its `eventId` (new ids become events), rewriting the documents and
   * statements that differ, rebuilds every event concerned from its reports in an order that does
   * not depend on when they came, deletes events left without reports, and marks `done` as
   * grouped (unless a later put touched them again), in one transaction. Returns the documents changed.
   */
  regroupEvents(assignments: readonly EventAssignment[], done: readonly PendingEvent[]): Promise<{ documents: number }>
  stats(): Promise<StoreStats>
  close(): Promise<void>
}
