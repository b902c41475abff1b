// The web UI, served by the API's own app: GET / is the page, GET /ui/{name} its assets (plain
// HTML, CSS and ES modules from ./assets, served as they are: no build step at run time; `npm run
// build` copies them beside the compiled server). Every UI response carries a strict
// Content-Security-Policy: scripts from this origin only, no inline script or style, and Trusted
// Types required, so that no string can ever become markup through innerHTML and the like.

import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import type { Context, Hono } from 'hono'

/** Where the assets are: src/web/assets when run from source, dist/src/web/assets when built. */
export const ASSETS_DIR = new URL('./assets/', import.meta.url)

/** The paths the UI answers (GET, and HEAD through GET); none of them is part of the JSON API. */
export const WEB_UI_PATHS = ['/', '/ui/:name'] as const

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  "trusted-types 'none'",
].join('; ')

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
}

/** A flat folder: a name is letters, digits and dashes with one known extension, so no path escapes it. */
const ASSET_NAME = /^[a-z0-9][a-z0-9-]*\.([a-z]+)$/

/** Registers GET / and GET /ui/{name} on `app`. */
export function registerWebUi(app: Hono<any, any, any>, dir: URL = ASSETS_DIR): void {
  app.get('/', (c) => sendAsset(c, dir, 'index.html'))
  app.get('/ui/:name', (c) => sendAsset(c, dir, c.req.param('name')))
}

async function sendAsset(c: Context, dir: URL, name: string): Promise<Response> {
  const type = TYPES[ASSET_NAME.exec(name)?.[1] ?? '']
  if (!type) return c.notFound()
  let body: Buffer
  try {
    body = await readFile(new URL(name, dir))
  } catch {
    // Whatever the file system says (ENOENT, ENAMETOOLONG for a 300-character name, EISDIR), the
    // asset asked for is not one there is: a 404, not a 500 with a stack in the log.
    return c.notFound()
  }
  // Assets keep their names from one version to the next, so the browser asks again each time
  // (no-cache) and gets a 304 while the content, and with it the ETag, is unchanged.
  const etag = `"${createHash('sha1').update(body).digest('base64url')}"`
  const headers: Record<string, string> = {
    'content-type': type,
    'cache-control': 'no-cache',
    etag,
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
  }
  if (ifNoneMatch(c.req.header('if-none-match'), etag)) return new Response(null, { status: 304, headers })
  return new Response(new Uint8Array(body), { status: 200, headers })
}

function ifNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false
  return header.trim() === '*' || header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)
}
