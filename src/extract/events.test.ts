import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Document, Event } from '../core/records.js'
import { extract } from './extract.js'

const DATE = '2025-05-16' // a Friday: the seed brief's date

/** The document's events, compactly: [type, status, participants, place, date]. */
function summary(doc: Document): [string, string, string[], string | null, string | null][] {
  return doc.events.map((e) => [e.type, e.status, e.participants, e.place ?? null, e.date ?? null])
}

function eventsOf(text: string, date = DATE): Document {
  return extract(text, { date })
}

function mentionTexts(e: Event): string[] {
  return e.mentions.map((m) => m.text)
}

describe('events: the seed brief', () => {
  const SEED = new URL('../../../shared/seeds/000_1f2eece8fa9ed85a.txt', import.meta.url)
  const text = readFileSync(SEED, 'utf8')
  const doc = extract(text)
  const [putinTrump, istanbul, ukraineRussia] = doc.events

  it('finds the three events, numbered in text order', () => {
    expect(doc.events).toHaveLength(3)
    expect(doc.events.map((e) => e.id)).toEqual([`${doc.id}:e1`, `${doc.id}:e2`, `${doc.id}:e3`])
  })

  it('reads the proposed meeting between Putin and Trump, and every later reference to it', () => {
    expect(putinTrump).toMatchObject({ type: 'meeting', status: 'proposed', participants: ['person:vladimir-putin', 'person:donald-trump'] })
    expect(putinTrump!.date).toBeUndefined()
    expect(mentionTexts(putinTrump!)).toEqual(expect.arrayContaining(['a meeting between Putin and US President Donald Trump', 'such a meeting', 'The meeting', 'the meeting', 'Such a meeting']))
  })

  it('reads the meeting of Türkiye, the United States and Ukraine that began in Istanbul on Friday', () => {
    expect(istanbul).toMatchObject({
      type: 'meeting',
      status: 'began',
      participants: ['place:turkiye', 'place:united-states', 'place:ukraine'],
      place: 'place:istanbul',
      date: '2025-05-16',
    })
  })

  it('reads the meeting of Ukraine and the Russian Federation, and Rubio’s "negotiations" as the same event', () => {
    expect(ukraineRussia).toMatchObject({ type: 'meeting', status: 'began', participants: ['place:ukraine', 'place:russia'], place: 'place:istanbul', date: '2025-05-16' })
    expect(mentionTexts(ukraineRussia!)).toContain('the negotiations between the Ukrainian and Russian delegations in Istanbul')
  })

  it('links the statements to the events they concern', () => {
    const rubio = doc.statements.find((s) => s.speaker.name === 'Marco Rubio')!
    expect(rubio.event).toBe(ukraineRussia!.id)
    const peskov = doc.statements.filter((s) => s.speaker.name === 'Dmitry Peskov')
    for (const s of peskov.filter((s) => /such a meeting|the meeting/i.test(s.content.map((c) => c.text).join(' ')))) {
      expect(s.event).toBe(putinTrump!.id)
    }
    expect(peskov.filter((s) => s.event === putinTrump!.id).length).toBeGreaterThanOrEqual(5)
    const trump = doc.statements.filter((s) => s.speaker.name === 'Donald Trump')
    expect(trump.map((s) => s.event)).toEqual([putinTrump!.id, putinTrump!.id])
  })

  it('keeps every country as one entity, whatever its name here', () => {
    const russia = doc.entities.filter((e) => e.id === 'place:russia')
    expect(russia).toHaveLength(1)
    expect(russia[0]!.aliases).toEqual(expect.arrayContaining(['Russia', 'Russian Federation']))
    expect(doc.entities.some((e) => e.id === 'place:russian-federation')).toBe(false)
  })

  it('points every event mention at the exact characters it came from', () => {
    for (const m of doc.events.flatMap((e) => e.mentions)) expect(text.slice(m.start, m.end)).toBe(m.text)
  })
})

