// The one test here that opens a socket: serve() on a free port of 127.0.0.1, a request, closed.

import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openSqliteStore } from '../index.js'
import { serve } from './serve.js'

describe('serve()', () => {
  it('listens on 127.0.0.1 by default, answers, says so when the port is taken, and closes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'wirewatch-serve-'))
    const store = await openSqliteStore(join(dir, 'wirewatch.db'))
    const server = await serve({ store, port: 0 })
    try {
      expect(server.host).toBe('127.0.0.1')
      expect(server.port).toBeGreaterThan(0)
      expect(server.url).toBe(`http://127.0.0.1:${server.port}`)
      const response = await fetch(`${server.url}/health`)
      expect(response.status).toBe(200)
      expect(await response.json()).toEqual({ status: 'ok', store: 'sqlite' })
      await expect(serve({ store, port: server.port })).rejects.toThrow(`port ${server.port} on 127.0.0.1 is in use`)
    } finally {
      await server.close()
      await store.close()
      await rm(dir, { recursive: true, force: true })
    }
    await expect(fetch(`${server.url}/health`)).rejects.toThrow()
  })
})
