import type Database from 'better-sqlite3'
import type { Document, Entity, EntityType } from '../../core/records.js'
import { WirewatchError } from '../../core/errors.js'
import type { DocumentProvenance, DocumentQuery, DocumentSummary, EventAssignment, EventQuery, EventReport, EventReportQuery, NameCandidate, NameForm, PendingEvent, PendingName, PutItem, PutOutcome, SearchHit, SearchQuery, Store, StoreStats, StoredDocument, StoredEntity, StoredEvent } from '../store.js'
import { findEvents, readEvent } from './events.js'
import { findEventReports, markEventsPending, pendingEvents, regroupEvents } from './event-groups.js'
import { addAliases, mergeEntities, splitEntity } from './entity-edits.js'
import { openDatabase, Prepared, type SqliteStoreOptions } from './connection.js'
import { EntityCache, EntityWriter, findEntityNs, matchNames, readEntity, readEntityRecord } from './entities.js'
import { listDocuments } from './documents.js'
import { putDocumentRows } from './put.js'
import { markPending, mergeSpellings, pendingNames, redecideNames } from './name-uses.js'
import { readDocument, readStatement } from './read.js'
import { searchStatements } from './search.js'
import { readDocumentsSharingBands, readStats } from './stats.js'

/** Opens the embedded store at `path` (a file, created if need be, or ":memory:"), migrating it to the current schema. */
export async function openSqliteStore(path: string, options: SqliteStoreOptions = {}): Promise<SqliteStore> {
  return new SqliteStore(openDatabase(path, options))
}

/** The embedded Store on SQLite. better-sqlite3 is synchronous; the methods are async to fit the Store shape. */
export class SqliteStore implements Store {
  readonly kind = 'sqlite'
  private readonly p: Prepared
  private readonly cache = new EntityCache()
  /** PRAGMA data_version when the entity cache was last known to match the database. */
  private dataVersion = -1
  private readonly putOne: (doc: Document, provenance: DocumentProvenance) => PutOutcome
  private readonly putMany: (items: readonly PutItem[]) => PutOutcome[]

  constructor(private readonly db: Database.Database) {
    this.p = new Prepared(db)
    // IMMEDIATE: take the write lock up front, so a concurrent writer waits (busy timeout)
    // instead of failing halfway when a read lock cannot be upgraded.
    const many = db.transaction((items: readonly PutItem[]) => {
      this.forgetOthersWrites()
      const entities = new EntityWriter(this.p, this.cache)
      const outcomes = items.map((i) => putDocumentRows(this.p, entities, i.document, i.provenance, i.uses))
      entities.finish()
      markPending(this.p, entities.touched)
      markEventsPending(this.p, items.flatMap((i, k) => (outcomes[k] === 'new' ? (i.document.events ?? []).map((e) => e.id) : [])))
      return outcomes
    })
    this.putMany = (items) => many.immediate(items)
    this.putOne = (document, provenance) => this.putMany([{ document, provenance }])[0]!
  }

  /** The database file ("" or ":memory:" for an in-memory one). */
  get path(): string {
    return this.db.name
  }

  async putDocument(document: Document, provenance: DocumentProvenance): Promise<PutOutcome> {
    this.checkOpen()
    return this.storing(document.id, () => this.putOne(document, provenance))
  }

  /** Many documents in ONE transaction (all or none), through the same code as putDocument. */
  async putDocuments(items: readonly PutItem[]): Promise<PutOutcome[]> {
    this.checkOpen()
    return this.storing(`${items.length} documents`, () => this.putMany(items))
  }

  async hasDocument(id: string): Promise<boolean> {
    this.checkOpen()
    return this.p.get('SELECT 1 FROM documents WHERE id = ?').get(id) !== undefined
  }

  async statementCountOf(id: string): Promise<number | undefined> {
    this.checkOpen()
    return this.p.pluck('SELECT (SELECT count(*) FROM statements s WHERE s.document_n = d.n) FROM documents d WHERE d.id = ?').get(id) as number | undefined
  }

  async getDocument(id: string): Promise<StoredDocument | undefined> {
    this.checkOpen()
    return readDocument(this.p, id)
  }

  async documentsSharingBands(bands: string[]): Promise<{ id: string; signature: number[] }[]> {
    this.checkOpen()
    return readDocumentsSharingBands(this.p, bands)
  }

  async search(query: SearchQuery): Promise<SearchHit[]> {
    this.checkOpen()
    return searchStatements(this.p, query)
  }

  async getStatement(id: string): Promise<SearchHit | undefined> {
    this.checkOpen()
    return readStatement(this.p, id)
  }

  async getEntity(id: string, options: { outlets?: boolean } = {}): Promise<StoredEntity | undefined> {
    this.checkOpen()
    return readEntity(this.p, { id }, options.outlets ?? true)
  }

  async getEntityRecord(id: string): Promise<Entity | undefined> {
    this.checkOpen()
    return readEntityRecord(this.p, { id })?.entity
  }

  async findEntities(name: string, limit = 10): Promise<StoredEntity[]> {
    this.checkOpen()
    return findEntityNs(this.p, name, Math.max(0, Math.min(1000, Math.floor(limit)))).flatMap((n) => readEntity(this.p, { n }, false) ?? [])
  }

