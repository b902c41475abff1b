import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readTelegramExport } from './telegram.js'

const exported = readFileSync(new URL('../fixtures/telegram-export.json', import.meta.url), 'utf8')

describe('telegram reader', () => {
  const result = readTelegramExport(exported, 'result.json')

  it('reads one document per post with text: service messages and bare photos skipped silently', () => {
    expect(result.documents.map((d) => d.origin)).toEqual(['result.json#2', 'result.json#3', 'result.json#6'])
    for (const doc of result.documents) expect(doc).toMatchObject({ reader: 'telegram', outlet: 'Kessel Evening Wire' })
  })

  it('flattens a mixed text array (entities give their text), dates from date_unixtime in UTC', () => {
    expect(result.documents[0]).toEqual({
      origin: 'result.json#2',
      reader: 'telegram',
      text: 'Varga: border talks are essential\n\nForeign minister Ilsa Varga told reporters in Kessel that talks with Ostrava Sound should start before summer. Full story: Meridian Press #Valdoria',
      date: '2026-03-13T09:15:00Z',
      outlet: 'Kessel Evening Wire',
    })
  })

  it('keeps forwarded_from as provenance, and the local date when there is no Unix time', () => {
    expect(result.documents[1]).toMatchObject({ forwardedFrom: ['Port Alder Harbour Council'], date: '2026-03-13T10:02:00Z' })
    expect(result.documents[2]).toMatchObject({ date: '2026-03-13T23:45:00' })
  })

  it('makes no t.me link when the export names no public username', () => {
    for (const doc of result.documents) expect(doc.url).toBeUndefined()
  })

  it('links posts when the export gives the username', () => {
    const withUsername = JSON.stringify({ ...(JSON.parse(exported) as object), username: '@kessel_wire' })
    expect(readTelegramExport(withUsername, 'r.json').documents[0]?.url).toBe('https://t.me/kessel_wire/2')
    const withLink = JSON.stringify({ ...(JSON.parse(exported) as object), link: 'https://t.me/kessel_wire' })
    expect(readTelegramExport(withLink, 'r.json').documents[0]?.url).toBe('https://t.me/kessel_wire/2')
  })

  it('makes links only from a valid username or a t.me link, never from other schemes', () => {
    for (const extra of [{ username: 'javascript:alert(1)' }, { link: 'javascript:alert(1)//t.me/kessel_wire' }, { link: 'data:text/html,t.me/kessel_wire' }]) {
      const odd = JSON.stringify({ ...(JSON.parse(exported) as object), ...extra })
      for (const doc of readTelegramExport(odd, 'r.json').documents) expect(doc.url).toBeUndefined()
    }
  })

  it('reports a malformed message alone, naming it', () => {
    expect(result.problems).toEqual([
      { origin: 'result.json#5', code: 'E_INPUT_MALFORMED', message: 'message 5 has a "text" that is neither a string nor a list of strings and entities' },
    ])
    const odd = readTelegramExport(JSON.stringify({ name: 'W', messages: ['x', { type: 'message', text: 'no id' }, { id: 9, type: 'poll', text: 'x' }] }), 'r.json')
    expect(odd.problems.map((p) => p.message)).toEqual(['message number 1 is not a JSON object', 'message number 2 has no "id"', 'message 9 has an unknown "type" ("poll")'])
  })

  it('fails whole on invalid JSON or JSON that is not an export', () => {
    expect(readTelegramExport(exported.slice(0, 300), 'cut.json').problems[0]).toMatchObject({ origin: 'cut.json', code: 'E_INPUT_MALFORMED', message: expect.stringMatching(/^it is not valid JSON/) })
    expect(readTelegramExport('{"name": "x"}', 'x.json').problems[0]?.message).toBe('it is not a Telegram export: it has no "messages" list')
  })
})
