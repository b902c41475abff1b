import { describe, expect, it } from 'vitest'
import { nameKey, surnameKey } from './names.js'

describe('nameKey', () => {
  it('is one key for one name in two scripts and two spellings', () => {
    expect(nameKey('Дмитрий Песков')).toBe(nameKey('Dmitry Peskov'))
    expect(nameKey('Dmitriy  PESKOV ')).toBe('dmitri peskov')
    expect(nameKey('Зеленский')).toBe(nameKey('Zelenskyy'))
    expect(nameKey('Зеленський')).toBe(nameKey('Zelensky'))
    expect(nameKey('Сергей Лавров')).toBe(nameKey('Sergei Lavrov'))
    expect(nameKey('Türkiye')).toBe('turkie')
    expect(nameKey('Хенрик Соллас')).toBe(nameKey('Henrik Sollas'))
    expect(nameKey('Khodorkovsky')).toBe(nameKey('Ходорковский'))
  })

  it('keeps different names apart', () => {
    expect(nameKey('Ilsa Varga')).not.toBe(nameKey('Petr Varga'))
    expect(surnameKey(nameKey('Petr Varga'))).toBe('varga')
    expect(surnameKey('varga')).toBeUndefined()
  })
})
