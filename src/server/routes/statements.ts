// GET /statements/{id}: one statement with its document.

import { createRoute } from '@hono/zod-openapi'
import type { RouteModule } from '../context.js'
import { ApiError } from '../errors.js'
import { errorResponses, json } from '../responses.js'
import { SearchHitSchema, idParam, noQuery } from '../schemas.js'

const route = createRoute({
  method: 'get',
  path: '/statements/{id}',
  tags: ['statements'],
  summary: 'One statement',
  request: { query: noQuery, params: idParam('A statement id: "<document id>:s<n>".', '1f2eece8fa9ed85a:s1') },
  responses: { 200: json(SearchHitSchema, 'The statement, with the document it came from.'), ...errorResponses(404) },
})

export const statementRoutes: RouteModule = (app, { store }) => {
  app.openapi(route, async (c) => {
    const { id } = c.req.valid('param')
    const hit = await store.getStatement(id)
    if (!hit) throw new ApiError(404, 'E_NOT_FOUND', `no statement is stored under the id "${id}"`)
    return c.json(hit, 200)
  })
}
