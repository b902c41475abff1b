import { describe, expect, it } from 'vitest'
import { toDocument } from './to-document.js'

// Fictional wire copy.
const story = `Port Meren talks end with deal

By Mara Ostelin, Valdoria Wire Service, 19 March 2026

PORT MEREN — The talks ended on Thursday, the Telvarian mediators said. "This is good news," Foreign Minister Aurel Danecki said.`

describe('toDocument', () => {
  it('dates a wire story from its byline when the input gives no date, and its statements from it', () => {
    const doc = toDocument({ text: story, origin: 'story.txt', reader: 'text' })
    expect(doc.date).toBe('2026-03-19')
    expect(doc.statements.map((s) => s.date)).toEqual(['2026-03-19', '2026-03-19'])
  })

  it('keeps the date, title, URL and publisher the input gives, and routes statements through the publisher', () => {
    const doc = toDocument({ text: story, origin: 'feed.xml#1', reader: 'feed', date: '2026-03-20', title: 'Talks end', url: 'https://vws.example/1', outlet: 'Valdoria Wire Service' })
    expect(doc).toMatchObject({ date: '2026-03-20', title: 'Talks end', url: 'https://vws.example/1', outlet: 'outlet:valdoria-wire-service' })
    expect(doc.entities.find((e) => e.id === 'outlet:valdoria-wire-service')?.type).toBe('outlet')
    for (const s of doc.statements) expect(s.via).toContain('outlet:valdoria-wire-service')
  })

  it('types a Telegram channel as one', () => {
    const doc = toDocument({ text: 'Ilsa Varga said the corridor is open.', origin: 'result.json#7', reader: 'telegram', outlet: 'Kaal Meriva' })
    expect(doc.entities.find((e) => e.id === doc.outlet)?.kind).toBe('telegram channel')
  })

  it('adds the channels a Telegram post was forwarded from to each statement’s via', () => {
    const doc = toDocument({
      origin: 'result.json#7',
      reader: 'telegram',
      text: 'Harbour master Oskar Lindell said that the first ships would dock on Thursday.',
      date: '2026-03-13',
      outlet: 'Kaal Meriva',
      forwardedFrom: ['Port Alder Harbour Council'],
    })
    expect(doc.statements).toHaveLength(1)
    const via = doc.statements[0]!.via
    expect(via).toContain('outlet:kaal-meriva')
    expect(via.some((id) => id.includes('port-alder-harbour-council'))).toBe(true)
  })
})
