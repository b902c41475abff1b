// Provenance in running text: the outlets a statement came through and the form it took.
// Every sentence here is written for this test; the people are invented, the outlets are real
// entries of the shipped registry unless a test says otherwise.
import { describe, expect, it } from 'vitest'
import type { Document, Statement } from '../core/records.js'
import { extendOutletRegistry, shippedOutletRegistry } from '../lexicon/outlet-registry.js'
import { extract } from './extract.js'

/** The statement whose cue is `cue` (the first one when there are several). */
function byCue(doc: Document, cue: string): Statement {
  const s = doc.statements.find((x) => x.cue?.text === cue)
  if (!s) throw new Error(`no statement with cue "${cue}" in: ${doc.statements.map((x) => x.cue?.text).join(', ')}`)
  return s
}
const outlet = (doc: Document, id: string) => doc.entities.find((e) => e.id === id)

describe('outlets named as a statement’s channel', () => {
  it('"told <outlet>": the outlet, with its kind and documented labels from the registry', () => {
    const doc = extract('Interior Minister Pavel Orlov told RIA Novosti that the bridge would reopen in May.')
    expect(byCue(doc, 'told').via).toEqual(['outlet:ria-novosti'])
    const ria = outlet(doc, 'outlet:ria-novosti')!
    expect(ria).toMatchObject({ type: 'outlet', name: 'RIA Novosti', kind: 'news agency', labels: ['state-owned'] })
    expect(ria.mentions.map((m) => m.text)).toEqual(['RIA Novosti'])
  })

  it('"…, according to <outlet>"', () => {
    const doc = extract('The convoy crossed the border overnight, according to TASS.')
    expect(byCue(doc, 'according to').via).toEqual(['outlet:tass'])
  })

  it('"in an interview with <outlet>": the outlet and the medium', () => {
    const doc = extract('Orlov said in an interview with Kommersant that the budget was balanced.')
    const s = byCue(doc, 'said')
    expect(s.via).toEqual(['outlet:kommersant'])
    expect(s.medium).toBe('interview')
    expect(outlet(doc, 'outlet:kommersant')?.kind).toBe('newspaper')
  })

  it('"told reporters" names no outlet and no medium', () => {
    const doc = extract('Orlov told reporters that the bridge would reopen.')
    const s = byCue(doc, 'told')
    expect(s.via).toEqual([])
    expect(s.medium).toBeUndefined()
    expect(doc.entities.filter((e) => e.type === 'outlet')).toEqual([])
  })

  it('"<statement>, <outlet> reported": the report and the statement inside it both came through the outlet', () => {
    const doc = extract('Deputy Minister Alla Ivanova said the grain deal was over, the Interfax news agency reported.')
    expect(byCue(doc, 'reported').via).toEqual(['outlet:interfax'])
    expect(byCue(doc, 'said').via).toEqual(['outlet:interfax'])
    expect(outlet(doc, 'outlet:interfax')?.kind).toBe('news agency')
  })

  it('keeps a descriptor written before the outlet as a label, as written', () => {
    const doc = extract('Governor Irina Vasko told the Kremlin-aligned newspaper Izvestia that the plan was sound.')
    expect(byCue(doc, 'told').via).toEqual(['outlet:izvestia'])
    expect(outlet(doc, 'outlet:izvestia')?.labels).toContain('Kremlin-aligned')
  })

  it('finds outlets by their Cyrillic names and transliterations', () => {
    const cyrillic = extract('Orlov told РИА Новости that the talks were over.')
    expect(byCue(cyrillic, 'told').via).toEqual(['outlet:ria-novosti'])
    const translit = extract('Orlov told Pervyi Kanal on Sunday that the harvest had been good.')
    expect(byCue(translit, 'told').via).toEqual(['outlet:channel-one'])
    expect(outlet(translit, 'outlet:channel-one')?.aliases).toEqual(expect.arrayContaining(['Channel One', 'Pervyi Kanal', 'Первый канал']))
  })

  it('reads an unknown outlet from the type noun beside it', () => {
    const after = extract('Orlov told the Telegram channel Severny Veter that the front was quiet.')
    expect(byCue(after, 'told').via).toEqual(['outlet:severny-veter'])
    expect(outlet(after, 'outlet:severny-veter')?.kind).toBe('telegram channel')
    const before = extract('The depot burned for hours, the Severny Veter Telegram channel reported.')
    expect(byCue(before, 'reported').via).toEqual(['outlet:severny-veter'])
    // A capitalised "Agency" belongs to an organisation's name, not to an outlet's type.
    const agency = extract('Orlov told the National Security Agency that he had nothing to hide.')
    expect(byCue(agency, 'told').via).toEqual([])
  })

  it('takes an ambiguous name ("Bloomberg") as an outlet only where a channel phrase frames it', () => {
    const person = extract('Bloomberg said the city would recover quickly.')
    expect(person.statements.flatMap((s) => s.via)).toEqual([])
    const framed = extract('Copper prices fell for a third day, Bloomberg reported.')
    expect(byCue(framed, 'reported').via).toEqual(['outlet:bloomberg-news'])
  })

  it('does not take an outlet inside what was said as the channel', () => {
    const doc = extract('Orlov said the minister’s comments to Interfax had been misreported.')
    expect(byCue(doc, 'said').via).toEqual([])
  })
})

