// The zod schemas the routes validate with and the OpenAPI document is generated from. The record
// schemas mirror DESIGN.md's record model (field names are the contract); objects are open, so a
// field added to the model later is passed through and the document stays true.

import { z } from '@hono/zod-openapi'
import { MAX_ID_LENGTH, SUPPORTED_LANGUAGES } from '../index.js'

// ---------------------------------------------------------------------------------------------
// Records

export const SpanSchema = z
  .object({
    start: z.number().int(),
    end: z.number().int(),
    text: z.string(),
  })
  .openapi('Span', { description: 'UTF-16 offsets into the document text, end exclusive.' })

const KINDS = ['direct', 'indirect', 'mixed'] as const
const STANCES = ['support', 'oppose', 'skeptical', 'neutral'] as const
export const ENTITY_TYPES = ['person', 'organization', 'place', 'outlet'] as const
export const EVENT_TYPES = ['meeting', 'talks', 'negotiations', 'call', 'visit', 'summit'] as const
const EVENT_STATUSES = ['proposed', 'planned', 'began', 'held', 'ended', 'cancelled', 'unknown'] as const
const OUTLET_KINDS = ['news agency', 'newspaper', 'broadcaster', 'website', 'telegram channel'] as const

export const StatementSchema = z
  .object({
    id: z.string(),
    kind: z.enum(KINDS),
    speaker: z.object({
      name: z.string().nullable(),
      entity: z.string().optional(),
      role: z.string().optional(),
      mentions: z.array(SpanSchema),
    }),
    cue: SpanSchema.nullable(),
    content: z.array(SpanSchema),
    date: z.string().optional(),
    dateUncertain: z.boolean().optional(),
    via: z.array(z.string()),
    medium: z.string().optional(),
    about: z.array(z.string()),
    event: z.string().optional(),
    stance: z.enum(STANCES).optional(),
    confidence: z.number(),
  })
  .openapi('Statement')

export const EntitySchema = z
  .object({
    id: z.string(),
    type: z.enum(ENTITY_TYPES),
    name: z.string(),
    aliases: z.array(z.string()),
    roles: z.array(z.string()),
    kind: z.enum(OUTLET_KINDS).optional(),
    labels: z.array(z.string()).optional(),
    translation: z.string().optional(),
    mentions: z.array(SpanSchema),
  })
  .openapi('Entity')

export const EventSchema = z
  .object({
    id: z.string(),
    type: z.enum(EVENT_TYPES),
    participants: z.array(z.string()),
    place: z.string().optional(),
    date: z.string().optional(),
    status: z.enum(EVENT_STATUSES),
    mentions: z.array(SpanSchema),
  })
  .openapi('Event')

const SourceCitationSchema = z
  .object({ outlet: z.string(), span: SpanSchema, descriptor: z.string().optional(), medium: z.string().optional() })
  .openapi('SourceCitation')

const DiagnosticSchema = z
  .object({ rule: z.string(), message: z.string(), severity: z.enum(['error', 'warning', 'info']), span: SpanSchema.optional() })
  .openapi('Diagnostic')

export const DocumentSchema = z
  .object({
    id: z.string(),
    title: z.string().optional(),
    date: z.string().optional(),
    lang: z.string(),
    url: z.string().optional(),
    outlet: z.string().optional(),
    text: z.string(),
    sources: z.array(SourceCitationSchema),
    entities: z.array(EntitySchema),
    statements: z.array(StatementSchema),
    events: z.array(EventSchema),
    diagnostics: z.array(DiagnosticSchema),
  })
  .openapi('Document')

export const ProvenanceSchema = z
  .object({
    origin: z.string(),
    reader: z.string(),
    ingestedAt: z.string(),
    forwardedFrom: z.array(z.string()).optional(),
    nearDuplicateOf: z.string().optional(),
  })
  .openapi('Provenance', { description: 'How the document reached the store.' })

export const StoredDocumentSchema = z.object({ document: DocumentSchema, provenance: ProvenanceSchema }).openapi('StoredDocument')

export const SearchHitSchema = z
  .object({
    statement: StatementSchema,
    document: z.object({
      id: z.string(),
      title: z.string().optional(),
      date: z.string().optional(),
      lang: z.string().openapi({ description: "The document's language (ISO 639-1), and so the statement's.", example: 'ru' }),
      url: z.string().optional(),
      outlet: z.string().optional().openapi({ description: "The publishing outlet's name." }),
      outletId: z.string().optional().openapi({ description: "The publishing outlet's entity id." }),
    }),
    score: z.number().openapi({ description: 'Relevance, larger is better; 0 without a text query.' }),
  })
  .openapi('SearchHit')

export const StoredEntitySchema = z
  .object({
    entity: EntitySchema,
    statementCount: z.number().int(),
    aboutCount: z.number().int(),
    firstSeen: z.string().optional(),
    lastSeen: z.string().optional(),
    documentCount: z.number().int().optional(),
    roleHistory: z.array(z.object({ role: z.string(), firstSeen: z.string().optional(), lastSeen: z.string().optional() })).optional(),
    outlets: z.array(z.object({ id: z.string(), name: z.string(), statements: z.number().int() })).optional(),
  })
  .openapi('StoredEntity')

export const EntityRefSchema = z.object({ id: z.string(), type: z.enum(ENTITY_TYPES), name: z.string() }).openapi('EntityRef')

