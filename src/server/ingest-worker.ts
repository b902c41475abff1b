// An ingest worker: a thread that reads, extracts and stores the documents of POST /documents, one
// request at a time, on its own connection to the store's SQLite file. Started by ./ingest-pool.ts;
// SQLite's WAL lets the server's connection read meanwhile, and writes take turns through its lock,
// as they do for the processes of `serve --workers`.

import { parentPort, workerData } from 'node:worker_threads'
import { openSqliteStore } from '../index.js'
import { ingestRequest } from './ingest-request.js'
import type { WorkerData, WorkerJob, WorkerReply } from './ingest-pool.js'

const port = parentPort
if (!port) throw new Error('ingest-worker.ts runs as a worker thread (see ingest-pool.ts)')

const store = await openSqliteStore((workerData as WorkerData).storeFile)

port.on('message', (job: WorkerJob) => {
  ingestRequest(job.items, store, job.now).then(
    (result) => port.postMessage({ result } satisfies WorkerReply),
    (error: unknown) => {
      const e = error instanceof Error ? error : new Error(String(error))
      port.postMessage({ error: { message: e.message, stack: e.stack ?? e.message } } satisfies WorkerReply)
    },
  )
})
