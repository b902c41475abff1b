// The OpenAPI document at /openapi.json: valid OpenAPI 3.1 (checked by a validator of the
// specification's schema, with every $ref resolved), and a description of every route the app has
// (the web UI's pages and assets aside: they are not API).

import { Validator } from '@seriousme/openapi-schema-validator'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type FixtureApp, openFixtureApp } from './fixtures.js'
import { WEB_UI_PATHS } from '../web/serve.js'

interface OpenApiDocument {
  openapi: string
  info: { title: string; version: string }
  paths: Record<string, Record<string, { parameters?: { name: string; in: string }[]; responses: Record<string, unknown>; security?: unknown[] }>>
  components: { securitySchemes: Record<string, unknown> }
}

let f: FixtureApp
let doc: OpenApiDocument

beforeAll(async () => {
  f = await openFixtureApp({ version: '9.8.7' }, [])
  const response = await f.app.request('/openapi.json')
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toMatch(/^application\/json/)
  doc = (await response.json()) as OpenApiDocument
})
afterAll(async () => {
  await f?.close()
})

describe('GET /openapi.json', () => {
  it('is a valid OpenAPI 3.1 document whose references all resolve', async () => {
    const validator = new Validator()
    const result = await validator.validate(structuredClone(doc) as unknown as Record<string, unknown>)
    expect(result.errors ?? []).toEqual([])
    expect(result.valid).toBe(true)
    expect(validator.version).toBe('3.1')
    expect(() => validator.resolveRefs()).not.toThrow()
    expect(doc.info).toMatchObject({ title: 'Wirewatch', version: '9.8.7' })
  })

  it('describes every route the app answers, and no other', () => {
    const routes = f.app.routes
      .filter((r) => r.method !== 'ALL' && !(WEB_UI_PATHS as readonly string[]).includes(r.path))
      .map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`)
    const documented = Object.entries(doc.paths).flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`))
    expect([...new Set(routes)].sort()).toEqual(documented.sort())
    expect(documented.sort()).toEqual(
      [
        'GET /search',
        'GET /statements/{id}',
        'GET /documents/{id}',
        'POST /documents',
        'GET /entities',
        'GET /entities/{id}',
        'GET /outlets',
        'GET /events',
        'GET /events/{id}',
        'GET /timeline',
        'GET /briefs',
        'GET /documents',
        'GET /stats',
        'GET /health',
        'GET /openapi.json',
      ].sort(),
    )
  })

  it('documents the parameters, the error responses and the token', () => {
    const search = doc.paths['/search']!.get!
    expect(search.parameters!.map((p) => p.name).sort()).toEqual(['about', 'event', 'from', 'kind', 'lang', 'limit', 'offset', 'order', 'outlet', 'q', 'speaker', 'stance', 'to'])
    expect(Object.keys(search.responses)).toEqual(expect.arrayContaining(['200', '400', '500']))
    expect(doc.paths['/documents']!.get!.parameters!.map((p) => p.name)).toContain('lang')
    expect(Object.keys(doc.paths['/statements/{id}']!.get!.responses)).toContain('404')
    const post = doc.paths['/documents']!.post!
    expect(Object.keys(post.responses)).toEqual(expect.arrayContaining(['200', '201', '400', '401', '403', '413', '415', '422', '500']))
    expect(post.security).toEqual([{ token: [] }])
    expect(doc.components.securitySchemes).toHaveProperty('token')
  })
})
