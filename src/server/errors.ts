// Every failure the API answers with is `{ error: { code, message } }`: a stable code for programs,
// a message that says what to change for people. A 500 says nothing of the internals; its stack goes
// to the log (stderr) instead.

import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { WirewatchError } from '../index.js'

export type ApiErrorCode =
  | 'E_VALIDATION'
  | 'E_BAD_JSON'
  | 'E_UNAUTHORIZED'
  | 'E_WRITES_DISABLED'
  | 'E_NOT_FOUND'
  | 'E_TOO_LARGE'
  | 'E_MEDIA_TYPE'
  | 'E_INPUT_REJECTED'
  | 'E_HOST_NOT_ALLOWED'
  | 'E_TIMEOUT'
  | 'E_UNAVAILABLE'
  | 'E_INTERNAL'

/** A failure with its status: thrown by handlers and middleware, answered by `onError`. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ApiErrorCode,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

export function errorBody(code: string, message: string): { error: { code: string; message: string } } {
  return { error: { code, message } }
}

/** Writes one line (and, for bugs, the stack) to the log. */
export type Log = (line: string) => void

export const stderrLog: Log = (line) => void process.stderr.write(`${line}\n`)

/** The app's error handler: known failures as they are, anything else as a bare 500. */
export function onError(log: Log) {
  return (error: Error, c: Context): Response => {
    if (error instanceof ApiError) {
      for (const [name, value] of Object.entries(error.headers)) c.header(name, value)
      return c.json(errorBody(error.code, error.message), error.status)
    }
    if (error instanceof HTTPException) return fromHttpException(error, c)
    if (error instanceof WirewatchError && error.code === 'E_NOT_FOUND') return c.json(errorBody('E_NOT_FOUND', error.message), 404)
    log(`wirewatch serve: ${c.req.method} ${new URL(c.req.url).pathname} failed: ${error.stack ?? String(error)}`)
    return c.json(errorBody('E_INTERNAL', 'internal error: the request could not be completed (the server log has the details)'), 500)
  }
}

/** Hono's own exceptions (a malformed JSON body, an unsupported media type) in the API's shape. */
function fromHttpException(error: HTTPException, c: Context): Response {
  switch (error.status) {
    case 400:
      return c.json(errorBody('E_BAD_JSON', 'the request body is not valid JSON'), 400)
    case 413:
      return c.json(errorBody('E_TOO_LARGE', 'the request body is too large'), 413)
    case 415:
      return c.json(errorBody('E_MEDIA_TYPE', 'the request body must be JSON (Content-Type: application/json)'), 415)
    default:
      return c.json(errorBody(error.status >= 500 ? 'E_INTERNAL' : 'E_VALIDATION', error.message || 'the request could not be completed'), error.status)
  }
}

export function notFound(c: Context): Response {
  return c.json(errorBody('E_NOT_FOUND', `no such endpoint: ${c.req.method} ${new URL(c.req.url).pathname} (GET /openapi.json lists them)`), 404)
}

// ---------------------------------------------------------------------------------------------
// Validation

/** An issue as zod reports it (the fields read here exist in zod 4's issues). */
interface Issue {
  code: string
  path: PropertyKey[]
  message: string
  keys?: string[]
  errors?: Issue[][]
  expected?: string
}

const TARGETS: Record<string, string> = { query: 'query parameter', param: 'path parameter', json: 'body', header: 'header' }

export interface ValidationResult {
  success: boolean
  error?: { issues: readonly unknown[] }
  target: string
  data?: unknown
}

/**
 * The route validators' hook: the first problem, in words, as a 400. `known` gives the query
 * parameters of the route being called, so that a misspelt one can be answered with the right ones.
 */
export function validationHook(known: (c: Context) => readonly string[] | undefined) {
  return (result: ValidationResult, c: Context): Response | undefined => {
    if (result.success) return undefined
    const issues = (result.error?.issues ?? []) as Issue[]
    return c.json(errorBody('E_VALIDATION', describeIssues(issues, result.target, result.data, known(c))), 400)
  }
}

export function describeIssues(issues: readonly Issue[], target: string, input: unknown, known?: readonly string[]): string {
  const issue = issues[0]
  if (!issue) return `invalid ${TARGETS[target] ?? target}`
  return describeIssue(pickBranch(issue, input), target, input, known)
}

/** For a union (one document or an array of them), the branch whose shape the input has. */
function pickBranch(issue: Issue, input: unknown): Issue {
  if (issue.code !== 'invalid_union' || !issue.errors?.length) return issue
  const value = valueAt(input, issue.path)
  const branch = issue.errors.find((branch) => !branch.some((i) => i.code === 'invalid_type' && i.path.length === 0)) ?? issue.errors[0]!
  const first = branch[0]
  if (!first) return issue
  // A value that fits no branch at all (a string, a number) is described as such.
  if (value === null || (typeof value !== 'object' && value !== undefined)) return { ...issue, message: 'must be a JSON object or an array of them' }
  return pickBranch({ ...first, path: [...issue.path, ...first.path] }, input)
}

function describeIssue(issue: Issue, target: string, input: unknown, known: readonly string[] | undefined): string {
  const where = TARGETS[target] ?? target
  if (issue.code === 'unrecognized_keys' && issue.keys?.length) {
    const note = known === undefined ? '' : known.length ? ` (this endpoint takes ${known.join(', ')})` : ' (this endpoint takes none)'
    const at = issue.path.length ? ` in ${nameOf(issue.path, target)}` : ''
    const keys = issue.keys.map((k) => `"${k}"`).join(', ')
    return target === 'json' ? `unknown field${issue.keys.length > 1 ? 's' : ''} ${keys}${at}` : `unknown ${where}${issue.keys.length > 1 ? 's' : ''} ${keys}${note}`
  }
  // A check across parameters (from after to) says it all itself.
  if (issue.code === 'custom' && issue.path.length === 0) return issue.message
  const value = valueAt(input, issue.path)
  const name = issue.path.length ? nameOf(issue.path, target) : where
  if (value === undefined && issue.code === 'invalid_type') return `${name} is required`
  if (Array.isArray(value) && target === 'query' && issue.code === 'invalid_type') return `${name} is given more than once`
  const got = value === undefined || typeof value === 'object' || issue.code === 'invalid_type' ? '' : `, got ${JSON.stringify(shorten(String(value)))}`
  return `${name}: ${plainMessage(issue)}${got}`
}

/** 'query parameter "limit"', 'field "date"', 'field "date" of document 1' (in an array body). */
function nameOf(path: readonly PropertyKey[], target: string): string {
  if (target !== 'json') return `${TARGETS[target] ?? target} "${pathText(path)}"`
  const [first, ...rest] = path
  if (typeof first === 'number') return rest.length ? `field "${pathText(rest)}" of document ${first}` : `document ${first}`
  return `field "${pathText(path)}"`
}

/** zod's message without its "Invalid input: " prefix, lower-cased. */
function plainMessage(issue: Issue): string {
  const message = issue.message.replace(/^Invalid (?:input|option):\s*/i, '')
  return message.charAt(0).toLowerCase() + message.slice(1)
}

function pathText(path: readonly PropertyKey[]): string {
  return path.map((p, k) => (typeof p === 'number' ? `[${p}]` : `${k ? '.' : ''}${String(p)}`)).join('')
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined
    value = (value as Record<PropertyKey, unknown>)[key]
  }
  return value
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text
}
