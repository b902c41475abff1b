import { describe, expect, it } from 'vitest'
import { extract } from '../../extract/extract.js'
import { minhashSignature } from '../../core/minhash.js'
import type { SearchHit } from '../store.js'
import { searchPhrases } from '../search-form.js'
import { orderFewMatches } from './few-matches.js'
import { openSqliteStore } from './sqlite-store.js'

function hit(id: string, content: string, speaker: string | null = null): SearchHit {
  return {
    statement: {
      id,
      kind: 'indirect',
      speaker: { name: speaker, mentions: [] },
      cue: { start: 0, end: 4, text: 'said' },
      content: [{ start: 0, end: content.length, text: content }],
      via: [],
      about: [],
      confidence: 1,
    },
    document: { id: 'doc', lang: 'en' },
    score: 0,
  } as SearchHit
}

describe('orderFewMatches', () => {
  it('puts more occurrences first, then shorter statements, ties in the order given', () => {
    const hits = [
      hit('long', 'the mill would buy steel and timber and grain and coal and salt for the winter'),
      hit('twice', 'the mill would buy steel and more steel'),
      hit('short', 'the mill would buy steel'),
      hit('same', 'the mill would buy steel'),
    ]
    const ordered = orderFewMatches(hits, [['steel']])
    expect(ordered.map((h) => h.statement.id)).toEqual(['twice', 'short', 'same', 'long'])
    for (let k = 1; k < ordered.length; k++) expect(ordered[k]!.score).toBeLessThanOrEqual(ordered[k - 1]!.score)
  })

  it('counts phrases as phrases, word endings and case as FTS5 does, and the speaker at half weight', () => {
    const hits = [hit('apart', 'grain came and the harbour closed'), hit('phrase', 'the grain harbour closed'), hit('named', 'the grain harbour closed', 'Grain Harbour')]
    expect(orderFewMatches(hits, [['grain', 'harbour']]).map((h) => h.statement.id)).toEqual(['named', 'phrase', 'apart'])
    const endings = [hit('one', 'Talks will resume'), hit('two', 'talking about the talks')]
    expect(orderFewMatches(endings, [['talk']]).map((h) => h.statement.id)).toEqual(['two', 'one'])
  })

  it('counts the forms of a Russian or Ukrainian word as the word, as the index holds them', () => {
    const hits = [hit('once', 'итоги переговоров в Тальмаре'), hit('twice', 'переговоры о переговорах'), hit('uk', 'результати переговорів')]
    expect(orderFewMatches(hits, searchPhrases([['переговорам']])).map((h) => h.statement.id)).toEqual(['twice', 'uk', 'once'])
  })
})

describe('SqliteStore: a page of matches or fewer', () => {
  it('is ordered as bm25 orders the same statements', async () => {
    // 80 statements on steel: more than the store orders in JS, so it ranks them with FTS5's bm25.
    const lines = Array.from({ length: 80 }, (_, k) => {
      const steel = Array.from({ length: 1 + (k % 3) }, () => 'steel').join(' and ')
      const filler = Array.from({ length: (k * 7) % 11 }, (_, j) => ['timber', 'grain', 'coal', 'salt', 'wool'][j % 5]).join(' and ')
      return `Trader ${String.fromCharCode(65 + (k % 26))}${k} said that the mill would buy ${steel}${filler ? ` and ${filler}` : ''}.`
    })
    const doc = extract(`${lines.join('\n')}\n\n(Fictional text written for the Wirewatch store tests.)\n`, { date: '2025-02-11' })
    const store = await openSqliteStore(':memory:')
    await store.putDocument(doc, { origin: 'steel.txt', reader: 'text', ingestedAt: '2025-04-09T08:00:00.000Z', signature: minhashSignature(doc.text) })
    const byBm25 = await store.search({ text: 'steel', limit: 100 })
    expect(byBm25.length).toBeGreaterThan(64)
    const reordered = orderFewMatches(byBm25, [['steel']])
    expect(reordered.map((h) => h.statement.id)).toEqual(byBm25.map((h) => h.statement.id))
    await store.close()
  })
})
