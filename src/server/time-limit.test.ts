// Every request has a time limit: past it, a 503 in the API's error shape, and the ingest worker of
// a POST is terminated, so the documents it was storing are not stored. A real server on a free port
// of 127.0.0.1 over a real SQLite file; the POST is made to outlast the limit by holding SQLite's
// write lock from another connection, as a long write of another process would.

import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Store, openSqliteStore } from '../index.js'
import { IngestPool } from './ingest-pool.js'
import { type RunningServer, serve } from './serve.js'

const TOKEN = 'time-limit-test-token-0123456789'
const LIMIT_MS = 1_000

// Fictional people and places.
const FIRST = { text: 'Trade Minister Ilsa Varga said that the corridor would reopen on Monday.', date: '2026-04-27' }
const SECOND = { text: 'Harbour pilot Mireille Oskane said on Friday that the Dovrin docks would stay closed.', date: '2026-05-08' }

let dir: string
let file: string
let store: Store
let server: RunningServer
let pool: IngestPool

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wirewatch-time-limit-'))
  file = join(dir, 'wirewatch.db')
  store = await openSqliteStore(file)
  // One worker, started here without a time limit: under the tests a worker takes seconds to start
  // (tsx compiles the TypeScript it runs), more than the limit.
  pool = new IngestPool(file, 1)
  await pool.run([FIRST], new Date())
  server = await serve({ store, port: 0, token: TOKEN, requestTimeoutMs: LIMIT_MS, ingester: pool })
})
afterAll(async () => {
  await server?.close()
  await store?.close()
  await rm(dir, { recursive: true, force: true })
})

function post(body: unknown): Promise<Response> {
  return fetch(`${server.url}/documents`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}`, connection: 'close' },
    body: JSON.stringify(body),
  })
}

describe('the time limit of a request', () => {
  it('answers 503 past it, and stops the POST: its document is not stored', async () => {
    const other = new Database(file)
    other.exec('BEGIN IMMEDIATE')
    let released = false
    try {
      const started = Date.now()
      const r = await post(SECOND)
      const elapsed = Date.now() - started
      expect(r.status).toBe(503)
      expect(r.headers.get('x-content-type-options')).toBe('nosniff')
      expect(await r.json()).toEqual({ error: { code: 'E_TIMEOUT', message: expect.stringContaining('1 s') } })
      expect(elapsed).toBeGreaterThanOrEqual(LIMIT_MS - 50)
      expect(elapsed).toBeLessThan(LIMIT_MS + 1_500)
      // The server answers meanwhile.
      expect((await fetch(`${server.url}/health`, { headers: { connection: 'close' } })).status).toBe(200)
      other.exec('ROLLBACK')
      released = true
      // A worker still alive would take the lock now and commit within milliseconds.
      await new Promise((resolve) => setTimeout(resolve, 1_000))
      expect((await store.stats()).documents).toBe(1)
    } finally {
      if (!released) other.exec('ROLLBACK')
      other.close()
    }

    // The pool goes on, with a new worker, and the document is new to the store.
    const again = await pool.run([SECOND], new Date())
    expect(again.documents.map((d) => d.outcome)).toEqual(['new'])
  })
})
