// Fetching a URL's bytes with Node's fetch: http and https only, a timeout over the whole
// exchange (headers and body), and a byte limit enforced while the body streams in, so a huge
// or endless response is cut off rather than buffered. Every failure is one E_FETCH error.

import { WirewatchError } from '../core/errors.js'

export interface FetchOptions {
  /** Whole request, body included. Default 20 s. */
  timeoutMs?: number
  /** Largest body accepted. Default 50 MB, as for files. */
  maxBytes?: number
}

export interface FetchedInput {
  bytes: Uint8Array
  contentType?: string
  /** The URL after redirects: the page's own address. */
  finalUrl: string
}

export const DEFAULT_FETCH_TIMEOUT_MS = 20_000
export const DEFAULT_FETCH_MAX_BYTES = 50 * 1024 * 1024

const ACCEPT = 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5'

export async function fetchInput(url: string, options: FetchOptions = {}): Promise<FetchedInput> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS
  const maxBytes = options.maxBytes ?? DEFAULT_FETCH_MAX_BYTES
  const target = checkUrl(url)
  const fail = (reason: string, cause?: unknown): WirewatchError => new WirewatchError('E_FETCH', `cannot fetch "${url}": ${reason}`, { cause })
  const controller = new AbortController()
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    controller.abort()
  }, timeoutMs)
  try {
    let response: Response
    try {
      response = await fetch(target, { signal: controller.signal, redirect: 'follow', headers: { accept: ACCEPT, 'user-agent': 'wirewatch (+news monitoring)' } })
    } catch (cause) {
      throw fail(timedOut ? noResponse(timeoutMs) : networkReason(cause), cause)
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => {})
      throw fail(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`)
    }
    const declared = Number(response.headers.get('content-length'))
    if (Number.isFinite(declared) && declared > maxBytes) {
      await response.body?.cancel().catch(() => {})
      throw fail(tooLarge(maxBytes))
    }
    const bytes = await readBody(response, maxBytes).catch((cause: unknown) => {
      if (cause instanceof WirewatchError) throw cause
      throw fail(timedOut ? noResponse(timeoutMs) : networkReason(cause), cause)
    })
    if (bytes === null) throw fail(tooLarge(maxBytes))
    const contentType = response.headers.get('content-type') ?? undefined
    const finalUrl = response.url || target.href
    return contentType === undefined ? { bytes, finalUrl } : { bytes, contentType, finalUrl }
  } finally {
    clearTimeout(timer)
  }
}

function checkUrl(url: string): URL {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    throw new WirewatchError('E_FETCH', `cannot fetch "${url}": it is not a valid URL`)
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new WirewatchError('E_FETCH', `cannot fetch "${url}": only http and https URLs are fetched, not ${parsed.protocol}`)
  }
  return parsed
}

/** The body's bytes, or null as soon as they pass `maxBytes` (the rest is not downloaded). */
async function readBody(response: Response, maxBytes: number): Promise<Uint8Array | null> {
  if (!response.body) return new Uint8Array(0)
  const reader = response.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel().catch(() => {})
      return null
    }
    chunks.push(value)
  }
  const bytes = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return bytes
}

/** undici wraps the system error: "fetch failed", with the reason in `cause`. */
function networkReason(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error
  const code = cause instanceof Error && 'code' in cause ? String(cause.code) : undefined
  switch (code) {
    case 'ECONNREFUSED':
      return 'connection refused'
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'host not found'
    case 'ECONNRESET':
    case 'UND_ERR_SOCKET':
      return 'the connection was closed by the server'
    case 'ETIMEDOUT':
    case 'UND_ERR_CONNECT_TIMEOUT':
      return 'the connection timed out'
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
