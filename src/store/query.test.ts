import { describe, expect, it } from 'vitest'
import { allOf, keysExpression, keyToken, textExpression } from './sqlite/fts.js'
import { MAX_QUERY_WORDS, normaliseQuery, phrasesOf } from './query.js'

describe('phrasesOf', () => {
  it('keeps letters, digits and marks, one phrase per white-space chunk', () => {
    expect(phrasesOf(`Valdoria's "deal"  2025`)).toEqual([['Valdoria', 's'], ['deal'], ['2025']])
    expect(phrasesOf('Türkiye Москва')).toEqual([['Türkiye'], ['Москва']])
  })

  it('leaves nothing of query syntax', () => {
    for (const hostile of ['"', '*', "'", ';--', '{}:', '^', '()', '\\']) expect(phrasesOf(hostile)).toEqual([])
    expect(phrasesOf('NEAR(')).toEqual([['NEAR']])
    expect(phrasesOf('NEAR(a b, 2)')).toEqual([['NEAR', 'a'], ['b'], ['2']])
  })

  it('reads at most MAX_QUERY_WORDS words', () => {
    const words = phrasesOf(Array.from({ length: 100 }, (_, k) => `w${k}`).join(' ')).flat()
    expect(words).toHaveLength(MAX_QUERY_WORDS)
  })
})

describe('normaliseQuery', () => {
  it('applies the defaults and bounds', () => {
    expect(normaliseQuery({})).toMatchObject({ phrases: null, limit: 20, offset: 0, includeDuplicates: false })
    expect(normaliseQuery({ limit: 5000, offset: -3 })).toMatchObject({ limit: 1000, offset: 0 })
    expect(normaliseQuery({ limit: 2.7 })).toMatchObject({ limit: 2 })
    expect(normaliseQuery({ speaker: '   ' }).speaker).toBeNull()
  })

  it('turns an inclusive `to` into an exclusive bound that takes in a whole month or year', () => {
    const { below } = normaliseQuery({ to: '2025-03' })
    expect('2025-03-31' < below!).toBe(true)
    expect('2025-04-01' < below!).toBe(false)
    expect('2025-03-05' < normaliseQuery({ to: '2025-03-05' }).below!).toBe(true)
  })

  it('refuses misuse', () => {
    expect(() => normaliseQuery({ from: 'yesterday' })).toThrow(RangeError)
    expect(() => normaliseQuery({ kind: 'quoted' as 'direct' })).toThrow(RangeError)
  })
})

describe('FTS5 expressions', () => {
  it('quotes every phrase and token and confines words to the text columns', () => {
    const text = textExpression([['grain'], ['Valdoria', 's']])
    expect(text).toBe('{content speaker} : ("grain" "Valdoria s")')
    expect(allOf([text, keysExpression([keyToken.speaker(7), keyToken.speaker(9)])], true)).toBe(
      '(({content speaker} : ("grain" "Valdoria s")) AND ({keys} : ("s7" OR "s9"))) NOT {keys} : "d1"',
    )
  })

  it('makes key tokens that end in a digit, which the porter stemmer leaves alone', () => {
    for (const t of [keyToken.speaker(1), keyToken.about(2), keyToken.outlet(3), keyToken.kind('mixed'), keyToken.duplicate, keyToken.speakerName('ilsa varga')]) {
      expect(t).toMatch(/^[a-z][0-9]+$/)
    }
    expect(keyToken.speakerName('ilsa varga')).not.toBe(keyToken.speakerName('ilsa vargas'))
  })
})
