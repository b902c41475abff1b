// GET /documents: documents by words, dates, publisher and language, a page at a time.
// GET /documents/{id}: a stored document with everything extracted from it.
// POST /documents: ingest documents sent as JSON, through the same path as `wirewatch ingest`
// (readers, extraction, resolution against the store, near-duplicate check; ../ingest-request.ts),
// in a worker thread (../ingest-pool.ts). Needs the token.

import { createRoute, z } from '@hono/zod-openapi'
import type { MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { requireToken } from '../auth.js'
import type { RouteModule } from '../context.js'
import { ApiError } from '../errors.js'
import { errorResponses, json, pageFrom } from '../responses.js'
import { deadlineOf } from '../time-limit.js'
import { StoredDocumentSchema, dateBound, datesInOrderCheck, idParam, isIsoDateTime, languageParam, noQuery, pageOf, pageParams, text } from '../schemas.js'

/** Documents one request may carry. */
export const MAX_DOCUMENTS_PER_REQUEST = 100

const DocumentInputSchema = z
  .strictObject({
    text: z
      .string()
      .refine((s) => s.trim() !== '', 'must not be empty')
      .openapi({ description: 'The text: an article, a brief, a web page or a feed, read as `wirewatch ingest` reads a file.' }),
    title: z.string().trim().min(1, 'must not be empty').max(1000, 'must be at most 1000 characters').optional(),
    date: z
      .string()
      .refine(isIsoDateTime, 'must be an ISO 8601 date or date-time, e.g. 2026-03-19 or 2026-03-19T09:15:00Z')
      .optional()
      .openapi({ description: 'Publication date: the reference for relative dates in the text.', example: '2026-03-19' }),
    url: z.string().max(2000, 'must be at most 2000 characters').refine(isHttpUrl, 'must be an http or https URL').optional(),
    outlet: z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .max(200, 'must be at most 200 characters')
      .optional()
      .openapi({ description: "The publishing outlet's name.", example: 'Harbour Gazette' }),
    lang: z
      .string()
      .regex(/^[a-z]{2}$/, 'must be a two-letter ISO 639-1 code such as "en"')
      .optional()
      .openapi({ description: 'ISO 639-1 code of the language the document declares. The language is identified from the text; this counts only when the text does not tell (too few letters).' }),
  })
  .openapi('DocumentInput')

const DocumentInputsSchema = z
  .union([DocumentInputSchema, z.array(DocumentInputSchema).min(1, 'must hold at least one document').max(MAX_DOCUMENTS_PER_REQUEST, `must hold at most ${MAX_DOCUMENTS_PER_REQUEST} documents`)])
  .openapi('DocumentInputs', { description: `One document, or an array of up to ${MAX_DOCUMENTS_PER_REQUEST}.` })

const IngestResultSchema = z
  .object({
    documents: z.array(
      z.object({
        index: z.number().int().openapi({ description: 'Which document of the request it came from (0 for a single one).' }),
        id: z.string(),
        outcome: z.enum(['new', 'unchanged', 'duplicate']).openapi({ description: 'new; unchanged (already stored); duplicate (stored, as a near-duplicate of an earlier one).' }),
        statements: z.number().int(),
      }),
    ),
    problems: z.array(
      z.object({
        index: z.number().int(),
        code: z.string(),
        message: z.string(),
        severity: z.literal('warning').optional().openapi({ description: 'Present when the document was stored all the same (bad bytes replaced, a field left out).' }),
      }),
    ),
    statementsAdded: z.number().int(),
  })
  .openapi('IngestResult')

const DocumentSummarySchema = z
  .object({
    id: z.string(),
    title: z.string().optional(),
    date: z.string().optional(),
    lang: z.string().openapi({ description: 'Its language (ISO 639-1).', example: 'uk' }),
    url: z.string().optional(),
    outlet: z.string().optional().openapi({ description: "The publishing outlet's name." }),
    outletId: z.string().optional(),
    statements: z.number().int().openapi({ description: 'Statements extracted from it.' }),
    origin: z.string().openapi({ description: 'Where it was read from: a path, a URL, "stdin" or "http".' }),
    nearDuplicateOf: z.string().optional().openapi({ description: 'The document it is a near-duplicate copy of.' }),
  })
  .openapi('DocumentSummary')

const ListQuerySchema = z
  .strictObject({
    q: text('q', 'Words the title or text must contain (all of them); best match first, else newest first. Russian and Ukrainian words match in any of their forms.', 500).optional(),
    from: dateBound('from'),
    to: dateBound('to'),
    outlet: text('outlet', 'The publishing outlet: a name or an entity id.').optional(),
    lang: languageParam('Documents in this language: en, ru or uk.'),
    duplicates: z
      .enum(['true', 'false'])
      .optional()
      .openapi({ param: { name: 'duplicates', in: 'query' }, description: 'true: near-duplicate copies too (left out by default).' }),
    ...pageParams,
  })
  .refine(...datesInOrderCheck)

const listRoute = createRoute({
  method: 'get',
  path: '/documents',
  tags: ['documents'],
  summary: 'List documents',
  description: 'Stored documents matching every filter given, without their text (GET /documents/{id} has it).',
  request: { query: ListQuerySchema },
  responses: { 200: json(pageOf(DocumentSummarySchema, 'DocumentPage'), 'A page of documents.'), ...errorResponses() },
})

const getRoute = createRoute({
  method: 'get',
  path: '/documents/{id}',
  tags: ['documents'],
  summary: 'One document',
  request: { query: noQuery, params: idParam('A document id.', '1f2eece8fa9ed85a') },
  responses: { 200: json(StoredDocumentSchema, 'The document, its statements, entities and events, and how it reached the store.'), ...errorResponses(404) },
})

export const documentRoutes: RouteModule = (app, ctx) => {
  const postRoute = createRoute({
    method: 'post',
    path: '/documents',
    tags: ['documents'],
    summary: 'Ingest documents',
    description: `Reads, extracts and stores documents. Needs the server token. The body is at most ${megabytes(ctx.maxBodyBytes)}.`,
    security: [{ token: [] }],
    middleware: [requireToken(ctx.token), limitBody(ctx.maxBodyBytes), requireJson] as const,
    request: { query: noQuery, body: { required: true, content: { 'application/json': { schema: DocumentInputsSchema } } } },
    responses: {
      200: json(IngestResultSchema, 'Nothing new: every document was stored already (or some failed; see problems).'),
      201: json(IngestResultSchema, 'At least one document was stored.'),
      ...errorResponses(401, 403, 413, 415, 422),
    },
  })

  app.openapi(listRoute, async (c) => {
    const q = c.req.valid('query')
    const found = await ctx.store.listDocuments({
      ...(q.q !== undefined ? { text: q.q } : {}),
      ...(q.from !== undefined ? { from: q.from } : {}),
      ...(q.to !== undefined ? { to: q.to } : {}),
      ...(q.outlet !== undefined ? { outlet: q.outlet } : {}),
      ...(q.lang !== undefined ? { lang: q.lang } : {}),
      includeDuplicates: q.duplicates === 'true',
      limit: q.limit + 1,
      offset: q.offset,
    })
    return c.json(pageFrom(found, q.limit, q.offset), 200)
  })

  app.openapi(getRoute, async (c) => {
    const { id } = c.req.valid('param')
    const stored = await ctx.store.getDocument(id)
    if (!stored) throw new ApiError(404, 'E_NOT_FOUND', `no document is stored under the id "${id}"`)
    // The MinHash signature is the store's business, not the reader's.
    const { signature: _signature, ...provenance } = stored.provenance
    return c.json({ document: stored.document, provenance }, 200)
  })

  app.openapi(postRoute, async (c) => {
    const body = c.req.valid('json')
    // Off the event loop, in an ingest worker: the server goes on answering meanwhile.
    const result = await ctx.ingester.run(Array.isArray(body) ? body : [body], ctx.now(), deadlineOf(c))
    const { documents, problems } = result
    if (documents.length === 0 && problems.length > 0) {
      const first = problems[0]!
      const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''
      throw new ApiError(422, 'E_INPUT_REJECTED', `no document could be stored: document ${first.index}: ${first.message} [${first.code}]${more}`)
    }
    return documents.some((d) => d.outcome !== 'unchanged') ? c.json(result, 201) : c.json(result, 200)
  })
}

function limitBody(maxSize: number): MiddlewareHandler {
  return bodyLimit({
    maxSize,
    onError: () => {
      throw new ApiError(413, 'E_TOO_LARGE', `the request body is larger than the limit of ${megabytes(maxSize)}: send fewer documents at a time`)
    },
  })
}

const requireJson: MiddlewareHandler = async (c, next) => {
  const type = c.req.header('content-type')
  const media = type?.split(';')[0]?.trim().toLowerCase()
  if (media !== 'application/json') {
    throw new ApiError(415, 'E_MEDIA_TYPE', `the body must be JSON sent with "Content-Type: application/json"${type ? `, not "${type.slice(0, 100)}"` : ''}`)
  }
  await next()
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value)
    return url.protocol === 'http:' || url.protocol === 'https:'
  } catch {
    return false
  }
}

function megabytes(bytes: number): string {
  const mb = bytes / 1024 / 1024
  return Number.isInteger(mb) ? `${mb} MB` : `${mb.toFixed(1)} MB`
}
