// Headers on every response, the API's JSON, briefs as HTML, errors and 404s as much as the web UI:
// nosniff, so that no browser reads a response as another type than it says (JSON as HTML, say),
// and a Content-Security-Policy. The web UI's assets set their own policy (web/serve.ts), which
// lets the page load its scripts and styles; everything else gets one that allows nothing, since
// none of it is a page that needs to load anything.

import type { MiddlewareHandler } from 'hono'

export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next()
  const headers = c.res.headers
  headers.set('x-content-type-options', 'nosniff')
  if (!headers.has('content-security-policy')) headers.set('content-security-policy', API_CONTENT_SECURITY_POLICY)
}
