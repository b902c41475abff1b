// Where POST /documents does its work: off the event loop. Reading and extracting 2 MB of text takes
// seconds of CPU, and on the server's own thread every other request (GET /health too) waited for
// it. An IngestPool runs each request's documents in a worker thread (./ingest-worker.ts) with its
// own connection to the store, a bounded number at once; a request that runs out of time, or a
// server that stops, terminates its worker.

import { createRequire } from 'node:module'
import { availableParallelism } from 'node:os'
import { pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { Store } from '../index.js'
import { ApiError } from './errors.js'
import { type IngestRequestResult, type PostedDocument, ingestRequest } from './ingest-request.js'

/** Runs the documents of one POST /documents; `signal` aborts it (the request's time limit). */
export interface Ingester {
  run(items: readonly PostedDocument[], now: Date, signal?: AbortSignal): Promise<IngestRequestResult>
  /** Terminates the work under way and every worker. */
  close(): Promise<void>
  /** Starts a worker ahead of the first request, where there are workers. */
  warm?(): void
}

export interface WorkerData {
  storeFile: string
}
export interface WorkerJob {
  items: readonly PostedDocument[]
  now: Date
}
export type WorkerReply = { result: IngestRequestResult } | { error: { message: string; stack: string } }

/**
 * Two by default: a short POST need not wait behind a long one, and more would mostly wait for
 * SQLite's one write lock. Fewer on a one-core machine.
 */
export const DEFAULT_INGEST_WORKERS = Math.min(2, availableParallelism())

/**
 * Workers for the store's SQLite file; for a store a worker cannot open (in memory, or not SQLite),
 * the documents are ingested on this thread, as before, and a time limit cannot stop them.
 */
export function createIngester(store: Store, size = DEFAULT_INGEST_WORKERS): Ingester {
  const file = sqliteFileOf(store)
  if (file) return new IngestPool(file, size)
  return { run: (items, now) => ingestRequest(items, store, now), close: async () => {} }
}

function sqliteFileOf(store: Store): string | undefined {
  // The SQLite store has its file as `path` ("" or ":memory:" for one in memory); no other store has.
  const path = store.kind === 'sqlite' ? (store as { path?: unknown }).path : undefined
  return typeof path === 'string' && path !== '' && path !== ':memory:' ? path : undefined
}

export class IngestPool implements Ingester {
  private readonly idle: Worker[] = []
  private readonly busy = new Set<Worker>()
  /** Requests waiting for a worker, first come first served. */
  private readonly waiting: (() => void)[] = []
  private closed = false

  constructor(
    private readonly storeFile: string,
    private readonly size: number,
  ) {}

  async run(items: readonly PostedDocument[], now: Date, signal?: AbortSignal): Promise<IngestRequestResult> {
    const worker = await this.acquire(signal)
    try {
      return await this.exec(worker, { items, now }, signal)
    } finally {
      this.release(worker)
    }
  }

  /** A worker takes about a second to load what extraction needs: a server that takes writes starts one at once. */
  warm(): void {
    if (this.closed || this.idle.length + this.busy.size > 0) return
    const worker = this.start()
    worker.unref()
    this.idle.push(worker)
  }

  async close(): Promise<void> {
    this.closed = true
    for (const wake of this.waiting.splice(0)) wake()
    const all = [...this.idle.splice(0), ...this.busy]
    this.busy.clear()
    await Promise.all(all.map((w) => w.terminate()))
  }

  private async acquire(signal: AbortSignal | undefined): Promise<Worker> {
    for (;;) {
      if (this.closed) throw stopping()
      signal?.throwIfAborted()
      const worker = this.idle.pop() ?? (this.idle.length + this.busy.size < this.size ? this.start() : undefined)
      if (worker) {
        worker.ref()
        this.busy.add(worker)
        return worker
      }
      await new Promise<void>((resolve) => {
        const wake = () => {
          signal?.removeEventListener('abort', wake)
          const k = this.waiting.indexOf(wake)
          if (k >= 0) this.waiting.splice(k, 1)
          resolve()
        }
        this.waiting.push(wake)
        signal?.addEventListener('abort', wake, { once: true })
      })
    }
  }

  private start(): Worker {
    const worker = startWorker(this.storeFile)
    // A failure during a job is that job's (see exec); one while idle only ends the worker.
    worker.on('error', () => {})
    worker.once('exit', () => {
      const k = this.idle.indexOf(worker)
      if (k >= 0) this.idle.splice(k, 1)
    })
    return worker
  }

  private release(worker: Worker): void {
    if (!this.busy.delete(worker)) return // terminated: by close(), or after a failure
    if (this.closed) {
      void worker.terminate()
      return
    }
    // An idle worker does not keep the process alive.
    worker.unref()
    this.idle.push(worker)
    this.waiting.shift()?.()
  }

  /** One job on one worker; a worker that fails, exits or is aborted is terminated and forgotten. */
  private exec(worker: Worker, job: WorkerJob, signal: AbortSignal | undefined): Promise<IngestRequestResult> {
    return new Promise((resolve, reject) => {
      const done = (settle: () => void, keep: boolean) => {
        worker.off('message', onMessage).off('error', onError).off('exit', onExit)
        signal?.removeEventListener('abort', onAbort)
        if (!keep && this.busy.delete(worker)) {
          void worker.terminate()
          this.waiting.shift()?.()
        }
        settle()
      }
      const onMessage = (reply: WorkerReply) =>
        'result' in reply ? done(() => resolve(reply.result), true) : done(() => reject(Object.assign(new Error(reply.error.message), { stack: reply.error.stack })), true)
      const onError = (error: Error) => done(() => reject(error), false)
      const onExit = (code: number) => done(() => reject(this.closed ? stopping() : new Error(`an ingest worker stopped (exit code ${code})`)), false)
      const onAbort = () => done(() => reject(signal!.reason), false)
      worker.on('message', onMessage).on('error', onError).on('exit', onExit)
      signal?.addEventListener('abort', onAbort, { once: true })
      worker.postMessage(job)
    })
  }
}

function stopping(): ApiError {
  return new ApiError(503, 'E_UNAVAILABLE', 'the server is stopping: send the request again once it is back')
}

/**
 * The built worker (dist/…/ingest-worker.js) beside this file; under the tests, which run the
 * TypeScript sources, the .ts one, compiled by tsx (Node 20's workers do not take `--import tsx`).
 */
function startWorker(storeFile: string): Worker {
  const workerData: WorkerData = { storeFile }
  const here = import.meta.url
  if (!here.endsWith('.ts')) return new Worker(new URL('./ingest-worker.js', here), { workerData })
  const file = new URL('./ingest-worker.ts', here).href
  const boot = `import(${JSON.stringify(tsxApi(here))}).then(({ tsImport }) => tsImport(${JSON.stringify(file)}, ${JSON.stringify(here)}))`
  return new Worker(boot, { eval: true, workerData })
}

/** The URL of tsx's ESM API (its `tsx/esm/api` export for `import`), found from `from`. */
function tsxApi(from: string): string {
  const manifest = createRequire(from).resolve('tsx/package.json')
  const exports = (createRequire(from)('tsx/package.json') as { exports: Record<string, { import: { default: string } }> }).exports
  return new URL(exports['./esm/api']!.import.default, pathToFileURL(manifest)).href
}
