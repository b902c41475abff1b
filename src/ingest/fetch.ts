// Fetching a URL's bytes: http and https only, a timeout over the whole exchange (headers and
// body), a byte limit enforced while the body streams in (so a huge or endless response is cut
// off rather than buffered), redirects followed by hand so that each hop's address is checked
// (hop-policy.ts), and no URL with a password in it. Every failure is one E_FETCH error.

import type { IncomingMessage } from 'node:http'
import type { Readable } from 'node:stream'
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib'
import { WirewatchError } from '../core/errors.js'
import { HopPolicy, RefusedAddress } from './hop-policy.js'
import { type Resolver, httpGet } from './http-get.js'
import { CREDENTIALS_REFUSED, hasCredentials, redactCredentials } from './url-credentials.js'

export interface FetchOptions {
  /** Whole request, body included. Default 20 s. */
  timeoutMs?: number
  /** Largest body accepted. Default 50 MB, as for files. */
  maxBytes?: number
  /** Host name → addresses (default: the system resolver). Tests map their own names to 127.0.0.1. */
  resolve?: Resolver
  /** Addresses taken for public ones by the redirect policy. For tests, which can reach only loopback. */
  treatAsPublic?: ReadonlySet<string>
}

export interface FetchedInput {
  bytes: Uint8Array
  contentType?: string
  /** The URL after redirects: the page's own address. */
  finalUrl: string
}

export const DEFAULT_FETCH_TIMEOUT_MS = 20_000
export const DEFAULT_FETCH_MAX_BYTES = 50 * 1024 * 1024
/** As many as browsers and fetch() follow. */
export const MAX_REDIRECTS = 20

const ACCEPT = 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5'
const HEADERS = { accept: ACCEPT, 'accept-encoding': 'gzip, deflate, br', 'user-agent': 'wirewatch (+news monitoring)' }
const REDIRECTS = new Set([301, 302, 303, 307, 308])

export async function fetchInput(url: string, options: FetchOptions = {}): Promise<FetchedInput> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS
  const maxBytes = options.maxBytes ?? DEFAULT_FETCH_MAX_BYTES
  const fail = (reason: string, cause?: unknown): WirewatchError => new WirewatchError('E_FETCH', `cannot fetch "${redactCredentials(url)}": ${reason}`, { cause })
  let target = typedUrl(url, fail)
  const policy = new HopPolicy(options.treatAsPublic)
  const controller = new AbortController()
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    controller.abort()
  }, timeoutMs)
  const failure = (cause: unknown): WirewatchError => {
    if (cause instanceof WirewatchError) return cause
    if (cause instanceof RefusedAddress) {
      return fail(`it redirects to ${target.href}, which is on a ${cause.kind} address (${cause.address}); a redirect from a public address to a private or local one is not followed`, cause)
    }
    return fail(timedOut ? noResponse(timeoutMs) : networkReason(cause), cause)
  }
  try {
    for (let redirects = 0; ; redirects++) {
      const response = await httpGet(target, { headers: HEADERS, signal: controller.signal, checkAddress: policy.check, ...(options.resolve ? { resolve: options.resolve } : {}) }).catch((cause: unknown) => {
        throw failure(cause)
      })
      const status = response.statusCode ?? 0
      const location = response.headers.location
      if (REDIRECTS.has(status) && location) {
        response.destroy()
        if (redirects >= MAX_REDIRECTS) throw fail(`more than ${MAX_REDIRECTS} redirects`)
        target = redirectUrl(location, target, fail)
        policy.redirected()
        continue
      }
      if (status < 200 || status > 299) {
        response.destroy()
        throw fail(`HTTP ${status}${response.statusMessage ? ` ${response.statusMessage}` : ''}`)
      }
      const declared = Number(response.headers['content-length'])
      if (Number.isFinite(declared) && declared > maxBytes) {
        response.destroy()
        throw fail(tooLarge(maxBytes))
      }
      const bytes = await readBody(response, maxBytes).catch((cause: unknown) => {
        throw failure(cause)
      })
      if (bytes === null) throw fail(tooLarge(maxBytes))
      const contentType = response.headers['content-type']
      return contentType === undefined ? { bytes, finalUrl: target.href } : { bytes, contentType, finalUrl: target.href }
    }
  } finally {
    clearTimeout(timer)
  }
}

