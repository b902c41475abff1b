// GET /briefs?speaker=|event=|doc=[&on=][&format=]: a brief in the form of the seed brief, written
// from the store — a dated lead, a Source: line, Details:, Quote: blocks and dated background. As
// JSON (the default), every sentence carries the ids of the statements it came from; as txt, md or
// html, the text (html sentences link to /statements/{id}).

import { createRoute, z } from '@hono/zod-openapi'
import { type Brief, type BriefFormat, WirewatchError, buildBrief, formatBrief } from '../../index.js'
import type { RouteModule } from '../context.js'
import { ApiError } from '../errors.js'
import { errorResponses, json } from '../responses.js'
import { EntityRefSchema, text } from '../schemas.js'
import { EventRefSchema } from './timeline.js'

const SentenceSchema = z
  .object({
    text: z.string(),
    statements: z.array(z.string()).openapi({ description: 'Ids of the statements it says (GET /statements/{id}).' }),
    events: z.array(z.string()).optional().openapi({ description: 'Ids of the events it tells of (GET /events/{id}).' }),
    date: z.string().optional(),
    paragraph: z.number().int().optional().openapi({ description: 'Details and quotes: their order among the paragraphs after the Source: line.' }),
  })
  .openapi('BriefSentence')

const OutletSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z.string().optional(),
    descriptor: z.string().optional(),
    labels: z.array(z.string()),
    translation: z.string().optional(),
    medium: z.string().optional(),
    statements: z.array(z.string()),
  })
  .openapi('BriefOutlet')

const BriefSchema = z
  .object({
    subject: z.union([
      z.object({ type: z.literal('speaker'), speaker: EntityRefSchema }),
      z.object({ type: z.literal('event'), event: EventRefSchema }),
      z.object({ type: z.literal('document'), document: z.object({ id: z.string(), title: z.string().optional(), date: z.string().optional(), outlet: z.string().optional() }) }),
    ]),
    date: z.string().optional(),
    speaker: z.object({ id: z.string().optional(), name: z.string(), role: z.string().optional() }),
    lead: SentenceSchema,
    source: z.object({ text: z.string(), outlets: z.array(OutletSchema), medium: z.string().optional() }),
    details: z.array(SentenceSchema),
    quotes: z.array(SentenceSchema),
    background: z.array(SentenceSchema),
  })
  .openapi('Brief')

const FORMATS = ['json', 'txt', 'md', 'html'] as const
const MEDIA: Record<BriefFormat, string> = { txt: 'text/plain; charset=utf-8', md: 'text/markdown; charset=utf-8', html: 'text/html; charset=utf-8' }

const DAY = /^\d{4}-\d{2}-\d{2}$/

const route = createRoute({
  method: 'get',
  path: '/briefs',
  tags: ['statements'],
  summary: 'A brief',
  description:
    "A brief in the seed brief's form, for one of: a speaker's day (speaker, and on: default the latest day they spoke), an event (from its latest statements), or a stored document. " +
    'format=json (the default) gives every sentence with the ids of its statements; txt is the seed’s layout, which Wirewatch reads back to the same statements; md; html, whose sentences link to /statements/{id}.',
  request: {
    query: z
      .strictObject({
        speaker: text('speaker', 'A person or organisation: a name, an alias, a last name or an entity id.').optional(),
        on: z
          .string()
          .refine((v) => DAY.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), 'must be a calendar date written YYYY-MM-DD')
          .optional()
          .openapi({ param: { name: 'on', in: 'query' }, description: 'With speaker or event: the day to brief (YYYY-MM-DD).', example: '2026-04-21' }),
        event: text('event', 'An event id.').optional(),
        doc: text('doc', 'A stored document id.').optional(),
        format: z.enum(FORMATS).optional().openapi({ param: { name: 'format', in: 'query' }, description: 'json (default), txt, md or html.' }),
      })
      .refine((q) => [q.speaker, q.event, q.doc].filter((x) => x !== undefined).length === 1, { error: 'give exactly one of the query parameters "speaker", "event" and "doc"' })
      .refine((q) => q.on === undefined || q.doc === undefined, { error: 'query parameter "on" goes with "speaker" or "event"; a document brief has the document’s date' }),
  },
  responses: {
    200: {
      description: 'The brief: as JSON with statement ids, or its text.',
      content: {
        'application/json': { schema: BriefSchema },
        'text/plain': { schema: z.string() },
        'text/markdown': { schema: z.string() },
        'text/html': { schema: z.string() },
      },
    },
    ...errorResponses(404),
  },
})

export const briefRoutes: RouteModule = (app, { store }) => {
  app.openapi(route, async (c) => {
    const q = c.req.valid('query')
    let brief: Brief
    try {
      brief = await buildBrief(store, {
        ...(q.speaker !== undefined ? { speaker: q.speaker } : {}),
        ...(q.event !== undefined ? { event: q.event } : {}),
        ...(q.doc !== undefined ? { doc: q.doc } : {}),
        ...(q.on !== undefined ? { on: q.on } : {}),
      })
    } catch (error) {
      if (error instanceof WirewatchError && error.code === 'E_USAGE') throw new ApiError(400, 'E_VALIDATION', error.message)
      throw error
    }
    const format = q.format ?? 'json'
    if (format === 'json') return c.json(brief, 200)
    return c.body(formatBrief(brief, format), 200, { 'content-type': MEDIA[format] })
  })
}
