// POST /documents in-process: the token, the body's size, type and shape, and what it stores.

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SearchHit, StoredDocument } from '../index.js'
import { COURIER_BLOCKADE, type FixtureApp, LANTERN_TALKS, TOKEN, openFixtureApp, postJson } from './fixtures.js'

interface IngestResult {
  documents: { index: number; id: string; outcome: string; statements: number }[]
  problems: { index: number; code: string; message: string }[]
  statementsAdded: number
}
interface ErrorBody {
  error: { code: string; message: string }
}

// Written for this test; the people, outlet and places are invented.
const KESTREL_NOTE = {
  text: 'Harbour pilot Mireille Oskane said on Friday that the Dovrin docks would stay closed to tankers until the inspection ended.',
  date: '2026-05-08',
  outlet: 'Kestrel Wire',
  title: 'Dovrin docks stay closed to tankers',
}

let f: FixtureApp

beforeAll(async () => {
  f = await openFixtureApp({}, [])
})
afterAll(async () => {
  await f?.close()
})

function post(body: string, headers: Record<string, string>): Promise<Response> {
  return Promise.resolve(f.app.request('/documents', { method: 'POST', headers, body }))
}

async function expectError(response: Response, status: number, code: string, mentions: string[] = []): Promise<void> {
  const body = (await response.json()) as ErrorBody
  expect(response.status, JSON.stringify(body)).toBe(status)
  expect(body.error.code).toBe(code)
  for (const word of mentions) expect(body.error.message).toContain(word)
  expect(JSON.stringify(body)).not.toMatch(/\bat .+\.(ts|js):\d+/)
}

describe('POST /documents: the token', () => {
  const json = { 'content-type': 'application/json' }
  const body = JSON.stringify(KESTREL_NOTE)

  it('refuses a request without a token with 401 and a challenge', async () => {
    const r = await post(body, json)
    expect(r.headers.get('www-authenticate')).toMatch(/^Bearer/)
    await expectError(r, 401, 'E_UNAUTHORIZED', ['Authorization: Bearer'])
  })

  it('refuses a wrong token, and a header of another scheme', async () => {
    await expectError(await post(body, { ...json, authorization: `Bearer ${TOKEN}x` }), 401, 'E_UNAUTHORIZED', ['not the one'])
    await expectError(await post(body, { ...json, authorization: 'Bearer short' }), 401, 'E_UNAUTHORIZED')
    await expectError(await post(body, { ...json, authorization: `Basic ${Buffer.from(`u:${TOKEN}`).toString('base64')}` }), 401, 'E_UNAUTHORIZED', ['Bearer'])
    expect((await f.store.stats()).documents).toBe(0)
  })

  it('refuses every write with 403 when the server has no token', async () => {
    const readOnly = await openFixtureApp({ token: undefined }, [])
    try {
      for (const headers of [json, { ...json, authorization: `Bearer ${TOKEN}` }, { ...json, authorization: 'Bearer ' }]) {
        const r = await readOnly.app.request('/documents', { method: 'POST', headers, body })
        await expectError(r, 403, 'E_WRITES_DISABLED', ['WIREWATCH_TOKEN'])
      }
      const empty = await openFixtureApp({ token: '' }, [])
      await expectError(await empty.app.request('/documents', { method: 'POST', headers: { ...json, authorization: 'Bearer ' }, body }), 403, 'E_WRITES_DISABLED')
      await empty.close()
    } finally {
      await readOnly.close()
    }
  })
})

