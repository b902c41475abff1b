import { describe, expect, it } from 'vitest'
import { hasCyrillic, searchForm, searchPhrases, searchText } from './search-form.js'

describe('searchForm', () => {
  it('gives the forms of a Russian word one stem', () => {
    const forms = ['переговоры', 'переговоров', 'переговорам', 'переговорами', 'переговорах', 'Переговоров', 'ПЕРЕГОВОРЫ'].map(searchForm)
    expect(new Set(forms)).toEqual(new Set(['переговор']))
    expect(searchForm('заявила')).toBe(searchForm('заявили'))
  })

  it('gives the forms of a Ukrainian word one stem, Russian forms included', () => {
    const forms = ['переговори', 'переговорів', 'переговорам', 'переговорах', 'Переговорів'].map(searchForm)
    expect(new Set(forms)).toEqual(new Set(['переговор']))
    expect(searchForm('зустрічей')).toBe(searchForm('зустріч'))
    expect(searchForm('України')).toBe(searchForm('Україна'))
  })

  it('reads stress marks, ё and decomposed letters as the words they are', () => {
    expect(searchForm('перегово\u0301ров')).toBe('переговор')
    expect(searchForm('ёлка')).toBe(searchForm('елка'))
    expect(searchForm('и\u0306ога')).toBe(searchForm('йога'))
  })

  it('leaves words in other scripts as written, for FTS5 to fold and stem', () => {
    for (const word of ['Talks', 'negotiations', 'Türkiye', '2025', 'COVID19']) expect(searchForm(word)).toBe(word)
  })
})

describe('searchText', () => {
  it('returns a text without Cyrillic as it is', () => {
    const text = 'Ilsa Varga said the talks — "within reach" — would resume.'
    expect(searchText(text)).toBe(text)
    expect(searchText(null)).toBeNull()
    expect(hasCyrillic(text)).toBe(false)
  })

  it('puts each word of a text with Cyrillic in its search form, one word for one word', () => {
    expect(searchText('«Итоги переговоров», — сказала Ленна Корвиш (TASS).')).toBe('итог переговор сказа лен корвиш TASS')
    const text = 'Песков: «переговоры-2025 в Стамбуле» начались'
    expect(searchText(text).split(' ')).toHaveLength(text.match(/[\p{L}\p{N}\p{M}]+/gu)!.length)
  })

  it('and query phrases alike', () => {
    expect(searchPhrases([['переговоров'], ['talks', 'Корвиша']])).toEqual([['переговор'], ['talks', 'корвиш']])
  })
})