describe('events: types and statuses', () => {
  it('reads "X met Y in Z on <day>": a meeting that was held', () => {
    const doc = eventsOf('Russian President Vladimir Putin met Chinese leader Xi Jinping in Beijing on Tuesday.')
    expect(summary(doc)).toEqual([['meeting', 'held', ['person:vladimir-putin', 'person:xi-jinping'], 'place:beijing', '2025-05-13']])
  })

  it('reads talks that will be held', () => {
    const doc = eventsOf('Talks between Armenia and Azerbaijan will be held in Geneva next week.')
    // "next week" does not pin a day.
    expect(summary(doc)).toEqual([['talks', 'planned', ['place:armenia', 'place:azerbaijan'], 'place:geneva', null]])
  })

  it('reads negotiations that began, then ended', () => {
    const doc = eventsOf('Negotiations between Israel and Hamas began in Doha on Monday. The negotiations ended on Thursday.')
    expect(summary(doc)).toEqual([['negotiations', 'ended', ['place:israel', 'organization:hamas'], 'place:doha', '2025-05-12']])
    expect(mentionTexts(doc.events[0]!)).toEqual(['Negotiations between Israel and Hamas', 'The negotiations'])
  })

  it('reads a phone call from "spoke by phone with"', () => {
    const doc = eventsOf('French President Emmanuel Macron spoke by phone with German Chancellor Friedrich Merz on Thursday.')
    expect(summary(doc)).toEqual([['call', 'held', ['person:emmanuel-macron', 'person:friedrich-merz'], null, '2025-05-15']])
  })

  it('reads a telephone conversation that was had, and "the call" as the same call', () => {
    expect(summary(eventsOf('The two presidents had a telephone conversation on Saturday.'))).toEqual([['call', 'held', [], null, '2025-05-10']])
    const doc = eventsOf('Emmanuel Macron had a phone call with Friedrich Merz on Thursday. The call lasted an hour.')
    expect(summary(doc)).toEqual([['call', 'held', ['person:emmanuel-macron', 'person:friedrich-merz'], null, '2025-05-15']])
    expect(mentionTexts(doc.events[0]!)).toEqual(['a phone call with Friedrich Merz', 'The call'])
  })

  it('reads a visit someone will make', () => {
    const doc = eventsOf('Japanese Prime Minister Shigeru Ishiba will visit Kyiv next month.')
    expect(summary(doc)).toEqual([['visit', 'planned', ['person:shigeru-ishiba'], 'place:kyiv', null]])
  })

  it('reads a cancelled visit, its visitor known only by a country adjective', () => {
    const doc = eventsOf('The visit of the Indian prime minister to Washington was cancelled.')
    expect(summary(doc)).toEqual([['visit', 'cancelled', ['place:india'], 'place:washington', null]])
    // India is named nowhere else: the adjective is its mention.
    const india = doc.entities.find((e) => e.id === 'place:india')
    expect(india).toMatchObject({ type: 'place', name: 'India' })
    expect(india!.mentions.map((m) => m.text)).toEqual(['Indian'])
  })

  it('reads a summit that ended, with its organisation', () => {
    expect(summary(eventsOf('The NATO summit in Madrid ended on Wednesday.'))).toEqual([['summit', 'ended', ['organization:nato'], 'place:madrid', '2025-05-14']])
  })

  it('reads a summit that was called off, and the statements about it', () => {
    const doc = eventsOf('Kremlin spokesman Dmitry Peskov said the summit between Vladimir Putin and Donald Trump had been called off. Peskov added that the summit could take place later.')
    expect(summary(doc)).toEqual([['summit', 'cancelled', ['person:vladimir-putin', 'person:donald-trump'], null, null]])
    const peskov = doc.statements.filter((s) => s.speaker.name === 'Dmitry Peskov')
    expect(peskov.map((s) => s.event)).toEqual([doc.events[0]!.id, doc.events[0]!.id])
  })

  it('reads proposed talks and a proposed meeting ("would meet … as soon as possible")', () => {
    expect(summary(eventsOf('Turkey proposed talks between Armenia and Azerbaijan.'))).toEqual([['talks', 'proposed', ['place:armenia', 'place:azerbaijan'], null, null]])
    const doc = eventsOf('Volodymyr Zelensky said he would meet Vladimir Putin as soon as possible.')
    expect(summary(doc)).toEqual([['meeting', 'proposed', ['person:volodymyr-zelensky', 'person:vladimir-putin'], null, null]])
    expect(doc.statements[0]!.event).toBe(doc.events[0]!.id)
  })

  it('reads a scheduled meeting with its date and place after the cue', () => {
    const doc = eventsOf('A meeting between the foreign ministers of Greece and Türkiye is scheduled for 20 May in Ankara.')
    expect(summary(doc)).toEqual([['meeting', 'planned', ['place:greece', 'place:turkiye'], 'place:ankara', '2025-05-20']])
  })

  it('reads the place a status cue gives past a relative clause, and "the <adjective> port of X" for any adjective', () => {
    // Fictional places; "Telvarian" names no place this document knows.
    const doc = eventsOf('Talks between the coast guards of Kestrania and Valdoria, which began on Wednesday in the Telvarian port of Dunmarrow, will last a week, the ministry said.', '2026-06-03')
    expect(summary(doc)).toEqual([['talks', 'began', ['place:kestrania', 'place:valdoria'], doc.events[0]!.place!, '2026-06-03']])
    expect(doc.entities.find((e) => e.id === doc.events[0]!.place)?.name).toBe('Dunmarrow')
  })

  it('reads parties from country adjectives, before a light verb or before the trigger', () => {
    expect(summary(eventsOf('Ukrainian and Russian delegations held talks in Istanbul on Friday.'))).toEqual([['talks', 'held', ['place:ukraine', 'place:russia'], 'place:istanbul', '2025-05-16']])
    const doc = eventsOf('Vladimir Putin spoke about Donald Trump on Monday. The Kremlin said a Putin–Trump summit was planned for June.')
    expect(summary(doc)).toEqual([['summit', 'planned', ['person:vladimir-putin', 'person:donald-trump'], null, null]])
  })
})

