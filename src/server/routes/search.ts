// GET /search: statements by text, speaker, outlet, topic, date, kind, stance, event and language.

import { createRoute, z } from '@hono/zod-openapi'
import type { SearchQuery } from '../../index.js'
import type { RouteModule } from '../context.js'
import { errorResponses, json, pageFrom } from '../responses.js'
import { STANCE_VALUES, STATEMENT_KINDS, SearchHitSchema, dateBound, datesInOrderCheck, languageParam, pageOf, pageParams, text } from '../schemas.js'

export const SearchQuerySchema = z
  .strictObject({
    q: text('q', 'Words the statement must contain (all of them); best match first. Russian and Ukrainian words match in any of their forms.', 500).optional(),
    speaker: text('speaker', 'Who said it: a name, an alias, a last name or an entity id.').optional(),
    outlet: text('outlet', 'The outlet that published or carried it: a name or an entity id.').optional(),
    about: text('about', 'A person, organisation or place it is about: a name or an entity id.').optional(),
    from: dateBound('from'),
    to: dateBound('to'),
    kind: z.enum(STATEMENT_KINDS).optional().openapi({ param: { name: 'kind', in: 'query' } }),
    stance: z.enum(STANCE_VALUES).optional().openapi({ param: { name: 'stance', in: 'query' } }),
    event: text('event', 'An event id: statements that concern it.').optional(),
    lang: languageParam('Statements from documents in this language: en, ru or uk.'),
    order: z
      .enum(['relevance', 'date'])
      .optional()
      .openapi({ param: { name: 'order', in: 'query' }, description: 'relevance (the default: best first with q, newest first without) or date (oldest first).' }),
    ...pageParams,
  })
  .refine(...datesInOrderCheck)

const route = createRoute({
  method: 'get',
  path: '/search',
  tags: ['statements'],
  summary: 'Search statements',
  description: 'Statements matching every filter given. Near-duplicate copies of a story are left out.',
  request: { query: SearchQuerySchema },
  responses: { 200: json(pageOf(SearchHitSchema, 'SearchPage'), 'A page of statements with their documents.'), ...errorResponses() },
})

export const searchRoutes: RouteModule = (app, { store }) => {
  app.openapi(route, async (c) => {
    const q = c.req.valid('query')
    const query: SearchQuery = {
      ...(q.q !== undefined ? { text: q.q } : {}),
      ...(q.speaker !== undefined ? { speaker: q.speaker } : {}),
      ...(q.outlet !== undefined ? { outlet: q.outlet } : {}),
      ...(q.about !== undefined ? { about: q.about } : {}),
      ...(q.from !== undefined ? { from: q.from } : {}),
      ...(q.to !== undefined ? { to: q.to } : {}),
      ...(q.kind !== undefined ? { kind: q.kind } : {}),
      ...(q.stance !== undefined ? { stance: q.stance } : {}),
      ...(q.event !== undefined ? { event: q.event } : {}),
      ...(q.lang !== undefined ? { lang: q.lang } : {}),
      ...(q.order !== undefined ? { order: q.order } : {}),
      limit: q.limit + 1,
      offset: q.offset,
    }
    return c.json(pageFrom(await store.search(query), q.limit, q.offset), 200)
  })
}
