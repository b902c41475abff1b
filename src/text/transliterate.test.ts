import { describe, expect, it } from 'vitest'
import { transliterate } from './transliterate.js'

describe('transliterate', () => {
  it('spells Russian names as English-language news does', () => {
    expect(transliterate('Дмитрий Песков')).toBe('Dmitriy Peskov')
    expect(transliterate('Сергей Лавров')).toBe('Sergey Lavrov')
    expect(transliterate('РИА Новости')).toBe('RIA Novosti')
    expect(transliterate('Ходорковский')).toBe('Khodorkovskiy')
  })

  it('reads Ukrainian by its own letters', () => {
    expect(transliterate('Володимир Зеленський', 'uk')).toBe('Volodymyr Zelenskyi')
    expect(transliterate('Київ')).toBe('Kyiv')
    expect(transliterate('Гліб')).toBe('Hlib')
    expect(transliterate('Юлія Єрмак')).toBe('Yuliia Yermak')
  })

  it('leaves Latin text alone', () => {
    expect(transliterate('Ilsa Varga')).toBe('Ilsa Varga')
  })
})
