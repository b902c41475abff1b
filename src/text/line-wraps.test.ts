import { describe, expect, it } from 'vitest'
import { analyse } from '../extract/analysis.js'
import { extract } from '../extract/extract.js'
import { joinWrappedLines } from './line-wraps.js'
import { Gap, tokenize } from './tokenizer.js'

// Fictional text only.

const lineBreaks = (text: string) => {
  const t = tokenize(text)
  joinWrappedLines(t)
  return [...t.gaps].filter((g) => g === Gap.Newline).length
}

const WRAPPED = [
  'Lenna Corvish, the ministry spokeswoman, said on Friday that the note had been',
  'delivered to the Valdorian government in Velmara. "We are not closing the door',
  'to dialogue," she told reporters in Caldris, "but we ask Velmara to explain what',
  'its ships were doing there."',
  '',
  'The talks in Dunmarrow began on Wednesday.',
].join('\n')

describe('hard-wrapped text', () => {
  it('reads sentences and quotations across the line breaks of a text wrapped at a fixed width', () => {
    const doc = extract(WRAPPED, { lang: 'en', date: '2026-06-05' })
    expect(doc.diagnostics.filter((d) => d.rule === 'quote-unclosed')).toEqual([])
    const quote = doc.statements.find((s) => s.kind === 'direct')
    expect(quote?.speaker.name).toBe('Lenna Corvish')
    expect(quote?.content.map((c) => c.text).join(' … ')).toContain('We are not closing the door\nto dialogue')
    expect(analyse(WRAPPED).sentences.count).toBe(3)
  })

  it('keeps a short line (a headline, a paragraph end) as a break, and a blank line as a paragraph', () => {
    expect(lineBreaks('Caldris protests over Vennet patrol\nLenna Corvish said the note had been delivered on Friday.')).toBe(1)
    expect(lineBreaks(WRAPPED)).toBe(0)
  })

  it('joins a break in a short text only where the sentence plainly goes on', () => {
    expect(lineBreaks('Tomas Reivik, the presidential spokesman, said on Thursday that trust\nhas been damaged.')).toBe(0)
    expect(lineBreaks('Tomas Reivik, the presidential spokesman, spoke on Thursday in Velmara.\nThe talks went on.')).toBe(1)
    expect(lineBreaks('Port Meren talks: what the delegations said on the first day\nTomas Reivik said trust had been damaged.')).toBe(1)
  })

  it('leaves a list and a text of one paragraph a line alone', () => {
    expect(lineBreaks('- the strait\n- the harbor\n- the fishing grounds\n- the inspections')).toBe(3)
    const paragraphs = ['Lenna Corvish said the note had been delivered.', 'Henrik Sollas called the patrol routine exercises in international waters, and the ministry of foreign affairs confirmed it had received the note on Friday afternoon.', 'Talks began in Dunmarrow.'].join('\n')
    expect(lineBreaks(paragraphs)).toBe(2)
  })
})

describe('indented lines', () => {
  it('keeps the breaks before indented lines (code, lists), wrapped or not', () => {
    const code = ['describe("Cow", function() {', '    it("should greet passed target", function() {', '      var greetings = (new Cow("Kate")).greets("Baby");'].join('\n')
    expect(lineBreaks(code)).toBe(2)
  })
})

describe('large texts', () => {
  it('reads a text of 300,000 lines without running out of stack', () => {
    const text = Array.from({ length: 300_000 }, (_, k) => `item ${k}`).join('\n')
    expect(lineBreaks(text)).toBe(299_999)
  })
})
