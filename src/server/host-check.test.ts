// The Host allow-list, on a real server on a free port of 127.0.0.1: requests that name the server
// by a loopback name (or a name it was given) are answered; any other Host header, as a page served
// from another site sends after DNS rebinding, gets 403 in the API's error shape, on every path.

import { request } from 'node:http'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Store, openSqliteStore } from '../index.js'
import { allowedHostNames, hostName } from './host-check.js'
import { type RunningServer, serve } from './serve.js'

let dir: string
let store: Store
let server: RunningServer

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wirewatch-host-'))
  store = await openSqliteStore(join(dir, 'wirewatch.db'))
  server = await serve({ store, port: 0, allowedHosts: ['wirewatch.example.org'], log: () => {} })
})
afterAll(async () => {
  await server?.close()
  await store?.close()
  await rm(dir, { recursive: true, force: true })
})

/** GET `path` from the server with this Host header (fetch would not let the test set it). */
function get(path: string, host: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, headers: { host, connection: 'close' } }, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => (body += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
    })
    req.on('error', reject)
    req.end()
  })
}

describe('the Host header', () => {
  it('may name the server by a loopback name, with or without the port, or a name it was given', async () => {
    const port = server.port
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, 'localhost', `[::1]:${port}`, `LocalHost.:${port}`, 'wirewatch.example.org', 'wirewatch.example.org:443']) {
      expect((await get('/health', host)).status, host).toBe(200)
    }
  })

  it('naming another host gets 403 on every path: API, web UI, unknown routes', async () => {
    for (const host of [`rebound.example:${server.port}`, 'rebound.example', '127.0.0.1.rebound.example', 'example.org', '192.168.1.20']) {
      for (const path of ['/health', '/search?q=corridor', '/', '/ui/app.js', '/no-such-route']) {
        const r = await get(path, host)
        expect(r.status, `${host} ${path}`).toBe(403)
        expect(JSON.parse(r.body)).toEqual({ error: { code: 'E_HOST_NOT_ALLOWED', message: expect.stringContaining('--allowed-host') } })
        expect(r.headers['x-content-type-options']).toBe('nosniff')
      }
    }
  })
})

describe('allowedHostNames', () => {
  it('is the loopback names, the bound address unless a wildcard, and the names given', () => {
    expect([...allowedHostNames('127.0.0.1')].sort()).toEqual(['127.0.0.1', '::1', 'localhost'])
    expect([...allowedHostNames('0.0.0.0')].sort()).toEqual(['127.0.0.1', '::1', 'localhost'])
    expect([...allowedHostNames('::')].sort()).toEqual(['127.0.0.1', '::1', 'localhost'])
    expect(allowedHostNames('192.168.1.20').has('192.168.1.20')).toBe(true)
    expect(allowedHostNames('0.0.0.0', ['Wirewatch.Example.org:8443', '[fd00::1]']).has('wirewatch.example.org')).toBe(true)
    expect(allowedHostNames('0.0.0.0', ['[fd00::1]']).has('fd00::1')).toBe(true)
  })

  it('reads a Host header as a name without its port', () => {
    expect(hostName('Example.ORG:8080')).toBe('example.org')
    expect(hostName('[::1]:4000')).toBe('::1')
    expect(hostName('[::1]')).toBe('::1')
    expect(hostName('localhost.')).toBe('localhost')
    expect(hostName('fd00::1')).toBe('fd00::1')
  })
})