  async listEntities(query: { type?: EntityType; limit?: number; offset?: number } = {}): Promise<StoredEntity[]> {
    this.checkOpen()
    const limit = Math.max(0, Math.min(1000, Math.floor(query.limit ?? 20)))
    const offset = Math.max(0, Math.floor(query.offset ?? 0))
    const where = query.type ? 'WHERE type = @type' : ''
    const ns = this.p.pluck(`SELECT n FROM entities ${where} ORDER BY document_count DESC, name, n LIMIT @limit OFFSET @offset`).all({ limit, offset, ...(query.type ? { type: query.type } : {}) }) as number[]
    return ns.flatMap((n) => readEntity(this.p, { n }, false) ?? [])
  }

  async matchNames(keys: readonly string[], ids: readonly string[]): Promise<{ candidates: NameCandidate[]; redirects: Record<string, string> }> {
    this.checkOpen()
    return matchNames(this.p, keys, ids)
  }

  async pendingNames(): Promise<{ pending: PendingName[]; forms: NameForm[] }> {
    this.checkOpen()
    return pendingNames(this.p)
  }

  async mergeSpellings(keys: readonly string[]): Promise<{ statements: number }> {
    this.checkOpen()
    this.cache.clear()
    return this.storing('entities spelled alike', () => this.db.transaction(() => ({ statements: mergeSpellings(this.p, keys) })).immediate())
  }

  async redecideNames(decisions: readonly (NameForm & { entity: string | null })[], done: readonly PendingName[]): Promise<{ documents: number }> {
    this.checkOpen()
    // Rewrites may delete or rename entity rows the cache holds.
    this.cache.clear()
    return this.storing('names decided again', () => this.db.transaction(() => ({ documents: redecideNames(this.p, decisions, done) })).immediate())
  }

  async mergeEntities(intoId: string, fromIds: readonly string[]): Promise<{ statements: number }> {
    this.checkOpen()
    // The entity cache may hold the merged-away rows: forget it whatever happens.
    this.cache.clear()
    return this.storing(`a merge into ${intoId}`, () => this.db.transaction(() => ({ statements: mergeEntities(this.p, intoId, fromIds) })).immediate())
  }

  async splitEntity(id: string, aliases: readonly string[], name?: string): Promise<{ id: string; statements: number }> {
    this.checkOpen()
    this.cache.clear()
    return this.storing(`a split of ${id}`, () => this.db.transaction(() => splitEntity(this.p, id, aliases, name)).immediate())
  }

  async addAliases(id: string, aliases: readonly string[]): Promise<{ added: number }> {
    this.checkOpen()
    this.cache.clear()
    return this.storing(`aliases of ${id}`, () => this.db.transaction(() => ({ added: addAliases(this.p, id, aliases) })).immediate())
  }

  async getEvent(id: string): Promise<StoredEvent | undefined> {
    this.checkOpen()
    return readEvent(this.p, { id })
  }

  async findEvents(query: EventQuery): Promise<StoredEvent[]> {
    this.checkOpen()
    return findEvents(this.p, query)
  }

  async findEventReports(query: EventReportQuery): Promise<EventReport[]> {
    this.checkOpen()
    return findEventReports(this.p, query)
  }

  async pendingEvents(): Promise<PendingEvent[]> {
    this.checkOpen()
    return pendingEvents(this.p)
  }

  async regroupEvents(assignments: readonly EventAssignment[], done: readonly PendingEvent[]): Promise<{ documents: number }> {
    this.checkOpen()
    return this.storing('events grouped again', () => this.db.transaction(() => ({ documents: regroupEvents(this.p, assignments, done) })).immediate())
  }

  async stats(): Promise<StoreStats> {
    this.checkOpen()
    return readStats(this.p)
  }

  async listDocuments(query?: DocumentQuery): Promise<DocumentSummary[]> {
    this.checkOpen()
    return listDocuments(this.p, query)
  }

  /** After a large load: merges the full-text indexes into one segment each and refreshes the planner's statistics. */
  async optimize(): Promise<void> {
    this.checkOpen()
    this.db.exec(`INSERT INTO statements_fts(statements_fts) VALUES ('optimize');
                  INSERT INTO documents_fts(documents_fts) VALUES ('optimize');
                  ANALYZE;`)
  }

  async close(): Promise<void> {
    if (!this.db.open) return
    // Lets SQLite refresh statistics the planner uses, cheaply, as its documentation advises.
    if (!this.db.readonly) this.db.pragma('optimize')
    this.db.close()
  }

  /**
   * Clears the entity cache when another connection (another process: `serve --workers`, a CLI
   * ingest or merge) has committed since this one last looked: its rows may have changed under
   * the cache. Called inside write transactions, whose lock keeps others from committing after.
   */
  private forgetOthersWrites(): void {
    const version = this.p.pluck('PRAGMA data_version').get() as number
    if (version !== this.dataVersion) this.cache.clear()
    this.dataVersion = version
  }

  /** Runs a write; an operational failure becomes an E_STORE error naming what was being stored (misuse stays as thrown). */
  private storing<T>(what: string, write: () => T): T {
    try {
      return write()
    } catch (err) {
      // The transaction rolled back: what the cache learnt during it may not be in the database.
      this.cache.clear()
      if (err instanceof TypeError || err instanceof RangeError || err instanceof WirewatchError) throw err
      throw new WirewatchError('E_STORE', `could not store ${what}: ${(err as Error).message}`, { cause: err })
    }
  }

  private checkOpen(): void {
    if (!this.db.open) throw new WirewatchError('E_STORE', 'the store is closed')
  }
}

