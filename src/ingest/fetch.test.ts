// fetchInput against a local HTTP server on 127.0.0.1 with an ephemeral port.

import { readFileSync } from 'node:fs'
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WirewatchError } from '../core/errors.js'
import { fetchInput } from './fetch.js'
import { readBytes } from './read.js'

const fixture = (name: string): Buffer => readFileSync(new URL(`./fixtures/${name}`, import.meta.url))

const ROUTES: Record<string, (req: IncomingMessage, res: ServerResponse) => void> = {
  '/story.html': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    res.end(fixture('meridian-article.html'))
  },
  '/herald.html': (_req, res) => {
    // The header names no charset: the page's own meta tag (windows-1251) decides.
    res.writeHead(200, { 'content-type': 'text/html' })
    res.end(fixture('valdoria-herald-1251.html'))
  },
  '/feed': (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml' })
    res.end(fixture('meridian-feed.rss'))
  },
  '/moved': (_req, res) => {
    res.writeHead(301, { location: '/story.html' })
    res.end()
  },
  '/slow': (_req, res) => {
    setTimeout(() => {
      res.writeHead(200, { 'content-type': 'text/plain' })
      res.end('too late')
    }, 2000)
  },
  '/stall': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' })
    res.write('the body starts, then nothing more comes')
  },
  '/huge': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' }) // chunked: no Content-Length to refuse early
    const chunk = Buffer.alloc(64 * 1024, 0x61)
    let sent = 0
    const pump = (): void => {
      while (sent < 50 && res.write(chunk)) sent++
      if (sent < 50) res.once('drain', pump)
      else res.end()
    }
    pump()
  },
  '/declared-huge': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(10 * 1024 * 1024) })
    res.write('a')
  },
}

let server: Server
let base: string

beforeAll(async () => {
  server = createServer((req, res) => {
    const route = ROUTES[req.url ?? '']
    if (route) return route(req, res)
    res.writeHead(404, { 'content-type': 'text/plain' })
    res.end('not here')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise<void>((resolve) => server.close(() => resolve()))
})

async function fetchError(url: string, options?: Parameters<typeof fetchInput>[1]): Promise<WirewatchError> {
  const error = await fetchInput(url, options).then(
    () => undefined,
    (e: unknown) => e,
  )
  if (!(error instanceof WirewatchError)) throw new Error(`expected a WirewatchError, got ${String(error)}`)
  expect(error.code).toBe('E_FETCH')
  return error
}

describe('fetchInput', () => {
  it('fetches an HTML page, which the html reader then reads', async () => {
    const fetched = await fetchInput(`${base}/story.html`)
    expect(fetched).toMatchObject({ contentType: 'text/html; charset=utf-8', finalUrl: `${base}/story.html` })
    const doc = readBytes(fetched.bytes, fetched.finalUrl, { url: fetched.finalUrl, contentType: fetched.contentType! }).documents[0]
    expect(doc).toMatchObject({ reader: 'html', title: 'Varga says border talks with Ostrava Sound are "essential"', origin: `${base}/story.html` })
  })

  it('follows redirects and reports the final URL', async () => {
    expect((await fetchInput(`${base}/moved`)).finalUrl).toBe(`${base}/story.html`)
  })

  it('fetches a feed: several documents, each with its item origin', async () => {
    const fetched = await fetchInput(`${base}/feed`)
    const result = readBytes(fetched.bytes, fetched.finalUrl, { url: fetched.finalUrl, contentType: fetched.contentType! })
    expect(result.documents).toHaveLength(3)
    expect(result.documents[0]?.origin).toBe(`${base}/feed#meridian-2026-0313-001`)
  })

  it('decodes a legacy-encoded page by its meta tag when the header names no charset', async () => {
    const fetched = await fetchInput(`${base}/herald.html`)
    const doc = readBytes(fetched.bytes, fetched.finalUrl, { url: fetched.finalUrl, contentType: fetched.contentType! }).documents[0]
    expect(doc).toMatchObject({ title: 'Варга: переговоры о границе необходимы', url: `${base}/herald.html` })
  })

  it('reports HTTP errors with their status', async () => {
    expect((await fetchError(`${base}/missing`)).message).toBe(`cannot fetch "${base}/missing": HTTP 404 Not Found`)
  })

  it('times out on a slow response, and on a body that stalls', async () => {
    expect((await fetchError(`${base}/slow`, { timeoutMs: 200 })).message).toBe(`cannot fetch "${base}/slow": no complete response within 200 ms`)
    expect((await fetchError(`${base}/stall`, { timeoutMs: 300 })).message).toBe(`cannot fetch "${base}/stall": no complete response within 300 ms`)
  })

  it('stops reading a body over the limit, and refuses a declared length over it', async () => {
    expect((await fetchError(`${base}/huge`, { maxBytes: 1024 * 1024 })).message).toBe(`cannot fetch "${base}/huge": the response is larger than the 1 MB limit`)
    expect((await fetchError(`${base}/declared-huge`, { maxBytes: 1024 * 1024 })).message).toMatch(/larger than the 1 MB limit$/)
  })

  it('reports a refused connection', async () => {
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as AddressInfo).port
    await new Promise<void>((resolve) => closed.close(() => resolve()))
    expect((await fetchError(`http://127.0.0.1:${port}/`)).message).toBe(`cannot fetch "http://127.0.0.1:${port}/": connection refused`)
  })

  it('fetches only http and https URLs', async () => {
    expect((await fetchError('file:///etc/passwd')).message).toBe('cannot fetch "file:///etc/passwd": only http and https URLs are fetched, not file:')
    expect((await fetchError('ftp://example.org/x')).message).toMatch(/only http and https/)
    expect((await fetchError('http://')).message).toBe('cannot fetch "http://": it is not a valid URL')
  })
})
