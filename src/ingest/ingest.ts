import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { WirewatchError, type ErrorCode } from '../core/errors.js'
import type { Document } from '../core/records.js'
import { BAND_CANDIDATES, type DocumentProvenance, type NameUse, type PutOutcome, type Store } from '../store/store.js'
import { documentId } from '../core/ids.js'
import { NEAR_DUPLICATE_SIMILARITY, estimatedSimilarity, lshBands, minhashSignature } from '../core/minhash.js'
import { fetchInput } from './fetch.js'
import type { InputDocument, ReadProblem, ReadResult } from './input.js'
import { type InputRef, expandInputs } from './inputs.js'
import { readBytes } from './read.js'
import type { Registry } from './registry.js'
import { Resolver } from './resolve.js'
import { settleNames } from './settle.js'
import { settleEvents } from './settle-events.js'
import { toDocument } from './to-document.js'

export type DocumentOutcome = 'new' | 'unchanged' | 'duplicate'

export type IngestEvent =
  | { type: 'input'; origin: string; index: number; total: number }
  | { type: 'document'; origin: string; outcome: DocumentOutcome; statements: number; id: string }
  | { type: 'problem'; problem: ReadProblem }

export interface IngestSummary {
  inputs: number
  documents: Record<DocumentOutcome | 'failed', number>
  statementsAdded: number
  problems: ReadProblem[]
}

export interface IngestOptions {
  store: Store
  /** Largest input read, in bytes (default 50 MB): larger files are refused without being read. */
  maxBytes?: number
  /** Standard input, for "-". */
  stdin?: NodeJS.ReadableStream
  onEvent?: (event: IngestEvent) => void
  /** The user's registry of people and organisations (aliases, roles, merges), applied first. */
  registry?: Registry
  /** The clock, for provenance (tests pin it). */
  now?: () => Date
  /** Documents committed together in one transaction (default 256; 1 commits each alone). A
   *  document is never split across transactions, so a crash loses whole documents only. */
  batchSize?: number
}

// Large groups because the full-text indexes flush their new terms once per commit, and the terms
// of 256 articles are far fewer than 4 × those of 64: measured on PolNeAR train, commits cost
// 254 ms in groups of 64 and 66 ms in groups of 256. Text bounds the group too, so that a batch of
// long pages does not hold hundreds of megabytes.
const DEFAULT_BATCH_SIZE = 256
const BATCH_MAX_TEXT_CHARS = 8_000_000
// Names are settled (settle.ts) at the end of a run, and every so many commits in a long one: each
// settling decides again every name key touched since the last, so settling after every commit
// would redo, and rewrite back and forth, what the next commit's evidence changes again.
const SETTLE_EVERY_COMMITS = 16

export const DEFAULT_MAX_INPUT_BYTES = 50 * 1024 * 1024
const SYNC_READ_MAX_BYTES = 1024 * 1024

/**
 * Reads every input, extracts each document and stores it, committing small groups of whole
 * documents (see batchSize). Running it again on the same inputs adds nothing; a republished copy
 * is linked to the first as a near-duplicate; a bad input is reported and the batch goes on.
 */
export async function ingest(args: readonly string[], options: IngestOptions): Promise<IngestSummary> {
  const run = new IngestRun(options)
  const { inputs, problems } = await expandInputs(args)
  problems.forEach((p) => run.problem(p))
  run.summary.inputs = inputs.length
  for (const [index, input] of inputs.entries()) {
    const origin = originOf(input)
    options.onEvent?.({ type: 'input', origin, index, total: inputs.length })
    let read: ReadResult
    try {
      read = await readInput(input, options)
    } catch (err) {
      run.fail(origin, err)
      continue
    }
    read.problems.forEach((p) => run.problem(p))
    for (const doc of read.documents) await run.add(doc)
  }
  return run.finish()
}

/**
 * Extracts and stores documents already read (the body of an HTTP request, say) as ingest() does
 * files: the same resolution against the store, near-duplicate check and batched commits. A
 * document that fails is reported in the summary and the others go on.
 */
export async function ingestDocuments(documents: readonly InputDocument[], options: IngestOptions): Promise<IngestSummary> {
  const run = new IngestRun(options)
  run.summary.inputs = documents.length
  for (const doc of documents) await run.add(doc)
  return run.finish()
}

/** One run's summary and events, around the batch of documents waiting to be committed. */
class IngestRun {
  readonly summary: IngestSummary = { inputs: 0, documents: { new: 0, unchanged: 0, duplicate: 0, failed: 0 }, statementsAdded: 0, problems: [] }
  private readonly batch: PendingBatch

  constructor(private readonly options: IngestOptions) {
    this.batch = new PendingBatch(options)
  }

