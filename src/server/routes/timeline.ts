// GET /timeline?subject=: what a person or organisation said (or, with about=true, what was said
// about them), what an outlet published or carried, what was said about a place, or what was said
// about an event: statements in date order, oldest first, undated last.

import { createRoute, z } from '@hono/zod-openapi'
import { type SearchQuery, readSubject, subjectRef, timelineFilter, timelineHits } from '../../index.js'
import type { RouteModule } from '../context.js'
import { ApiError } from '../errors.js'
import { EntityNames, refOf } from '../names.js'
import { errorResponses, json, pageFrom } from '../responses.js'
import { EntityRefSchema, SearchHitSchema, dateBound, datesInOrderCheck, pageParams, text } from '../schemas.js'

export const EventRefSchema = z
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
    const search = async (filter: SearchQuery) => pageFrom(await timelineHits(store, filter, { ...range, limit: q.limit + 1, offset: q.offset }), q.limit, q.offset)
    const names = new EntityNames(store)

    const subject = await readSubject(store, q.subject, { about })
    if (subject.reading === 'event') {
      if (about) throw new ApiError(400, 'E_VALIDATION', `query parameter "about" takes a person or organisation, but "${q.subject}" is an event id`)
      return c.json({ reading: 'event' as const, subject: await subjectRef(subject, names), others: [], ...(await search(timelineFilter(subject))) }, 200)
    }
    if (subject.reading === 'none') {
      throw new ApiError(404, 'E_NOT_FOUND', `no event, person, organisation, place or outlet is stored under "${q.subject}" (for words, use /search?q=…&order=date)`)
    }
    // The others the name fits as well as the chosen one: the same kind of match.
    const others = subject.others.filter((o) => o.match === subject.match).map((o) => refOf(o.stored.entity))
    return c.json({ reading: subject.reading, subject: refOf(subject.entity.entity), others, ...(await search(timelineFilter(subject))) }, 200)
  })
}