describe('the medium of a statement', () => {
  it('"said on Telegram" and "wrote on his Telegram channel": Telegram', () => {
    expect(byCue(extract('Mayor Irina Vasko said on Telegram that the water supply had been restored.'), 'said').medium).toBe('Telegram')
    const channel = extract('Vasko wrote on her Telegram channel that schools would stay closed.')
    expect(channel.statements[0]!.medium).toBe('Telegram')
    expect(channel.statements[0]!.via).toEqual([])
  })

  it('"in a video address", "in a televised address"', () => {
    expect(byCue(extract('"We will rebuild every house," the governor said in a video address.'), 'said').medium).toBe('video address')
    expect(byCue(extract('In a televised address, the president said the ceasefire would hold.'), 'said').medium).toBe('televised address')
  })

  it('"in a statement", "at a press conference", "in a statement on Telegram"', () => {
    expect(byCue(extract('The ministry said in a statement that two drones had been shot down.'), 'said').medium).toBe('statement')
    expect(byCue(extract('Speaking at a press conference in Vilnius, the minister said the sanctions were working.'), 'said').medium).toBe('press conference')
    expect(byCue(extract('The regional council said in a statement on Telegram that the curfew was lifted.'), 'said').medium).toBe('statement on Telegram')
  })

  it('a medium word that modifies another noun is no medium', () => {
    const doc = extract('The party spent heavily on television advertising, its treasurer said.')
    expect(byCue(doc, 'said').medium).toBeUndefined()
  })
})

describe('channels of the whole document', () => {
  it('keeps the Source: line’s outlets first, then those the sentence names', () => {
    const brief = 'date 2026-02-03 Minister Pavel Orlov has said the harbour will reopen.\n\nSource: news agency Interfax\n\nDetails: Orlov told TASS that repairs were finished.\n'
    const doc = extract(brief)
    expect(byCue(doc, 'has said').via).toEqual(['outlet:interfax'])
    expect(byCue(doc, 'told').via).toEqual(['outlet:interfax', 'outlet:tass'])
  })

  it('adds a Telegram forwarding chain to every statement, typed from the registry or as a channel', () => {
    const doc = extract('Orlov said the harbour would reopen.', { forwardedFrom: ['Rybar', 'Kaal Meriva'] })
    expect(doc.statements[0]!.via).toEqual(['outlet:rybar', 'outlet:kaal-meriva'])
    expect(outlet(doc, 'outlet:rybar')).toMatchObject({ kind: 'telegram channel', mentions: [] })
    expect(outlet(doc, 'outlet:kaal-meriva')?.kind).toBe('telegram channel')
    expect(() => extract('x', { forwardedFrom: 'Rybar' as unknown as string[] })).toThrow(TypeError)
  })

  it('extracts with a user registry when given one', () => {
    const registry = extendOutletRegistry(
      shippedOutletRegistry,
      { outlets: [{ name: 'Severny Vestnik', aliases: ['Северный вестник'], kind: 'newspaper', country: 'RU' }] },
      'test registry',
    )
    const text = 'Orlov told Severny Vestnik that the harbour would reopen.'
    expect(byCue(extract(text), 'told').via).toEqual([])
    const doc = extract(text, { outlets: registry })
    expect(byCue(doc, 'told').via).toEqual(['outlet:severny-vestnik'])
    expect(outlet(doc, 'outlet:severny-vestnik')).toMatchObject({ kind: 'newspaper', aliases: expect.arrayContaining(['Северный вестник']) })
    expect(() => extract(text, { outlets: {} as never })).toThrow(TypeError)
  })

  it('points every outlet mention at the characters it came from', () => {
    const text = 'Orlov told the state news agency Ukrinform that the line held, and Vasko said on Channel 24 that it did not.'
    const doc = extract(text)
    for (const e of doc.entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text)
    expect(doc.statements.flatMap((s) => s.via)).toEqual(expect.arrayContaining(['outlet:ukrinform', 'outlet:channel-24']))
  })
})
