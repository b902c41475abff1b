import { readFile } from 'node:fs/promises'
import { WirewatchError, type ErrorCode } from '../core/errors.js'
import type { Store } from '../store/store.js'
import { NEAR_DUPLICATE_SIMILARITY, estimatedSimilarity, lshBands, minhashSignature } from './dedup.js'
import { fetchInput } from './fetch.js'
import type { InputDocument, ReadProblem, ReadResult } from './input.js'
import { type InputRef, expandInputs } from './inputs.js'
import { readBytes } from './read.js'
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
  /** The clock, for provenance (tests pin it). */
  now?: () => Date
}

export const DEFAULT_MAX_INPUT_BYTES = 50 * 1024 * 1024

/**
 * Reads every input, extracts each document and stores it, one transaction per document. Running
 * it again on the same inputs adds nothing; a republished copy is linked to the first as a
 * near-duplicate; a bad input is reported and the batch goes on.
 */
export async function ingest(args: readonly string[], options: IngestOptions): Promise<IngestSummary> {
  const summary: IngestSummary = { inputs: 0, documents: { new: 0, unchanged: 0, duplicate: 0, failed: 0 }, statementsAdded: 0, problems: [] }
  const emit = options.onEvent ?? (() => {})
  const problem = (p: ReadProblem) => {
    summary.problems.push(p)
    emit({ type: 'problem', problem: p })
  }
  const { inputs, problems } = await expandInputs(args)
  problems.forEach(problem)
  summary.documents.failed += problems.length
  summary.inputs = inputs.length
  for (const [index, input] of inputs.entries()) {
    const origin = originOf(input)
    emit({ type: 'input', origin, index, total: inputs.length })
    let read: ReadResult
    try {
      read = await readInput(input, options)
    } catch (err) {
      problem({ origin, code: codeOf(err), message: messageOf(err) })
      summary.documents.failed++
      continue
    }
    read.problems.forEach((p) => {
      problem(p)
      summary.documents.failed++
    })
    for (const doc of read.documents) {
      try {
        const stored = await storeDocument(doc, options)
        summary.documents[stored.outcome]++
        if (stored.outcome !== 'unchanged') summary.statementsAdded += stored.statements
        emit({ type: 'document', origin: doc.origin, ...stored })
      } catch (err) {
        problem({ origin: doc.origin, code: codeOf(err), message: messageOf(err) })
        summary.documents.failed++
      }
    }
  }
  return summary
}

async function readInput(input: InputRef, options: IngestOptions): Promise<ReadResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_INPUT_BYTES
  switch (input.kind) {
    case 'file': {
      if (input.size > maxBytes) {
        throw new WirewatchError('E_INPUT_TOO_LARGE', `${megabytes(input.size)} is more than the limit of ${megabytes(maxBytes)}`)
      }
      return readBytes(await readFile(input.path), input.path)
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

async function storeDocument(input: InputDocument, options: IngestOptions): Promise<{ outcome: DocumentOutcome; statements: number; id: string }> {
  const { store } = options
  const doc = toDocument(input)
  if (await store.hasDocument(doc.id)) return { outcome: 'unchanged', statements: doc.statements.length, id: doc.id }
  const signature = minhashSignature(doc.text)
  const nearDuplicateOf = await findNearDuplicate(store, signature)
  const outcome = await store.putDocument(doc, {
    origin: input.origin,
    reader: input.reader,
    ingestedAt: (options.now?.() ?? new Date()).toISOString(),
    signature,
    ...(input.forwardedFrom?.length ? { forwardedFrom: input.forwardedFrom } : {}),
    ...(nearDuplicateOf ? { nearDuplicateOf } : {}),
  })
  if (outcome === 'unchanged') return { outcome, statements: doc.statements.length, id: doc.id }
  return { outcome: nearDuplicateOf ? 'duplicate' : 'new', statements: doc.statements.length, id: doc.id }
}

/** The most similar stored document above the threshold, earliest id first on ties. */
async function findNearDuplicate(store: Store, signature: number[]): Promise<string | undefined> {
  let best: { id: string; similarity: number } | undefined
  for (const candidate of await store.documentsSharingBands(lshBands(signature))) {
    const similarity = estimatedSimilarity(signature, candidate.signature)
    if (similarity < NEAR_DUPLICATE_SIMILARITY) continue
    if (!best || similarity > best.similarity || (similarity === best.similarity && candidate.id < best.id)) best = { id: candidate.id, similarity }
  }
  return best?.id
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
