// The server stays responsive whatever one request does: a real server on a free port of 127.0.0.1
// over a real SQLite file, a POST /documents of 1.9 MB of attributed sentences, and GET /health
// asked again and again while it runs. Extraction runs in a worker thread, so /health does not wait
// for it.

import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Store, openSqliteStore } from '../index.js'
import { type RunningServer, serve } from './serve.js'

const TOKEN = 'responsive-test-token-0123456789'
// Fictional people and places.
const SENTENCES = 'Trade Minister Ilsa Varga said that the corridor would reopen on Monday. "We are ready," she said. '

/** A POST body of about `bytes` bytes (JSON), all of it one document of attributed sentences. */
function bodyOf(bytes: number, text = SENTENCES): string {
  const unit = JSON.stringify(text).length - 2
  return JSON.stringify({ text: text.repeat(Math.floor((bytes - 100) / unit)), date: '2026-04-27', outlet: 'Meridian Press' })
}

let dir: string
let store: Store
let server: RunningServer

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wirewatch-responsive-'))
  store = await openSqliteStore(join(dir, 'wirewatch.db'))
  server = await serve({ store, port: 0, token: TOKEN })
})
afterAll(async () => {
  await server?.close()
  await store?.close()
  await rm(dir, { recursive: true, force: true })
})

describe('a long POST /documents', () => {
  it('a 1.9 MB POST does not delay GET /health by more than a second', async () => {
    const body = bodyOf(1_900_000)
    expect(body.length).toBeGreaterThan(1_850_000)
    expect(body.length).toBeLessThan(2 * 1024 * 1024)
    let done = false
    const started = Date.now()
    const posting = fetch(`${server.url}/documents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}`, connection: 'close' },
      body,
    }).then(async (r) => {
      done = true
      return { status: r.status, body: (await r.json()) as { statementsAdded?: number } }
    })
    // /health, one request after another, for as long as the POST runs.
    const latencies: number[] = []
    while (!done) {
      const t = Date.now()
      // A new connection each time: a kept-alive one may be closed by the server as it is reused.
      const health = await fetch(`${server.url}/health`, { headers: { connection: 'close' } })
      expect(health.status).toBe(200)
      await health.arrayBuffer()
      latencies.push(Date.now() - t)
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    const posted = await posting
    expect(posted.status, JSON.stringify(posted.body)).toBe(201)
    expect(posted.body.statementsAdded).toBeGreaterThan(10_000)
    // The POST took long enough for /health to be asked while it ran.
    expect(latencies.length).toBeGreaterThan(1)
    expect(Math.max(...latencies), `POST took ${Date.now() - started} ms; /health latencies ${latencies.join(', ')} ms`).toBeLessThan(1000)
  })
})
