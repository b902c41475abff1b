// nosniff and a Content-Security-Policy on every response the app gives: the API's JSON, a brief as
// HTML, the web UI's assets (their own policy), errors, 404s. In-process, over a real SQLite store
// filled through POST /documents with the fictional fixtures.

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../web/serve.js'
import { type FixtureApp, TOKEN, openFixtureApp } from './fixtures.js'
import { API_CONTENT_SECURITY_POLICY } from './security-headers.js'

let f: FixtureApp

beforeAll(async () => {
  f = await openFixtureApp()
})
afterAll(async () => {
  await f?.close()
})

describe('every response', () => {
  it('says nosniff and carries a policy that allows nothing, outside the web UI', async () => {
    const responses: [string, Response][] = [
      ['GET /health', await f.app.request('/health')],
      ['GET /search', await f.app.request('/search?speaker=Brannock')],
      ['GET /briefs html', await f.app.request('/briefs?speaker=Brannock&format=html')],
      ['GET /briefs md', await f.app.request('/briefs?speaker=Brannock&format=md')],
      ['GET /openapi.json', await f.app.request('/openapi.json')],
      ['400', await f.app.request('/search?limit=ten')],
      ['404 id', await f.app.request('/entities/person:nobody-at-all')],
      ['404 route', await f.app.request('/no-such-route')],
      ['401', await f.app.request('/documents', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text":"x"}' })],
      [
        '415',
        await f.app.request('/documents', { method: 'POST', headers: { 'content-type': 'text/plain', authorization: `Bearer ${TOKEN}` }, body: 'Ilsa Varga said so.' }),
      ],
      ['404 asset', await f.app.request('/ui/missing.js')],
    ]
    expect(responses.find(([name]) => name === 'GET /briefs html')![1].headers.get('content-type')).toMatch(/^text\/html/)
    for (const [name, response] of responses) {
      expect(response.headers.get('x-content-type-options'), name).toBe('nosniff')
      expect(response.headers.get('content-security-policy'), name).toBe(API_CONTENT_SECURITY_POLICY)
    }
    expect(API_CONTENT_SECURITY_POLICY).toContain("default-src 'none'")
    expect(API_CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'")
  })

  it('keeps the web UI its own policy, which lets the page load its scripts and styles', async () => {
    for (const path of ['/', '/ui/app.js', '/ui/app.css']) {
      const response = await f.app.request(path)
      expect(response.status, path).toBe(200)
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff')
      expect(response.headers.get('content-security-policy'), path).toBe(CONTENT_SECURITY_POLICY)
    }
  })
})
