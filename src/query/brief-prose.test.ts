// The sentence forms of a brief, one by one, each read back by the extractor. Every person, outlet
// and place here is fictional.

import { describe, expect, it } from 'vitest'
import type { Statement } from '../core/records.js'
import { extract } from '../extract/extract.js'
import { cueForm, endQuotation, eventSentence, proseDate, quoteBlock, quotedSentence, readsAsClause, reportedSentence, sourceLine } from './brief-prose.js'

function statement(cue: string | null, content: string[], kind: Statement['kind'] = 'indirect'): Statement {
  const span = (text: string) => ({ start: 0, end: text.length, text })
  return { id: 'd:s1', kind, speaker: { name: 'Mara Quell', mentions: [] }, cue: cue === null ? null : span(cue), content: content.map(span), via: [], about: [], confidence: 0.8 }
}

/** The statements a brief made of `body` reads back, after a lead that names Mara Quell. */
function readBack(body: string): { speaker: string | null; cue?: string; content: string; date?: string }[] {
  const doc = extract(`date 2026-05-08 Mara Quell, spokeswoman for the Orvane port council, has said that the ferry talks are "overdue".\n\n${body}\n`)
  return doc.statements.slice(1).map((s) => ({ speaker: s.speaker.name, ...(s.cue ? { cue: s.cue.text } : {}), content: s.content.map((c) => c.text).join(' … '), ...(s.date ? { date: s.date } : {}) }))
}

describe('dates', () => {
  it('writes a date as the seed does, with the year only when it differs', () => {
    expect(proseDate('2025-05-15', '2025-05-16')).toBe('Thursday 15 May')
    expect(proseDate('2024-12-31', '2025-01-02')).toBe('Tuesday 31 December 2024')
  })
})

describe('cues', () => {
  it("keeps the statement's own verb, finite and in the past", () => {
    expect(cueForm(statement('noted', ['x'])).verb).toBe('noted')
    expect(cueForm(statement('also stressed', ['x'])).verb).toBe('also stressed')
    expect(cueForm(statement('saying', ['x'])).verb).toBe('said')
    expect(cueForm(statement('also calls for', ['x'])).verb).toBe('also called for')
    expect(cueForm(statement('has said', ['x'])).verb).toBe('said')
    expect(cueForm(statement('told', ['x'])).verb).toBe('said')
    expect(cueForm(statement('is expected', ['x'])).verb).toBe('is expected')
    expect(cueForm(statement('According to', ['x']))).toMatchObject({ prepositional: true })
  })

  it('uses the last name only in the seed’s "Surname verb that …" form', () => {
    expect(readsAsClause(statement('noted', ['that the ferries will sail']))).toBe(true)
    expect(readsAsClause(statement('said', ['the ferries will sail']))).toBe(true)
    expect(readsAsClause(statement('repeated', ['a demand she made last week']))).toBe(false)
    expect(readsAsClause(statement('welcomed', ['the deal']))).toBe(false)
  })
})

