// GET /briefs in-process, over the fictional news items of fixtures.ts filled through POST /documents.

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Brief, extract } from '../index.js'
import { type FixtureApp, openFixtureApp } from './fixtures.js'

let f: FixtureApp

beforeAll(async () => {
  f = await openFixtureApp()
})
afterAll(async () => {
  await f?.close()
})

async function get(path: string): Promise<{ status: number; type: string; text: string }> {
  const response = await f.app.request(path)
  return { status: response.status, type: response.headers.get('content-type') ?? '', text: await response.text() }
}

describe('GET /briefs', () => {
  it('as JSON by default: every sentence with the ids of its statements', async () => {
    const r = await get('/briefs?speaker=Brannock')
    expect(r.status, r.text).toBe(200)
    expect(r.type).toMatch(/^application\/json/)
    const brief = JSON.parse(r.text) as Brief
    expect(brief.subject).toEqual({ type: 'speaker', speaker: { id: 'person:teodor-brannock', type: 'person', name: 'Teodor Brannock' } })
    expect(brief.date).toBe('2026-05-04')
    expect(brief.lead.text).toMatch(/^Teodor Brannock[ ,].*has said that both sides had agreed to reopen the northern ferry line in June\.$/)
    for (const s of [brief.lead, ...brief.details, ...brief.quotes]) {
      expect(s.statements.length).toBeGreaterThan(0)
      for (const id of s.statements) expect((await f.app.request(`/statements/${encodeURIComponent(id)}`)).status).toBe(200)
    }
  })

  it("as txt in the seed's layout, md and html", async () => {
    const txt = await get('/briefs?speaker=Brannock&on=2026-04-14&format=txt')
    expect(txt.status, txt.text).toBe(200)
    expect(txt.type).toMatch(/^text\/plain/)
    expect(txt.text.startsWith('date 2026-04-14 Teodor Brannock')).toBe(true)
    expect(txt.text).toContain('\n\nSource: Lantern Daily\n\n')
    const back = extract(txt.text)
    expect(back.statements.filter((s) => s.speaker.name === 'Teodor Brannock').length).toBeGreaterThanOrEqual(2)
    const md = await get('/briefs?speaker=Brannock&on=2026-04-14&format=md')
    expect(md.type).toMatch(/^text\/markdown/)
    expect(md.text).toContain('**Source:** Lantern Daily')
    const html = await get('/briefs?speaker=Brannock&on=2026-04-14&format=html')
    expect(html.type).toMatch(/^text\/html/)
    expect(html.text).toMatch(/<a class="brief-sentence" href="\/statements\/[^"]+" data-statements="[^"]+"/)
  })

  it('briefs a document and an event', async () => {
    const brief = JSON.parse((await get('/briefs?speaker=Renquist')).text) as Brief
    const docId = brief.lead.statements[0]!.split(':')[0]!
    const doc = JSON.parse((await get(`/briefs?doc=${docId}`)).text) as Brief
    expect(doc.subject).toMatchObject({ type: 'document', document: { id: docId, outlet: 'Corvane Courier' } })
    const withEvent = await f.store.search({ speaker: 'Brannock', limit: 100 })
    const event = withEvent.find((h) => h.statement.event)?.statement.event
    if (event) {
      const r = await get(`/briefs?event=${encodeURIComponent(event)}&format=txt`)
      expect(r.status, r.text).toBe(200)
    }
  })

  it('refuses a bad request with 400 and an unknown subject with 404', async () => {
    const cases: [string, number, string][] = [
      ['/briefs', 400, 'exactly one of'],
      ['/briefs?speaker=Brannock&doc=x', 400, 'exactly one of'],
      ['/briefs?doc=x&on=2026-04-14', 400, '"on"'],
      ['/briefs?speaker=Brannock&on=14.04.2026', 400, 'YYYY-MM-DD'],
      ['/briefs?speaker=Brannock&format=pdf', 400, 'format'],
      ['/briefs?speaker=Brannock&when=today', 400, 'when'],
      ['/briefs?speaker=Nobody%20Atall', 404, 'Nobody Atall'],
      ['/briefs?speaker=Brannock&on=2026-01-01', 404, '2026-01-01'],
      ['/briefs?event=event:none', 404, 'event:none'],
      ['/briefs?doc=ffffffffffffffff', 404, 'ffffffffffffffff'],
    ]
    for (const [path, status, mention] of cases) {
      const r = await get(path)
      expect(r.status, `${path}: ${r.text}`).toBe(status)
      const body = JSON.parse(r.text) as { error: { code: string; message: string } }
      expect(body.error.code).toBe(status === 400 ? 'E_VALIDATION' : 'E_NOT_FOUND')
      expect(body.error.message).toContain(mention)
    }
  })

  it('is described in the OpenAPI document', async () => {
    const doc = JSON.parse((await get('/openapi.json')).text) as { paths: Record<string, { get: { parameters: { name: string }[]; responses: Record<string, { content?: Record<string, unknown> }> } }> }
    const briefs = doc.paths['/briefs']!.get
    expect(briefs.parameters.map((p) => p.name).sort()).toEqual(['doc', 'event', 'format', 'on', 'speaker'])
    expect(Object.keys(briefs.responses['200']!.content!)).toEqual(['application/json', 'text/plain', 'text/markdown', 'text/html'])
    expect(Object.keys(briefs.responses)).toEqual(expect.arrayContaining(['200', '400', '404', '500']))
  })
})
