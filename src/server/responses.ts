// Pieces every route shares: the error responses it documents, and pages of results.

import { ErrorSchema } from './schemas.js'

const DESCRIPTIONS = {
  400: 'A parameter or the body is invalid: the message names it and says what was wrong.',
  401: 'The token is missing or wrong.',
  403: 'Writes are disabled: the server was started without WIREWATCH_TOKEN.',
  404: 'Nothing is stored under that id or name.',
  413: 'The request body is too large.',
  415: 'The request body is not JSON.',
  422: 'None of the documents could be read or stored.',
  500: 'An internal error; the server log has the details.',
  503: 'The request took longer than the server allows (E_TIMEOUT), or the server is stopping (E_UNAVAILABLE).',
} as const

type ErrorStatus = keyof typeof DESCRIPTIONS

/** The error responses of a route, for the OpenAPI document: 400, 500 and 503 (the time limit) always, the others as given. */
export function errorResponses<S extends ErrorStatus>(...statuses: S[]) {
  const all = [...new Set<ErrorStatus>([400, ...statuses, 500, 503])]
  return Object.fromEntries(all.map((s) => [s, { description: DESCRIPTIONS[s], content: { 'application/json': { schema: ErrorSchema } } }])) as Record<
    S | 400 | 500 | 503,
    { description: string; content: { 'application/json': { schema: typeof ErrorSchema } } }
  >
}

export function json<T>(schema: T, description: string) {
  return { description, content: { 'application/json': { schema } } }
}

export interface Page<T> {
  items: T[]
  limit: number
  offset: number
  next?: number
}

/** A page from `fetched`, which holds up to limit + 1 items from `offset`: the extra one says there is more. */
export function pageFrom<T>(fetched: readonly T[], limit: number, offset: number): Page<T> {
  const items = fetched.slice(0, limit)
  return { items, limit, offset, ...(fetched.length > limit ? { next: offset + limit } : {}) }
}

/** A page of a list the store returns whole (at most `cap` items from the start): sliced here. */
export function pageOfWhole<T>(all: readonly T[], limit: number, offset: number): Page<T> {
  return pageFrom(all.slice(offset, offset + limit + 1), limit, offset)
}