describe('sentences the extractor reads back', () => {
  it('reported speech, with "that" before a clause "said" introduces', () => {
    const s = statement('said', ['about forty ferries were waiting'])
    expect(reportedSentence(s, { subject: 'Quell' })).toBe('Quell said that about forty ferries were waiting.')
    expect(readBack(`Details: ${reportedSentence(s, { subject: 'Quell' })}`)).toEqual([{ speaker: 'Mara Quell', cue: 'said', content: 'that about forty ferries were waiting', date: '2026-05-08' }])
  })

  it('a dated background statement, and "according to" with its date after the source', () => {
    const dated = reportedSentence(statement('stated', ['that the quay will reopen']), { subject: 'Ivo Brandt, harbour master,', when: 'On Wednesday 6 May' })
    expect(dated).toBe('On Wednesday 6 May, Ivo Brandt, harbour master, stated that the quay will reopen.')
    const according = reportedSentence(statement('according to', ['Ferries were waiting outside the breakwater']), { subject: 'Ivo Brandt,', name: 'Ivo Brandt', when: 'On Wednesday 6 May' })
    expect(according).toBe('Ferries were waiting outside the breakwater, according to Ivo Brandt on Wednesday 6 May.')
    expect(readBack(`${dated}\n\n${according}`)).toEqual([
      { speaker: 'Ivo Brandt', cue: 'stated', content: 'that the quay will reopen', date: '2026-05-06' },
      { speaker: 'Ivo Brandt', cue: 'according to', content: 'Ferries were waiting outside the breakwater', date: '2026-05-06' },
    ])
  })

  it('quotations: a bare Quote: block, a split quotation, a dated one', () => {
    expect(endQuotation('"We will sail,"')).toBe('"We will sail."')
    const split = statement('said', ['"We will sail,"', '"The quay is ours."'], 'direct')
    expect(quoteBlock(split, 'Quell')).toBe('"We will sail," Quell said. "The quay is ours."')
    const dated = quotedSentence(statement('said', ['"The quay is ours,"'], 'direct'), { subject: 'Ivo Brandt', when: 'On Wednesday 6 May' })
    expect(dated).toBe('On Wednesday 6 May, Ivo Brandt said: "The quay is ours."')
    expect(readBack(`Quote: ${quoteBlock(statement(null, ['"We are ready,"'], 'direct'), 'Quell')}\n\nQuote: ${quoteBlock(split, 'Quell')}\n\n${dated}`)).toEqual([
      { speaker: 'Mara Quell', content: '"We are ready."', date: '2026-05-08' },
      { speaker: 'Mara Quell', cue: 'said', content: '"We will sail," … "The quay is ours."', date: '2026-05-08' },
      // The extractor keeps the colon with the cue it introduces.
      { speaker: 'Ivo Brandt', cue: 'said:', content: '"The quay is ours."', date: '2026-05-06' },
    ])
  })

  it('events, with status, place and date', () => {
    const text = eventSentence({ type: 'talks', status: 'began', date: '2026-05-08' }, ['Orvane', 'Tessary'], 'Lund Harbour', '2026-05-08')
    expect(text).toBe('On Friday 8 May, talks between Orvane and Tessary began in Lund Harbour.')
    expect(eventSentence({ type: 'meeting', status: 'planned', date: '2026-05-12' }, ['Orvane', 'Tessary'], undefined, '2026-05-08')).toBe('A meeting between Orvane and Tessary is scheduled for Tuesday 12 May.')
    const doc = extract(`date 2026-05-08 ${text}\n`)
    expect(doc.statements).toEqual([])
    expect(doc.events.map((e) => [e.type, e.status, e.date])).toEqual([['talks', 'began', '2026-05-08']])
  })

  it('the Source: line, read back with its kinds, descriptors, translation and medium', () => {
    const line = sourceLine([
      { name: 'Orvane Courier' },
      { name: 'Lund Wire', kind: 'news agency', descriptor: 'State-run' },
      { name: 'Tessary Press', kind: 'news agency', descriptor: 'State-run' },
      { name: 'Vel Osta', kind: 'telegram channel', translation: 'The Harbour Light', medium: 'video comments', by: 'Quell' },
    ])
    expect(line).toBe('Orvane Courier; State-run news agencies Lund Wire; Tessary Press; Telegram channel Vel Osta (The Harbour Light), publishing video comments by Quell')
    const doc = extract(`date 2026-05-08 Mara Quell has said that the talks are "overdue".\n\nSource: ${line}\n`)
    const outlets = doc.sources.map((c) => {
      const e = doc.entities.find((x) => x.id === c.outlet)!
      return [e.name, e.kind, c.descriptor, e.translation, c.medium]
    })
    expect(outlets).toEqual([
      ['Orvane Courier', undefined, undefined, undefined, undefined],
      ['Lund Wire', 'news agency', 'State-run', undefined, undefined],
      ['Tessary Press', 'news agency', 'State-run', undefined, undefined],
      ['Vel Osta', 'telegram channel', undefined, 'The Harbour Light', 'video comments'],
    ])
  })
})
