// GET /stats: what the store holds; GET /health: that the server is up and its store answers.

import { createRoute, z } from '@hono/zod-openapi'
import type { RouteModule } from '../context.js'
import { errorResponses, json } from '../responses.js'
import { StatsSchema, noQuery } from '../schemas.js'

const statsRoute = createRoute({
  method: 'get',
  path: '/stats',
  tags: ['meta'],
  summary: 'Counts',
  request: { query: noQuery },
  description: 'How many documents, near-duplicates, statements, entities and outlets the store holds, and the dates it spans.',
  responses: { 200: json(StatsSchema, 'The counts.'), ...errorResponses() },
})

const healthRoute = createRoute({
  method: 'get',
  path: '/health',
  tags: ['meta'],
  summary: 'Health',
  request: { query: noQuery },
  responses: {
    200: json(z.object({ status: z.literal('ok'), store: z.string() }).openapi('Health'), 'The server is up and its store answers.'),
    ...errorResponses(),
  },
})

export const metaRoutes: RouteModule = (app, { store }) => {
  app.openapi(statsRoute, async (c) => c.json(await store.stats(), 200))
  app.openapi(healthRoute, async (c) => {
    await store.hasDocument('')
    return c.json({ status: 'ok' as const, store: store.kind }, 200)
  })
}
