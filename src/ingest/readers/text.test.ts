import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readBrief } from './brief.js'
import { headlineOf, readPlainText } from './text.js'

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8')

describe('text reader', () => {
  it('keeps the whole text and takes a headline-like first line as the title', () => {
    const text = fixture('plain-article.txt')
    expect(readPlainText(text, 'a.txt')).toEqual({
      documents: [{ text, origin: 'a.txt', reader: 'text', title: 'Harbour council approves dredging plan' }],
      problems: [],
    })
  })

  it('takes no title from a first line that is a sentence, too long, or all there is', () => {
    expect(headlineOf('Varga said the talks were essential.\nShe spoke in Kessel.')).toBeUndefined()
    expect(headlineOf(`${'word '.repeat(30)}\nmore`)).toBeUndefined()
    expect(headlineOf('Only one line')).toBeUndefined()
    expect(headlineOf('\n\n  Is Valdoria ready?  \n\nBody.')).toBe('Is Valdoria ready?')
  })
})

describe('brief reader', () => {
  it('keeps the brief as written and dates it from its header', () => {
    const text = fixture('valdoria-brief.txt')
    expect(readBrief(text, 'b.txt')).toEqual({ documents: [{ text, origin: 'b.txt', reader: 'brief', date: '2026-03-13' }], problems: [] })
  })

  it('reads a brief without a header, undated', () => {
    expect(readBrief('Varga spoke.\n\nQuote: "Talks now."', 'b.txt').documents[0]).toEqual({ text: 'Varga spoke.\n\nQuote: "Talks now."', origin: 'b.txt', reader: 'brief' })
  })
})