/** The URL the user gave, parsed, when it is one Wirewatch fetches. */
function typedUrl(url: string, fail: (reason: string) => WirewatchError): URL {
  const parsed = parseUrl(url)
  if (parsed === 'invalid') throw fail('it is not a valid URL')
  if (parsed === 'credentials') throw fail(`it is ${CREDENTIALS_REFUSED}`)
  if (typeof parsed === 'string') throw fail(`only http and https URLs are fetched, not ${parsed}`)
  return parsed
}

/** A redirect's Location, resolved against the URL that sent it, when it is one Wirewatch follows. */
function redirectUrl(location: string, from: URL, fail: (reason: string) => WirewatchError): URL {
  let absolute = location
  try {
    absolute = new URL(location, from).href
  } catch {
    // Left as it is: parseUrl calls it invalid.
  }
  const parsed = parseUrl(absolute)
  const where = `it redirects to ${redactCredentials(location)}, which is`
  if (parsed === 'invalid') throw fail(`${where} not a valid URL`)
  if (parsed === 'credentials') throw fail(`${where} ${CREDENTIALS_REFUSED}`)
  if (typeof parsed === 'string') throw fail(`${where} not an http or https URL`)
  return parsed
}

/** The URL parsed; else what is wrong with it: 'invalid', 'credentials', or its protocol when not http(s). */
function parseUrl(url: string): URL | 'invalid' | 'credentials' | string {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return 'invalid'
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return parsed.protocol
  return hasCredentials(url) ? 'credentials' : parsed
}

/** The body's bytes, decompressed, or null as soon as they pass `maxBytes` (the rest is not downloaded). */
async function readBody(response: IncomingMessage, maxBytes: number): Promise<Uint8Array | null> {
  const stream = decoded(response)
  const chunks: Buffer[] = []
  let size = 0
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.byteLength
      // Counted after decompression: a small gzip bomb is cut off like a large body.
      if (size > maxBytes) return null
      chunks.push(chunk)
    }
  } finally {
    response.destroy()
    if (stream !== response) stream.destroy()
  }
  return new Uint8Array(Buffer.concat(chunks, size))
}

function decoded(response: IncomingMessage): Readable {
  const encoding = String(response.headers['content-encoding'] ?? '').trim().toLowerCase()
  const decoder = encoding === 'gzip' || encoding === 'x-gzip' ? createGunzip() : encoding === 'deflate' ? createInflate() : encoding === 'br' ? createBrotliDecompress() : undefined
  if (decoder === undefined) return response
  response.on('error', (error) => decoder.destroy(error))
  return response.pipe(decoder)
}

/** The system error, in words. Trying several addresses of one host fails with an AggregateError of them all. */
function networkReason(error: unknown): string {
  const cause = error instanceof AggregateError && error.errors[0] instanceof Error ? error.errors[0] : error
  const code = cause instanceof Error && 'code' in cause ? String(cause.code) : undefined
  switch (code) {
    case 'ECONNREFUSED':
      return 'connection refused'
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'EAI_NODATA':
    case 'EAI_NONAME':
      return 'host not found'
    case 'ECONNRESET':
    case 'EPIPE':
      return 'the connection was closed by the server'
    case 'ETIMEDOUT':
      return 'the connection timed out'
    case 'Z_DATA_ERROR':
    case 'Z_BUF_ERROR':
    case 'ERR_BROTLI_DECOMPRESSION_FAILED':
      return 'the compressed response is corrupt'
    default:
      return cause instanceof Error ? cause.message : String(cause)
  }
}

function noResponse(timeoutMs: number): string {
  return `no complete response within ${timeoutMs >= 1000 ? `${+(timeoutMs / 1000).toFixed(1)} s` : `${timeoutMs} ms`}`
}

function tooLarge(maxBytes: number): string {
  const mb = maxBytes / (1024 * 1024)
  return `the response is larger than the ${mb >= 1 ? `${+mb.toFixed(1)} MB` : `${maxBytes} bytes`} limit`
}
