import { describe, expect, it } from 'vitest'
import { goldSpeakerName, isSameSpeaker, nameWords } from './names.js'

describe('goldSpeakerName', () => {
  it('keeps a canonical name and drops `?`, blanks and missing notes', () => {
    expect(goldSpeakerName(' Ilsa Varga ')).toBe('Ilsa Varga')
    expect(goldSpeakerName('?')).toBeUndefined()
    expect(goldSpeakerName(' ')).toBeUndefined()
    expect(goldSpeakerName(undefined)).toBeUndefined()
  })
})

describe('nameWords', () => {
  it('transliterates Cyrillic and ignores case, accents and punctuation', () => {
    expect(nameWords('Ильса Варга')).toEqual(['ilsa', 'varga'])
    expect(nameWords("O'Várga, Jr.")).toEqual(['ovarga', 'jr'])
    expect(nameWords('Ільса Варґа', 'uk')).toEqual(['ilsa', 'varga'])
  })
})

describe('isSameSpeaker', () => {
  it('accepts a predicted name that has the gold surname among its words', () => {
    expect(isSameSpeaker('Ilsa Varga', 'Varga')).toBe(true)
    expect(isSameSpeaker('Ilsa Varga', 'Minister Ilsa Varga')).toBe(true)
    expect(isSameSpeaker('Ilsa Varga', 'VARGA')).toBe(true)
    expect(isSameSpeaker('Ilsa Varga', 'Ilsa')).toBe(false) // a first name is not enough
    expect(isSameSpeaker('Ilsa Varga', 'Tomas Reivik')).toBe(false)
    expect(isSameSpeaker('Ilsa Varga', 'Vargas')).toBe(false) // whole words, not prefixes
  })

  it('compares across scripts, either way', () => {
    expect(isSameSpeaker('Ильса Варга', 'Ilsa Varga')).toBe(true)
    expect(isSameSpeaker('Ilsa Varga', 'Варга')).toBe(true)
    expect(isSameSpeaker('Ильса Варга', 'Варга')).toBe(true)
    // Russian г is g, Ukrainian h: both spellings are tried.
    expect(isSameSpeaker('Ігор Гринько', 'Hrynko')).toBe(true)
    expect(isSameSpeaker('Игорь Гринько', 'Grinko')).toBe(true)
    expect(isSameSpeaker('Ігор Гринько', 'Гринько')).toBe(true)
    expect(isSameSpeaker('Ильса Варга', 'Ильса')).toBe(false)
  })

  it('needs the gold surname as written: an inflected form is another word', () => {
    expect(isSameSpeaker('Ильса Варга', 'Варги')).toBe(false)
  })

  it('takes an organisation by its last word, or by the whole name', () => {
    expect(isSameSpeaker('Harbor Authority', 'the Harbor Authority')).toBe(true)
    expect(isSameSpeaker('МИД Веларии', 'МИД Веларии')).toBe(true)
    expect(isSameSpeaker('МИД Веларии', 'MID Velarii')).toBe(true)
    expect(isSameSpeaker('Harbor Authority', 'Harbor')).toBe(false)
    expect(isSameSpeaker('U.S. Port-Office', 'US PortOffice')).toBe(true)
  })

  it('is wrong for no prediction and for names with no words', () => {
    expect(isSameSpeaker('Ilsa Varga', null)).toBe(false)
    expect(isSameSpeaker('Ilsa Varga', '')).toBe(false)
    expect(isSameSpeaker('Ilsa Varga', '—')).toBe(false)
    expect(isSameSpeaker('…', '…')).toBe(false)
  })
})