  /** An input or document that could not be read or stored: reported, counted as failed. A warning is only reported. */
  problem(p: ReadProblem): void {
    this.summary.problems.push(p)
    if (p.severity !== 'warning') this.summary.documents.failed++
    this.options.onEvent?.({ type: 'problem', problem: p })
  }

  fail(origin: string, err: unknown): void {
    this.problem({ origin, code: codeOf(err), message: messageOf(err) })
  }

  /** Prepares a document; commits the batch when it is full. */
  async add(input: InputDocument): Promise<void> {
    try {
      // Documents are keyed by their text: one the store has already is not extracted again.
      const id = documentId(input.text)
      const stored = await this.options.store.statementCountOf(id)
      if (stored !== undefined) return this.record(input.origin, { outcome: 'unchanged', id, statements: stored })
      const received = (this.options.now?.() ?? new Date()).toISOString().slice(0, 10)
      const prepared = await this.batch.prepare(input, toDocument(input, this.options.registry?.outlets, received))
      if (prepared.outcome === 'unchanged') this.record(input.origin, prepared)
      else if (this.batch.size >= (this.options.batchSize ?? DEFAULT_BATCH_SIZE) || this.batch.textChars >= BATCH_MAX_TEXT_CHARS) await this.flush()
    } catch (err) {
      this.fail(input.origin, err)
    }
  }

  /** Commits what is left, settles the names the run touched (and any a crashed run left), and returns the summary. */
  async finish(): Promise<IngestSummary> {
    await this.flush()
    await this.batch.settle()
    return this.summary
  }

  private record(origin: string, stored: { outcome: DocumentOutcome; statements: number; id: string }): void {
    this.summary.documents[stored.outcome]++
    if (stored.outcome !== 'unchanged') this.summary.statementsAdded += stored.statements
    this.options.onEvent?.({ type: 'document', origin, ...stored })
  }

  private async flush(): Promise<void> {
    for (const result of await this.batch.commit()) {
      if ('error' in result) this.fail(result.origin, result.error)
      else this.record(result.origin, result)
    }
  }
}

async function readInput(input: InputRef, options: IngestOptions): Promise<ReadResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_INPUT_BYTES
  switch (input.kind) {
    case 'file': {
      if (input.size > maxBytes) {
        throw new WirewatchError('E_INPUT_TOO_LARGE', `${megabytes(input.size)} is more than the limit of ${megabytes(maxBytes)}`)
      }
      // A small file is read synchronously: ~10 µs from the page cache, where the promise API's
      // open/stat/read/close round trips through the thread pool cost ~0.5 ms of idle time each.
      return readBytes(input.size <= SYNC_READ_MAX_BYTES ? readFileSync(input.path) : await readFile(input.path), input.path)
    }
    case 'url': {
      const fetched = await fetchInput(input.url, { maxBytes })
      return readBytes(fetched.bytes, fetched.finalUrl, { url: fetched.finalUrl, ...(fetched.contentType ? { contentType: fetched.contentType } : {}) })
    }
    case 'stdin': {
      if (!options.stdin) throw new WirewatchError('E_USAGE', 'no standard input to read')
      return readBytes(await readStream(options.stdin, maxBytes), 'stdin')
    }
  }
}

interface Prepared {
  document: Document
  uses: NameUse[]
  provenance: DocumentProvenance
  origin: string
  bands: string[]
  outcome: DocumentOutcome
}

type Committed = { origin: string; outcome: DocumentOutcome; statements: number; id: string } | { origin: string; error: unknown }

/**
 * Documents extracted and checked, waiting to be committed together. Lookups see the batch as if
 * it were stored already, so a duplicate within one batch is found as it would be across batches.
 */
class PendingBatch {
  private items: Prepared[] = []
  private chars = 0
  private readonly ids = new Set<string>()
  private readonly bandIndex = new Map<string, Prepared[]>()
  private resolver: Resolver
  private unsettledCommits = 0

  constructor(private readonly options: IngestOptions) {
    this.resolver = new Resolver(options.store, options.registry)
  }

  get size(): number {
    return this.items.length
  }

  /** Characters of text waiting to be committed. */
  get textChars(): number {
    return this.chars
  }

