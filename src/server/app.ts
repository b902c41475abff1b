// The HTTP API: createApp() builds the Hono app over a store, without a socket (tests call
// app.request()); serve() in ./serve.ts puts it on one. Each feature registers its routes from
// its own module in ./routes; the OpenAPI document is generated from their zod schemas.

import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi'
import type { Context } from 'hono'
import type { Store } from '../index.js'
import type { ApiContext, RouteModule } from './context.js'
import { type Log, notFound, onError, stderrLog, validationHook } from './errors.js'
import { allowedHostNames, checkHost } from './host-check.js'
import { type Ingester, createIngester } from './ingest-pool.js'
import { securityHeaders } from './security-headers.js'
import { DEFAULT_REQUEST_TIMEOUT_MS, timeLimit } from './time-limit.js'
import { documentRoutes } from './routes/documents.js'
import { entityRoutes } from './routes/entities.js'
import { eventRoutes } from './routes/events.js'
import { metaRoutes } from './routes/meta.js'
import { searchRoutes } from './routes/search.js'
import { statementRoutes } from './routes/statements.js'
import { timelineRoutes } from './routes/timeline.js'
import { briefRoutes } from './routes/briefs.js'
import { errorResponses, json } from './responses.js'
import { DEFAULT_PAGE, MAX_PAGE, noQuery } from './schemas.js'
import { registerWebUi } from '../web/serve.js'

export interface AppOptions {
  store: Store
  /** The token writes need (WIREWATCH_TOKEN); without one, every write is refused with 403. */
  token?: string
  /** The clock, for the provenance of ingested documents (tests pin it). */
  now?: () => Date
  /** Where failures are logged with their stack (default: stderr). */
  log?: Log
  /** The version the OpenAPI document gives (default: "0.0.0"). */
  version?: string
  /** Largest request body accepted, in bytes (default 2 MB). */
  maxBodyBytes?: number
  /** Time a request may take, in milliseconds (default 30 s): past it, a 503. */
  requestTimeoutMs?: number
  /** Host names, besides the loopback ones, that requests may name in their Host header (see host-check.ts). */
  allowedHosts?: readonly string[]
  /** The address the server listens on (serve() sets it): allowed as a host name unless a wildcard (0.0.0.0). */
  boundHost?: string
  /** Where POST /documents does its work (default: worker threads on the store's file; serve() passes
   *  its own, to stop them when it closes). */
  ingester?: Ingester
}

export const DEFAULT_MAX_BODY_BYTES = 2 * 1024 * 1024

/** The features, in the order the OpenAPI document lists them. A new one (briefs) is one more line. */
const ROUTES: readonly RouteModule[] = [searchRoutes, statementRoutes, documentRoutes, entityRoutes, eventRoutes, timelineRoutes, briefRoutes, metaRoutes]

const openApiRoute = createRoute({
  method: 'get',
  path: '/openapi.json',
  tags: ['meta'],
  summary: 'This API, described',
  request: { query: noQuery },
  responses: { 200: json(z.record(z.string(), z.unknown()), 'The OpenAPI 3.1 document.'), ...errorResponses() },
})

export function createApp(options: AppOptions): OpenAPIHono {
  const ctx: ApiContext = {
    store: options.store,
    token: options.token || undefined,
    now: options.now ?? (() => new Date()),
    log: options.log ?? stderrLog,
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    ingester: options.ingester ?? createIngester(options.store),
  }
  const known = new Map<string, string[]>()
  const app = new OpenAPIHono({ defaultHook: validationHook((c: Context) => known.get(c.req.routePath)) })
  app.onError(onError(ctx.log))
  app.notFound(notFound)
  // Before any route, so that they apply to every response, the web UI's and 404s included.
  app.use('*', securityHeaders)
  app.use('*', checkHost(allowedHostNames(options.boundHost, options.allowedHosts)))
  app.use('*', timeLimit(options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS))
  app.openAPIRegistry.registerComponent('securitySchemes', 'token', {
    type: 'http',
    scheme: 'bearer',
    description: 'The token the server was started with (WIREWATCH_TOKEN).',
  })
  for (const register of ROUTES) register(app, ctx)
  registerWebUi(app) // the web UI (GET / and /ui/*): pages, not API, so outside the OpenAPI document

  // The document describes every route, itself included; it is made once, here, so that a schema
  // the generator cannot describe fails at start-up rather than on a request.
  let document: unknown
  app.openapi(openApiRoute, (c) => c.json(document as Record<string, unknown>, 200))
  document = app.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'Wirewatch',
      version: options.version ?? '0.0.0',
      description:
        'Who said what, when, through which outlet: statements extracted from news, with evidence spans. ' +
        `Lists take limit (1 to ${MAX_PAGE}, default ${DEFAULT_PAGE}) and offset, and answer { items, limit, offset, next? }; next is absent on the last page. ` +
        'Unknown query parameters are refused. Errors are { error: { code, message } }. Writes need the server token.',
    },
    tags: [
      { name: 'statements', description: 'Who said what: search, one statement, timelines.' },
      { name: 'documents', description: 'Stored documents, and ingesting new ones.' },
      { name: 'entities', description: 'People, organisations, places and outlets.' },
      { name: 'events', description: 'Meetings, talks, calls, visits and summits.' },
      { name: 'meta', description: 'The server and its store.' },
    ],
  })
  for (const definition of app.openAPIRegistry.definitions) {
    if (definition.type !== 'route') continue
    const query = definition.route.request?.query
    const keys = query && 'shape' in query ? Object.keys(query.shape as object) : []
    known.set(definition.route.path.replace(/\{(\w+)\}/g, ':$1'), keys)
  }
  return app
}