describe('POST /documents: the body', () => {
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` }

  it('refuses a body over 2 MB with 413', async () => {
    const big = JSON.stringify({ text: 'Mireille Oskane said the docks were closed. '.repeat(50_000) })
    expect(big.length).toBeGreaterThan(2 * 1024 * 1024)
    await expectError(await post(big, headers), 413, 'E_TOO_LARGE', ['2 MB'])
  })

  it('refuses a body that is not JSON with 415, and malformed JSON with 400', async () => {
    await expectError(await post('Mireille Oskane said so.', { ...headers, 'content-type': 'text/plain' }), 415, 'E_MEDIA_TYPE', ['application/json', 'text/plain'])
    const noType = await f.app.request('/documents', { method: 'POST', headers: { authorization: `Bearer ${TOKEN}` }, body: new Uint8Array([123, 125]) })
    await expectError(noType, 415, 'E_MEDIA_TYPE')
    await expectError(await post('{"text": "unterminated', headers), 400, 'E_BAD_JSON')
  })

  it('refuses a body of the wrong shape with a 400 that names the field', async () => {
    const cases: [unknown, string[]][] = [
      [{ title: 'no text' }, ['"text" is required']],
      [{ text: '   ' }, ['"text"', 'empty']],
      [{ text: 'Oskane said so.', date: '2026-02-30' }, ['"date"', 'ISO 8601']],
      [{ text: 'Oskane said so.', date: 'last Friday' }, ['"date"']],
      [{ text: 'Oskane said so.', lang: 'english' }, ['"lang"', 'two-letter']],
      [{ text: 'Oskane said so.', url: 'ftp://example.org/x' }, ['"url"', 'http']],
      [{ text: 'Oskane said so.', author: 'me' }, ['unknown field "author"']],
      [{ text: 42 }, ['"text"']],
      [[KESTREL_NOTE, { text: 'Oskane said so.', date: 'soon' }], ['field "date" of document 1']],
      [[], ['at least one']],
      ['just a string', ['JSON object or an array']],
      [Array.from({ length: 101 }, () => KESTREL_NOTE), ['at most 100']],
    ]
    for (const [body, mentions] of cases) await expectError(await post(JSON.stringify(body), headers), 400, 'E_VALIDATION', mentions)
    await expectError(await f.app.request('/documents?dry=1', { method: 'POST', headers, body: JSON.stringify(KESTREL_NOTE) }), 400, 'E_VALIDATION', ['"dry"'])
    expect((await f.store.stats()).documents).toBe(0)
  })

  it('stores one document sent as an object, with its metadata, and finds it', async () => {
    const r = await postJson(f.app, '/documents', KESTREL_NOTE)
    expect(r.status).toBe(201)
    const result = r.body as IngestResult
    expect(result.documents).toEqual([{ index: 0, id: expect.any(String), outcome: 'new', statements: expect.any(Number) }])
    const stored = (await (await f.app.request(`/documents/${result.documents[0]!.id}`)).json()) as StoredDocument
    expect(stored.document).toMatchObject({ title: KESTREL_NOTE.title, date: '2026-05-08', outlet: 'outlet:kestrel-wire', lang: 'en' })
    const hits = (await (await f.app.request('/search?speaker=Oskane')).json()) as { items: SearchHit[] }
    expect(hits.items.length).toBeGreaterThan(0)
    expect(hits.items[0]!.document.outlet).toBe('Kestrel Wire')
  })

  it('stores an array, reports documents already stored as unchanged (200), and goes on past a bad one', async () => {
    const first = await postJson(f.app, '/documents', [LANTERN_TALKS, KESTREL_NOTE, { text: '[1, 2, 3]' }, COURIER_BLOCKADE])
    expect(first.status).toBe(201)
    const result = first.body as IngestResult
    expect(result.documents.map((d) => [d.index, d.outcome])).toEqual([
      [0, 'new'],
      [1, 'unchanged'],
      [3, 'new'],
    ])
    expect(result.problems).toEqual([{ index: 2, code: 'E_INPUT_MALFORMED', message: expect.any(String) }])
    expect(result.statementsAdded).toBe(result.documents[0]!.statements + result.documents[2]!.statements)

    const again = await postJson(f.app, '/documents', [LANTERN_TALKS, COURIER_BLOCKADE])
    expect(again.status).toBe(200)
    expect((again.body as IngestResult).documents.map((d) => d.outcome)).toEqual(['unchanged', 'unchanged'])
    expect((again.body as IngestResult).statementsAdded).toBe(0)
    expect((await f.store.stats()).documents).toBe(3)
  })

  it('answers 422 when no document could be read', async () => {
    const r = await f.app.request('/documents', { method: 'POST', headers, body: JSON.stringify([{ text: '[1, 2, 3]' }]) })
    await expectError(r, 422, 'E_INPUT_REJECTED', ['document 0', 'E_INPUT_MALFORMED'])
  })

  it('reads a brief as `wirewatch ingest` does: its header gives the date', async () => {
    const brief = {
      text:
        'date 2026-05-11 Mireille Oskane, harbour pilot at the Dovrin docks, has said that the tanker inspections are "thorough".\n\n' +
        'Source: Kestrel Wire\n\n' +
        'Details: Oskane noted that the inspections would take another week.\n',
    }
    const r = await postJson(f.app, '/documents', brief)
    expect(r.status).toBe(201)
    const id = (r.body as IngestResult).documents[0]!.id
    const stored = (await (await f.app.request(`/documents/${id}`)).json()) as StoredDocument
    expect(stored.document.date).toBe('2026-05-11')
    expect(stored.provenance.reader).toBe('brief')
  })
})

describe('failures inside the server', () => {
  it('answer 500 without a stack or internals, and log the stack', async () => {
    const logged: string[] = []
    const { createApp } = await import('./app.js')
    const broken = createApp({
      store: new Proxy(f.store, {
        get: (target, name, receiver) =>
          name === 'stats'
            ? () => Promise.reject(new Error('SQLITE_CORRUPT: database disk image is malformed at /secret/path/wirewatch.db'))
            : Reflect.get(target, name, receiver),
      }),
      log: (line) => void logged.push(line),
    })
    const r = await broken.request('/stats')
    expect(r.status).toBe(500)
    const text = await r.text()
    expect(JSON.parse(text)).toEqual({ error: { code: 'E_INTERNAL', message: expect.stringContaining('internal error') } })
    expect(text).not.toContain('SQLITE')
    expect(text).not.toContain('/secret/path')
    expect(logged.join('\n')).toContain('SQLITE_CORRUPT')
    expect(logged.join('\n')).toMatch(/GET \/stats/)
  })
})
