// GET /timeline?subject=: what a person or organisation said (or, with about=true, what was said
// about them), what an outlet published or carried, what was said about a place, or what was said
// about an event: statements in date order, oldest first, undated last.

import { createRoute, z } from '@hono/zod-openapi'
import type { SearchQuery } from '../../index.js'
import type { RouteModule } from '../context.js'
import { ApiError } from '../errors.js'
import { EntityNames, entitiesNamed, refOf } from '../names.js'
import { errorResponses, json, pageFrom } from '../responses.js'
import { EntityRefSchema, SearchHitSchema, dateBound, datesInOrderCheck, pageParams, text } from '../schemas.js'

const EventRefSchema = z
  .object({ id: z.string(), type: z.string(), status: z.string(), date: z.string().optional(), place: EntityRefSchema.optional() })
  .openapi('EventRef')

const TimelineSchema = z
  .object({
    reading: z.enum(['event', 'speaker', 'about', 'outlet']).openapi({
      description: 'How the subject was read: an event; statements by a person or organisation; statements about one (or a place); statements an outlet published or carried.',
    }),
    subject: z.union([EntityRefSchema, EventRefSchema]),
    others: z.array(EntityRefSchema).openapi({ description: 'Other entities the name also fits: give one of their ids to choose it.' }),
    items: z.array(SearchHitSchema),
    limit: z.number().int(),
    offset: z.number().int(),
    next: z.number().int().optional(),
  })
  .openapi('Timeline')

const route = createRoute({
  method: 'get',
  path: '/timeline',
  tags: ['statements'],
  summary: 'A timeline',
  description: 'Statements in date order, oldest first (undated last), for an event id, or an entity id or name. For words, use /search?q=…&order=date.',
  request: {
    query: z
      .strictObject({
        subject: text('subject', 'An event id, or a person, organisation, place or outlet: an entity id or a name (a last name will do).'),
        about: z
          .enum(['true', 'false'])
          .optional()
          .openapi({ param: { name: 'about', in: 'query' }, description: 'true: statements about the person or organisation, not by them.' }),
        from: dateBound('from'),
        to: dateBound('to'),
        ...pageParams,
      })
      .refine(...datesInOrderCheck),
  },
  responses: { 200: json(TimelineSchema, 'How the subject was read, and a page of its statements.'), ...errorResponses(404) },
})

export const timelineRoutes: RouteModule = (app, { store }) => {
  app.openapi(route, async (c) => {
    const q = c.req.valid('query')
    const about = q.about === 'true'
    const range = { ...(q.from !== undefined ? { from: q.from } : {}), ...(q.to !== undefined ? { to: q.to } : {}) }
    const search = async (filter: SearchQuery) => pageFrom(await store.search({ ...filter, ...range, order: 'date', limit: q.limit + 1, offset: q.offset }), q.limit, q.offset)

    const stored = await store.getEvent(q.subject)
    if (stored) {
      if (about) throw new ApiError(400, 'E_VALIDATION', `query parameter "about" takes a person or organisation, but "${q.subject}" is an event id`)
      const e = stored.event
      const place = e.place ? (await new EntityNames(store).refs([e.place]))[0] : undefined
      const subject = { id: e.id, type: e.type, status: e.status, ...(e.date ? { date: e.date } : {}), ...(place ? { place } : {}) }
      return c.json({ reading: 'event' as const, subject, others: [], ...(await search({ event: e.id })) }, 200)
    }

    const [chosen, ...others] = await entitiesNamed(store, q.subject)
    if (!chosen) {
      throw new ApiError(404, 'E_NOT_FOUND', `no event, person, organisation, place or outlet is stored under "${q.subject}" (for words, use /search?q=…&order=date)`)
    }
    const entity = chosen.entity
    const reading: 'about' | 'outlet' | 'speaker' = about || entity.type === 'place' ? 'about' : entity.type === 'outlet' ? 'outlet' : 'speaker'
    // By id, not by name: a name can be shared, an id cannot.
    const filter: SearchQuery = reading === 'about' ? { about: entity.id } : reading === 'outlet' ? { outlet: entity.id } : { speaker: entity.id }
    return c.json({ reading, subject: refOf(entity), others: others.map((s) => refOf(s.entity)), ...(await search(filter)) }, 200)
  })
}