describe('events: coreference', () => {
  it('lets "the meeting" and "the talks" refer back to the meeting rather than make new events', () => {
    const doc = eventsOf('The leaders of France and Germany met in Paris on Monday. The meeting ended without a joint statement, and the talks will resume in June.')
    expect(summary(doc)).toEqual([['meeting', 'ended', ['place:france', 'place:germany'], 'place:paris', '2025-05-12']])
    expect(mentionTexts(doc.events[0]!)).toEqual(['France and Germany met in Paris', 'The meeting', 'the talks'])
  })

  it('keeps meetings of different parties apart, and "meet again" as a further meeting', () => {
    const two = eventsOf('Vladimir Putin met Xi Jinping in Beijing on Tuesday. On Wednesday, Vladimir Putin met Narendra Modi in Moscow.')
    expect(summary(two).map(([, , who, where, when]) => [who, where, when])).toEqual([
      [['person:vladimir-putin', 'person:xi-jinping'], 'place:beijing', '2025-05-13'],
      [['person:vladimir-putin', 'person:narendra-modi'], 'place:moscow', '2025-05-14'],
    ])
    const again = eventsOf('Officials from the United States and the Russian Federation met in Riyadh. The US and Russia agreed to meet again, U.S. officials said.')
    expect(summary(again)).toEqual([
      ['meeting', 'held', ['place:united-states', 'place:russia'], 'place:riyadh', null],
      ['meeting', 'planned', ['place:united-states', 'place:russia'], null, null],
    ])
  })

  it('gives the events of a second paragraph ids after the first’s', () => {
    const doc = eventsOf('Emmanuel Macron phoned Friedrich Merz.\n\nThe NATO summit in Madrid ended on Wednesday.')
    expect(doc.events.map((e) => [e.id, e.type])).toEqual([
      [`${doc.id}:e1`, 'call'],
      [`${doc.id}:e2`, 'summit'],
    ])
  })
})

describe('events: what is no event', () => {
  it('finds none in a sentence without one, a generic mention or a meeting that will not happen', () => {
    expect(eventsOf('The senator said the economy grew faster than expected last quarter.').events).toEqual([])
    expect(eventsOf('Regular meetings help teams share ideas.').events).toEqual([])
    expect(eventsOf('Donald Trump will not meet Vladimir Putin this month.').events).toEqual([])
    expect(eventsOf('Protesters issued a call for calm after the vote.').events).toEqual([])
  })
})

describe('country names', () => {
  it('makes "the United States", "US" and "U.S."; "the Russian Federation" and "Russia"; "Türkiye" and "Turkey" one entity each', () => {
    const doc = eventsOf('Officials from the United States and the Russian Federation met. The US and Russia agreed, U.S. officials said. Turkey and Türkiye are one country.')
    const aliases = (id: string) => doc.entities.find((e) => e.id === id)?.aliases
    expect(aliases('place:united-states')).toEqual(['United States', 'US', 'U.S.'])
    expect(aliases('place:russia')).toEqual(['Russia', 'Russian Federation'])
    expect(aliases('place:turkiye')).toEqual(['Türkiye', 'Turkey'])
    expect(doc.entities.filter((e) => e.type === 'place')).toHaveLength(3)
  })
})

describe('events: the sample briefs', () => {
  it('harbor-talks: the talks that began in Port Meren and the separate meeting, as samples/README.md lists them', () => {
    const doc = extract(readFileSync(new URL('../../samples/briefs/harbor-talks.txt', import.meta.url), 'utf8'))
    const began = doc.events.filter((e) => e.status === 'began')
    expect(began.map((e) => [e.type, e.participants, e.place ?? null, e.date])).toEqual([
      ['talks', ['place:valdoria', 'place:kestrania', 'place:telvaria'], 'place:port-meren', '2026-03-13'],
      ['meeting', [], null, '2026-03-13'],
    ])
    const danecki = doc.statements.find((s) => s.speaker.name === 'Aurel Danecki')!
    expect(danecki.event).toBe(began[0]!.id)
  })
})
