// GET /entities: people, organisations, places and outlets, by name or by type; GET /entities/{id};
// GET /outlets: the outlets, or those a name matches.

import { createRoute, z } from '@hono/zod-openapi'
import type { RouteModule } from '../context.js'
import { ApiError } from '../errors.js'
import { entityById } from '../names.js'
import { errorResponses, json, pageFrom, pageOfWhole } from '../responses.js'
import { ENTITY_TYPES, StoredEntitySchema, idParam, noQuery, pageOf, pageParams, text } from '../schemas.js'

/** The most matches a name lookup reads (the store's own cap): pages reach that far. */
const MAX_MATCHES = 1000

const listRoute = createRoute({
  method: 'get',
  path: '/entities',
  tags: ['entities'],
  summary: 'Find or list entities',
  description:
    'With name: entities whose name or an alias matches, case-insensitive, across scripts: exact names first, then last names, then names that begin so; ' +
    `better known first; at most the first ${MAX_MATCHES} matches. Without name: every entity (of the type), named in most documents first.`,
  request: {
    query: z.strictObject({
      name: text('name', 'A name, an alias, a last name, the start of a name, or an entity id.').optional(),
      type: z.enum(ENTITY_TYPES).optional().openapi({ param: { name: 'type', in: 'query' } }),
      ...pageParams,
    }),
  },
  responses: { 200: json(pageOf(StoredEntitySchema, 'EntityPage'), 'A page of entities.'), ...errorResponses() },
})

const getRoute = createRoute({
  method: 'get',
  path: '/entities/{id}',
  tags: ['entities'],
  summary: 'One entity',
  description: 'An id merged into another entity (wirewatch entities merge) answers with that entity.',
  request: { query: noQuery, params: idParam('An entity id.', 'person:ilsa-varga') },
  responses: { 200: json(StoredEntitySchema, 'The entity, merged across documents, with its counts.'), ...errorResponses(404) },
})

const outletsRoute = createRoute({
  method: 'get',
  path: '/outlets',
  tags: ['entities'],
  summary: 'Outlets',
  description:
    'Outlets (news agencies, newspapers, broadcasters, websites, Telegram channels), named in most documents first; ' +
    'with name, those whose name or an alias matches, best first.',
  request: {
    query: z.strictObject({
      name: text('name', 'A name, an alias or the start of one.').optional(),
      ...pageParams,
    }),
  },
  responses: { 200: json(pageOf(StoredEntitySchema, 'OutletPage'), 'A page of outlets.'), ...errorResponses() },
})

export const entityRoutes: RouteModule = (app, { store }) => {
  app.openapi(listRoute, async (c) => {
    const q = c.req.valid('query')
    if (q.name === undefined) {
      return c.json(pageFrom(await store.listEntities({ ...(q.type ? { type: q.type } : {}), limit: q.limit + 1, offset: q.offset }), q.limit, q.offset), 200)
    }
    // The store pages names from the start only: read as far as this page (one more, to know of a next).
    const wanted = q.type ? MAX_MATCHES : Math.min(MAX_MATCHES, q.offset + q.limit + 1)
    const found = (await store.findEntities(q.name, wanted)).filter((s) => !q.type || s.entity.type === q.type)
    return c.json(pageOfWhole(found, q.limit, q.offset), 200)
  })

  app.openapi(getRoute, async (c) => {
    const { id } = c.req.valid('param')
    const stored = await entityById(store, id)
    if (!stored) throw new ApiError(404, 'E_NOT_FOUND', `no entity is stored under the id "${id}" (GET /entities?name= finds one by name)`)
    return c.json(stored, 200)
  })

  app.openapi(outletsRoute, async (c) => {
    const q = c.req.valid('query')
    if (q.name === undefined) {
      return c.json(pageFrom(await store.listEntities({ type: 'outlet', limit: q.limit + 1, offset: q.offset }), q.limit, q.offset), 200)
    }
    const found = (await store.findEntities(q.name, MAX_MATCHES)).filter((s) => s.entity.type === 'outlet')
    return c.json(pageOfWhole(found, q.limit, q.offset), 200)
  })
}