  /**
   * Adds the document extracted from `input` to the batch, unless the batch has it already (the
   * caller checked the store; a copy another process commits meanwhile is 'unchanged' at the put).
   */
  async prepare(input: InputDocument, extracted: Document): Promise<{ outcome: DocumentOutcome; statements: number; id: string }> {
    const statements = extracted.statements.length
    if (this.ids.has(extracted.id)) return { outcome: 'unchanged', statements, id: extracted.id }
    // People, outlets and events as the store (and this run) already know them.
    const { document, uses } = await this.resolver.resolveNames(extracted)
    const signature = minhashSignature(document.text)
    const bands = lshBands(signature)
    const nearDuplicateOf = await this.nearDuplicate(signature, bands)
    const provenance: DocumentProvenance = {
      origin: input.origin,
      reader: input.reader,
      ingestedAt: (this.options.now?.() ?? new Date()).toISOString(),
      signature,
      ...(input.forwardedFrom?.length ? { forwardedFrom: input.forwardedFrom } : {}),
      ...(nearDuplicateOf ? { nearDuplicateOf } : {}),
    }
    const prepared: Prepared = { document, uses, provenance, origin: input.origin, bands, outcome: nearDuplicateOf ? 'duplicate' : 'new' }
    this.items.push(prepared)
    this.chars += document.text.length
    this.ids.add(document.id)
    for (const band of bands) {
      const sharing = this.bandIndex.get(band)
      if (sharing) sharing.push(prepared)
      else this.bandIndex.set(band, [prepared])
    }
    return { outcome: prepared.outcome, statements, id: document.id }
  }

  /**
   * Commits the batch in one transaction (if that fails, each document alone, to isolate the bad
   * one); every SETTLE_EVERY_COMMITS commits, settles names too.
   */
  async commit(): Promise<Committed[]> {
    const results = await this.put()
    if (results.length && ++this.unsettledCommits >= SETTLE_EVERY_COMMITS) await this.settle()
    return results
  }

  /**
   * Decides again the names whose meaning the commits' evidence changed (settle.ts), and those a
   * crashed run left pending; the next documents are resolved against the settled store.
   */
  async settle(): Promise<void> {
    this.unsettledCommits = 0
    await settleNames(this.options.store, this.options.registry)
    // After the names: a rewrite of names changes the participants events are grouped by.
    await settleEvents(this.options.store)
    this.resolver = new Resolver(this.options.store, this.options.registry)
  }

  private async put(): Promise<Committed[]> {
    const items = this.items
    this.items = []
    this.chars = 0
    this.ids.clear()
    this.bandIndex.clear()
    if (items.length === 0) return []
    const { store } = this.options
    const done = (p: Prepared, outcome: PutOutcome): Committed => ({
      origin: p.origin,
      outcome: outcome === 'unchanged' ? 'unchanged' : p.outcome,
      statements: p.document.statements.length,
      id: p.document.id,
    })
    try {
      const outcomes = await store.putDocuments(items.map(({ document, provenance, uses }) => ({ document, provenance, uses })))
      return items.map((p, k) => done(p, outcomes[k]!))
    } catch {
      const results: Committed[] = []
      for (const p of items) {
        try {
          results.push(done(p, (await store.putDocuments([{ document: p.document, provenance: p.provenance, uses: p.uses }]))[0]!))
        } catch (error) {
          results.push({ origin: p.origin, error })
        }
      }
      return results
    }
  }

  /** The most similar document, stored or pending, above the threshold; earliest id first on ties. */
  private async nearDuplicate(signature: number[], bands: string[]): Promise<string | undefined> {
    const candidates = [
      ...(await this.options.store.documentsSharingBands(bands)),
      // The batch's own, bounded per band as the store bounds its: the earliest and the latest.
      ...bands.flatMap((band) => boundedCandidates(this.bandIndex.get(band) ?? [])).map((p) => ({ id: p.document.id, signature: p.provenance.signature! })),
    ]
    let best: { id: string; similarity: number } | undefined
    for (const candidate of candidates) {
      const similarity = estimatedSimilarity(signature, candidate.signature)
      if (similarity < NEAR_DUPLICATE_SIMILARITY) continue
      if (!best || similarity > best.similarity || (similarity === best.similarity && candidate.id < best.id)) best = { id: candidate.id, similarity }
    }
    return best?.id
  }
}

function boundedCandidates<T>(sharing: readonly T[]): readonly T[] {
  const half = BAND_CANDIDATES / 2
  return sharing.length <= BAND_CANDIDATES ? sharing : [...sharing.slice(0, half), ...sharing.slice(-half)]
}

async function readStream(stream: NodeJS.ReadableStream, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array)
    size += buffer.length
    if (size > maxBytes) throw new WirewatchError('E_INPUT_TOO_LARGE', `standard input is more than the limit of ${megabytes(maxBytes)}`)
    chunks.push(buffer)
  }
  return Buffer.concat(chunks)
}

function originOf(input: InputRef): string {
  return input.kind === 'file' ? input.path : input.kind === 'url' ? input.url : 'stdin'
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

function codeOf(err: unknown): ErrorCode {
  return err instanceof WirewatchError ? err.code : 'E_INPUT_UNREADABLE'
}

function messageOf(err: unknown): string {
  if (err instanceof WirewatchError) return err.message
  const e = err as NodeJS.ErrnoException
  if (e?.code === 'EACCES') return 'permission denied'
  if (e?.code === 'EISDIR') return 'is a folder'
  return e instanceof Error ? e.message : String(err)
}
