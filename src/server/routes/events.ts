// GET /events?participant=&place=&type=: meetings, talks, calls, visits, summits; GET /events/{id}.

import { createRoute, z } from '@hono/zod-openapi'
import type { EventQuery, StoredEvent } from '../../index.js'
import type { RouteModule } from '../context.js'
import { ApiError } from '../errors.js'
import { EntityNames, entitiesNamed } from '../names.js'
import { errorResponses, json, pageOfWhole } from '../responses.js'
import { EVENT_TYPES, EntityRefSchema, StoredEventSchema, idParam, noQuery, pageOf, pageParams, text } from '../schemas.js'

/** The most events the store returns for one query: pages reach that far. */
const MAX_EVENTS = 1000

const EventDetailSchema = StoredEventSchema.extend({
  entities: z.array(EntityRefSchema).openapi({ description: 'The participants and the place, by name.' }),
}).openapi('EventDetail')

const listRoute = createRoute({
  method: 'get',
  path: '/events',
  tags: ['events'],
  summary: 'Find events',
  description: `Events, most reported first: all of them, or those with a participant or place (either, when both are given), of a type. At most the first ${MAX_EVENTS}.`,
  request: {
    query: z.strictObject({
      participant: text('participant', 'A participant: an entity id or a name (a last name will do).').optional(),
      place: text('place', 'Where it was held: an entity id or a name.').optional(),
      type: z.enum(EVENT_TYPES).optional().openapi({ param: { name: 'type', in: 'query' } }),
      ...pageParams,
    }),
  },
  responses: { 200: json(pageOf(EventDetailSchema, 'EventPage'), 'A page of events.'), ...errorResponses() },
})

const getRoute = createRoute({
  method: 'get',
  path: '/events/{id}',
  tags: ['events'],
  summary: 'One event',
  request: { query: noQuery, params: idParam('An event id.', '1f2eece8fa9ed85a:e1') },
  responses: { 200: json(EventDetailSchema, 'The event merged across the documents that report it, with its status history.'), ...errorResponses(404) },
})

export const eventRoutes: RouteModule = (app, { store }) => {
  app.openapi(listRoute, async (c) => {
    const q = c.req.valid('query')
    const limit = Math.min(MAX_EVENTS, q.offset + q.limit + 1)
    const participants = q.participant === undefined ? undefined : (await entitiesNamed(store, q.participant)).map((s) => s.entity.id)
    const places = q.place === undefined ? undefined : (await entitiesNamed(store, q.place)).filter((s) => s.entity.type === 'place').map((s) => s.entity.id)
    // A name that names no one matches no event (rather than every event).
    if (participants?.length === 0 || places?.length === 0) return c.json(pageOfWhole<Detail>([], q.limit, q.offset), 200)
    let found: StoredEvent[]
    if (places && places.length > 1) {
      const each = await Promise.all(places.map((place) => store.findEvents(query(participants, place, q.type, limit))))
      found = [...new Map(each.flat().map((e) => [e.event.id, e])).values()].sort((a, b) => b.documentCount - a.documentCount)
    } else {
      found = await store.findEvents(query(participants, places?.[0], q.type, limit))
    }
    const page = pageOfWhole(found, q.limit, q.offset)
    const names = new EntityNames(store)
    return c.json({ ...page, items: await Promise.all(page.items.map((e) => detail(e, names))) }, 200)
  })

  app.openapi(getRoute, async (c) => {
    const { id } = c.req.valid('param')
    const stored = await store.getEvent(id)
    if (!stored) throw new ApiError(404, 'E_NOT_FOUND', `no event is stored under the id "${id}"`)
    return c.json(await detail(stored, new EntityNames(store)), 200)
  })
}

type Detail = StoredEvent & { entities: { id: string; type: 'person' | 'organization' | 'place' | 'outlet'; name: string }[] }

async function detail(stored: StoredEvent, names: EntityNames): Promise<Detail> {
  const e = stored.event
  return { ...stored, entities: await names.refs([...e.participants, ...(e.place ? [e.place] : [])]) }
}

function query(participants: string[] | undefined, place: string | undefined, type: EventQuery['type'], limit: number): EventQuery {
  return { ...(participants ? { participants } : {}), ...(place ? { place } : {}), ...(type ? { type } : {}), limit }
}