export const StoredEventSchema = z
  .object({
    event: EventSchema,
    reports: z.array(z.object({ documentId: z.string(), documentDate: z.string().optional(), status: z.enum(EVENT_STATUSES), date: z.string().optional() })),
    statementCount: z.number().int(),
    firstSeen: z.string().optional(),
    lastSeen: z.string().optional(),
    documentCount: z.number().int(),
  })
  .openapi('StoredEvent')

export const StatsSchema = z
  .object({
    documents: z.number().int(),
    nearDuplicates: z.number().int(),
    statements: z.number().int(),
    entities: z.object({ person: z.number().int(), organization: z.number().int(), place: z.number().int(), outlet: z.number().int() }),
    outlets: z.number().int(),
    firstDate: z.string().optional(),
    lastDate: z.string().optional(),
  })
  .openapi('Stats')

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'E_VALIDATION' }),
      message: z.string().openapi({ example: 'query parameter "limit": must be at most 100, got "1000"' }),
    }),
  })
  .openapi('Error')

// ---------------------------------------------------------------------------------------------
// Parameters

export const MAX_PAGE = 100
export const DEFAULT_PAGE = 20

/** A whole number in a query string: "20" → 20; "ten", "2.5", "-1" are refused with a message. */
function wholeNumber(name: string, min: number, max: number, fallback: number) {
  return z
    .string()
    .regex(/^\d+$/, `must be a whole number from ${min} to ${max}`)
    .transform(Number)
    .pipe(z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`))
    .optional()
    .transform((n) => n ?? fallback)
    .openapi({ param: { name, in: 'query' }, type: 'integer', minimum: min, maximum: max, default: fallback })
}

export const pageParams = {
  limit: wholeNumber('limit', 1, MAX_PAGE, DEFAULT_PAGE),
  offset: wholeNumber('offset', 0, 1_000_000, 0),
}

/** YYYY, YYYY-MM or YYYY-MM-DD, a real calendar date: the inclusive bounds search takes. */
export function dateBound(name: string) {
  return z
    .string()
    .refine(isDatePrefix, 'must be a date written YYYY-MM-DD (or YYYY-MM, or YYYY)')
    .optional()
    .openapi({
      param: { name, in: 'query' },
      description: `Said ${name === 'from' ? 'on or after' : 'on or before'} this date (inclusive): YYYY-MM-DD, YYYY-MM or YYYY.`,
      pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$',
      example: '2026-03-01',
    })
}

function isDatePrefix(value: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value)
  if (!m) return false
  const [year, month, day] = [Number(m[1]), m[2] === undefined ? 1 : Number(m[2]), m[3] === undefined ? 1 : Number(m[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

/** An ISO 8601 date or date-time whose date part is a real calendar date: 2026-03-19, 2026-03-19T09:15:00Z. */
export function isIsoDateTime(value: string): boolean {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value)
  return m !== null && isDatePrefix(m[1]!)
}

/** `from` no later than `to` (prefixes compare as the store reads them: "2026-03" ≤ "2026-03-05"). */
export function datesInOrder(q: { from?: string | undefined; to?: string | undefined }): boolean {
  return q.from === undefined || q.to === undefined || q.from.slice(0, q.to.length) <= q.to
}

/** The refinement of a query with from and to: `.refine(...datesInOrderCheck)`. */
export const datesInOrderCheck = [
  datesInOrder,
  {
    error: (issue: { input: unknown }) => {
      const q = issue.input as { from?: string; to?: string }
      return `query parameter "from" (${q.from}) is after "to" (${q.to})`
    },
  },
] as const

/** A language Wirewatch reads (en, ru, uk): anything else is refused, not silently matched to nothing. */
export function languageParam(description: string) {
  return z
    .enum(SUPPORTED_LANGUAGES, { error: `must be one of ${SUPPORTED_LANGUAGES.join(', ')} (the languages Wirewatch reads)` })
    .optional()
    .openapi({ param: { name: 'lang', in: 'query' }, description, example: 'ru' })
}

/** A free-text parameter: trimmed, not empty, not huge; by default as long as the longest id the
 *  store makes (MAX_ID_LENGTH), since every such parameter takes an id as well as a name. */
export function text(name: string, description: string, max = MAX_ID_LENGTH) {
  return z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .openapi({ param: { name, in: 'query' }, description })
}

/** Longer than MAX_ID_LENGTH: ids made before they were bounded (from names of 190 characters and
 *  more) are still found by their path. */
const MAX_PATH_ID_LENGTH = 500

export function idParam(description: string, example: string) {
  return z.strictObject({
    id: z
      .string()
      .min(1)
      .max(MAX_PATH_ID_LENGTH, `must be at most ${MAX_PATH_ID_LENGTH} characters`)
      .openapi({ param: { name: 'id', in: 'path' }, description, example }),
  })
}

export const STATEMENT_KINDS = KINDS
export const STANCE_VALUES = STANCES

/** The envelope of every list: the page asked for, and the offset of the next one when there is more. */
export function pageOf<T extends z.ZodType>(item: T, name: string) {
  return z
    .object({
      items: z.array(item),
      limit: z.number().int(),
      offset: z.number().int(),
      next: z.number().int().optional().openapi({ description: 'The offset of the next page; absent on the last page.' }),
    })
    .openapi(name)
}

/** The query of an endpoint that takes no parameters: any parameter given is an error. */
export const noQuery = z.strictObject({})
