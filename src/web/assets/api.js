// The JSON API, as the pages use it: same origin, JSON in, errors as ApiError with the server's
// own message. Types are the server's (src/store/store.ts, src/core/records.ts), checked by
// `tsc -p tsconfig.web.json`.

/** @typedef {import('../../core/records.js').Statement} Statement */
/** @typedef {import('../../core/records.js').Span} Span */
/** @typedef {import('../../core/records.js').Entity} Entity */
/** @typedef {import('../../core/records.js').Stance} Stance */
/** @typedef {import('../../store/store.js').SearchHit} SearchHit */
/** @typedef {import('../../store/store.js').StoredEntity} StoredEntity */
/** @typedef {import('../../store/store.js').StoredEvent} StoredEvent */
/** @typedef {import('../../store/store.js').StoredDocument} StoredDocument */
/** @typedef {import('../../store/store.js').DocumentSummary} DocumentSummary */
/** @typedef {import('../../store/store.js').StoreStats} StoreStats */
/** @typedef {{ id: string, type: Entity['type'], name: string }} EntityRef */
/** @typedef {StoredEvent & { entities: EntityRef[] }} EventDetail */
/**
 * @template T
 * @typedef {{ items: T[], limit: number, offset: number, next?: number }} Page
 */
/**
 * @typedef {{ reading: 'event' | 'speaker' | 'about' | 'outlet', subject: { id: string, name?: string, type: string, status?: string, date?: string },
 *   others: EntityRef[] } & Page<SearchHit>} Timeline
 */
/** @typedef {Record<string, string | number | undefined | null>} Params */

/** The most an API list gives in one page. */
export const MAX_PAGE = 100

export class ApiError extends Error {
  /**
   * @param {number} status
   * @param {string} code
   * @param {string} message
   */
  constructor(status, code, message) {
    super(message)
    this.status = status
    this.code = code
  }
}

/**
 * "?a=1&b=x" from the parameters that have a value.
 * @param {Params} params
 */
export function queryString(params) {
  const q = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && String(value) !== '') q.set(key, String(value))
  }
  const s = q.toString()
  return s ? `?${s}` : ''
}

/**
 * GET a path of the API.
 * @param {string} path "/search"
 * @param {Params} [params]
 * @param {{ signal?: AbortSignal, as?: 'json' | 'text' }} [options]
 * @returns {Promise<any>}
 */
export async function get(path, params = {}, options = {}) {
  let response
  try {
    response = await fetch(path + queryString(params), {
      headers: { accept: options.as === 'text' ? 'text/markdown, text/plain, */*' : 'application/json' },
      ...(options.signal ? { signal: options.signal } : {}),
    })
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error
    throw new ApiError(0, 'E_NETWORK', 'the server did not answer: is `wirewatch serve` still running?')
  }
  if (!response.ok) {
    let code = 'E_HTTP'
    let message = `${response.status} ${response.statusText}`
    try {
      const body = await response.json()
      if (body && body.error) ({ code, message } = body.error)
    } catch {
      // not JSON: the status says it
    }
    throw new ApiError(response.status, code, message)
  }
  return options.as === 'text' ? response.text() : response.json()
}

/**
 * Every page of a list, up to `max` items, one request after another.
 * @template T
 * @param {string} path
 * @param {Params} params
 * @param {number} max
 * @param {AbortSignal} [signal]
 * @returns {Promise<{ items: T[], more: boolean, first: any }>}
 */
export async function getAll(path, params, max, signal) {
  /** @type {T[]} */
  const items = []
  let offset = 0
  let first
  for (;;) {
    const page = await get(path, { ...params, limit: Math.min(MAX_PAGE, max - items.length), offset }, signal ? { signal } : {})
    first ??= page
    items.push(...page.items)
    if (page.next === undefined) return { items, more: false, first }
    if (items.length >= max) return { items, more: true, first }
    offset = page.next
  }
}

// ---------------------------------------------------------------------------------------------
// Entities by id, each asked for once per page load: names for the ids a statement holds.

/** @type {Map<string, Promise<StoredEntity | undefined>>} */
const entities = new Map()

/**
 * @param {string} id
 * @returns {Promise<StoredEntity | undefined>}
 */
export function entity(id) {
  let found = entities.get(id)
  if (!found) {
    found = get(`/entities/${encodeURIComponent(id)}`).catch((error) => {
      if (error instanceof ApiError && error.status === 404) return undefined
      entities.delete(id)
      throw error
    })
    entities.set(id, found)
  }
  return found
}

/**
 * An entity with all that GET /entities/{id} gives: lists leave out the outlets that carry it,
 * so one remembered from a list is asked for again.
 * @param {string} id
 * @returns {Promise<StoredEntity | undefined>}
 */
export async function entityInFull(id) {
  const known = await entity(id)
  if (!known || known.outlets) return known
  entities.delete(id)
  return entity(id)
}

/**
 * Remembers entities a list already gave, so that their names need no request.
 * @param {StoredEntity[]} list
 */
export function remember(list) {
  for (const stored of list) if (!entities.has(stored.entity.id)) entities.set(stored.entity.id, Promise.resolve(stored))
}

/** @type {Map<string, Promise<StoredDocument>>} */
const documents = new Map()

/**
 * A stored document (kept for the page's life: documents do not change once stored).
 * @param {string} id
 * @param {AbortSignal} [signal]
 * @returns {Promise<StoredDocument>}
 */
export function documentById(id, signal) {
  let found = documents.get(id)
  if (!found) {
    found = get(`/documents/${encodeURIComponent(id)}`, {}, signal ? { signal } : {})
    found.catch(() => documents.delete(id))
    documents.set(id, found)
  }
  return found
}

/** @type {Promise<Set<string>> | undefined} */
let endpoints

/**
 * Whether the server has an endpoint (from /openapi.json): to tell "not found" from "not there".
 * @param {string} path "/briefs"
 */
export async function hasEndpoint(path) {
  endpoints ??= get('/openapi.json').then(
    (/** @type {{ paths?: Record<string, unknown> }} */ doc) => new Set(Object.keys(doc.paths ?? {})),
    () => new Set(),
  )
  return (await endpoints).has(path)
}
