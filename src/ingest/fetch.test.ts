// fetchInput against a local HTTP server on 127.0.0.1 with an ephemeral port.

import { readFileSync } from 'node:fs'
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WirewatchError } from '../core/errors.js'
import { fetchInput } from './fetch.js'
import type { Resolver } from './http-get.js'
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
  '/gzipped': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'content-encoding': 'gzip' })
    res.end(gzipSync('Ilsa Varga said the talks would go on.'))
  },
  '/gzip-bomb': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' })
    res.end(gzipSync(Buffer.alloc(4 * 1024 * 1024, 0x61))) // 4 MB of "a" in about 4 KB
  },
  '/round': (_req, res) => {
    res.writeHead(302, { location: '/round' })
    res.end()
  },
  '/to-credentials': (_req, res) => {
    res.writeHead(302, { location: `http://editor:hunter2@127.0.0.1:${port}/story.html` })
    res.end()
  },
  '/to-file': (_req, res) => {
    res.writeHead(302, { location: 'file:///etc/passwd' })
    res.end()
  },
  '/secret': (_req, res) => {
    secretHits++
    res.writeHead(200, { 'content-type': 'text/plain' })
    res.end('internal admin page')
  },
  '/declared-huge': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(10 * 1024 * 1024) })
    res.write('a')
  },
}

// The "public" server: on 127.0.0.2, loopback like everything here, which the tests' resolver
// names public.test and the redirect policy is told to take for a public address.
const PUBLIC_ROUTES: Record<string, (req: IncomingMessage, res: ServerResponse) => void> = {
  '/to-loopback': (_req, res) => {
    res.writeHead(302, { location: `http://127.0.0.1:${port}/secret` })
    res.end()
  },
  '/to-private-name': (_req, res) => {
    res.writeHead(307, { location: `http://private.test:${port}/secret` })
    res.end()
  },
  '/to-mapped': (_req, res) => {
    res.writeHead(301, { location: `http://[::ffff:127.0.0.1]:${port}/secret` })
    res.end()
  },
  '/to-public': (_req, res) => {
    res.writeHead(302, { location: '/page' })
    res.end()
  },
  '/page': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' })
    res.end('a public page')
  },
}

let server: Server
let publicServer: Server
let base: string
let port: number
let publicBase: string
let secretHits = 0

const resolve: Resolver = async (hostname) => {
  if (hostname === 'public.test') return [{ address: '127.0.0.2', family: 4 }]
  if (hostname === 'private.test') return [{ address: '127.0.0.1', family: 4 }]
  throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' })
}
const asPublic = { resolve, treatAsPublic: new Set(['127.0.0.2']) }

function serve(routes: typeof ROUTES, host: string): Promise<Server> {
  const s = createServer((req, res) => {
    const route = routes[req.url ?? '']
    if (route) return route(req, res)
    res.writeHead(404, { 'content-type': 'text/plain' })
    res.end('not here')
  })
  return new Promise((done) => s.listen(0, host, () => done(s)))
}

beforeAll(async () => {
  server = await serve(ROUTES, '127.0.0.1')
  port = (server.address() as AddressInfo).port
  base = `http://127.0.0.1:${port}`
  publicServer = await serve(PUBLIC_ROUTES, '127.0.0.2')
  publicBase = `http://public.test:${(publicServer.address() as AddressInfo).port}`
})

afterAll(async () => {
  for (const s of [server, publicServer]) {
    s.closeAllConnections()
    await new Promise<void>((done) => s.close(() => done()))
  }
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

  it('decompresses a gzip body, and applies the size limit to what it decompresses to', async () => {
    expect(Buffer.from((await fetchInput(`${base}/gzipped`)).bytes).toString()).toBe('Ilsa Varga said the talks would go on.')
    expect((await fetchError(`${base}/gzip-bomb`, { maxBytes: 1024 * 1024 })).message).toMatch(/larger than the 1 MB limit$/)
  })

  it('stops after 20 redirects, and at a redirect to another scheme', async () => {
    expect((await fetchError(`${base}/round`)).message).toBe(`cannot fetch "${base}/round": more than 20 redirects`)
    expect((await fetchError(`${base}/to-file`)).message).toBe(`cannot fetch "${base}/to-file": it redirects to file:///etc/passwd, which is not an http or https URL`)
  })
})

describe('fetchInput: credentials are never fetched nor shown', () => {
  it('refuses a URL with a user name and password without sending anything, and hides them', async () => {
    let hits = 0
    const counting = createServer((_req, res) => {
      hits++
      res.writeHead(500)
      res.end()
    })
    await new Promise<void>((done) => counting.listen(0, '127.0.0.1', done))
    const url = `http://editor:hunter2@127.0.0.1:${(counting.address() as AddressInfo).port}/feed`
    try {
      const error = await fetchError(url)
      expect(error.message).toBe(`cannot fetch "${url.replace('editor:hunter2', '***')}": it is a URL with a user name or password, which Wirewatch does not fetch (it would send them in clear and show them in messages)`)
      expect(error.message).not.toContain('hunter2')
      expect(hits).toBe(0)
    } finally {
      await new Promise<void>((done) => counting.close(() => done()))
    }
  })

  it('refuses a redirect to a URL with credentials, and hides them', async () => {
    const error = await fetchError(`${base}/to-credentials`)
    expect(error.message).toBe(`cannot fetch "${base}/to-credentials": it redirects to http://***@127.0.0.1:${port}/story.html, which is a URL with a user name or password, which Wirewatch does not fetch (it would send them in clear and show them in messages)`)
  })
})

describe('fetchInput: redirects from a public address stay on public addresses', () => {
  it('follows a redirect from public to public', async () => {
    expect(await fetchInput(`${publicBase}/to-public`, asPublic)).toMatchObject({ finalUrl: `${publicBase}/page` })
  })

  it('refuses a redirect from public to loopback, by address, by name, and IPv4-mapped', async () => {
    const before = secretHits
    expect((await fetchError(`${publicBase}/to-loopback`, asPublic)).message).toBe(
      `cannot fetch "${publicBase}/to-loopback": it redirects to http://127.0.0.1:${port}/secret, which is on a loopback address (127.0.0.1); a redirect from a public address to a private or local one is not followed`,
    )
    expect((await fetchError(`${publicBase}/to-private-name`, asPublic)).message).toMatch(/it redirects to http:\/\/private\.test:\d+\/secret, which is on a loopback address \(127\.0\.0\.1\)/)
    expect((await fetchError(`${publicBase}/to-mapped`, asPublic)).message).toMatch(/which is on a loopback address \(::ffff:7f00:1\)/) // the URL parser writes it in hex
    expect(secretHits).toBe(before) // nothing was sent there
  })

  it('lets a URL the user typed go to loopback, and its redirects too', async () => {
    expect(Buffer.from((await fetchInput(`http://private.test:${port}/secret`, asPublic)).bytes).toString()).toBe('internal admin page')
    expect((await fetchInput(`${base}/moved`, asPublic)).finalUrl).toBe(`${base}/story.html`)
  })

  it('says when a name cannot be resolved', async () => {
    expect((await fetchError('http://nowhere.test/', asPublic)).message).toBe('cannot fetch "http://nowhere.test/": host not found')
  })
})
