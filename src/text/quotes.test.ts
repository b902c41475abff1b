import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { scanQuotations, type Quotation, type Quotations } from './quotes.js'
import { tokenize, tokenText, type Tokens } from './tokenizer.js'

// Expectations are what a careful reader would mark as quoted, written by hand. A quotation is
// shown as its text from the opening mark to its end; `~` after it means it never closes.

/** ../shared sits beside the repository's root. */
const SEED = new URL('../../../shared/seeds/000_1f2eece8fa9ed85a.txt', import.meta.url)

function scan(text: string): { t: Tokens; q: Quotations } {
  const t = tokenize(text)
  const q = scanQuotations(t)
  expectWellFormed(t, q)
  return { t, q }
}

/** Quotations in text order, each as its text, with `~` when unclosed and `[n]` when nested n deep. */
function quotes(text: string): string[] {
  const { q } = scan(text)
  return q.list.map((x) => text.slice(x.start, x.end) + (x.closeToken < 0 ? '~' : '') + (x.depth > 0 ? `[${x.depth}]` : ''))
}

/** Offsets and tokens agree; quotations are sorted, outer before inner; `ofToken` points at outer ones. */
function expectWellFormed(t: Tokens, q: Quotations): void {
  expect(q.ofToken.length).toBe(t.count)
  q.list.forEach((x: Quotation, k) => {
    expect(x.start).toBe(t.starts[x.openToken])
    expect(x.end).toBe(t.ends[x.lastToken])
    expect(tokenText(t, x.openToken).length).toBe(1)
    if (x.closeToken >= 0) expect(x.closeToken).toBe(x.lastToken)
    expect(x.paragraphs).toBeGreaterThanOrEqual(1)
    if (k > 0) expect(q.list[k - 1]!.start).toBeLessThan(x.start)
  })
  for (let i = 0; i < t.count; i++) {
    const k = q.ofToken[i]!
    if (k < 0) continue
    expect(q.list[k]!.depth).toBe(0)
    expect(i).toBeGreaterThanOrEqual(q.list[k]!.openToken)
    expect(i).toBeLessThanOrEqual(q.list[k]!.lastToken)
  }
}

describe('scanQuotations: quotation marks', () => {
  it('pairs straight double quotes', () => {
    expect(quotes('He said "no" and left.')).toEqual(['"no"'])
    expect(quotes('"Yes" and "no" are both answers.')).toEqual(['"Yes"', '"no"'])
  })

  it('pairs curly double quotes', () => {
    expect(quotes('He said “no” and left.')).toEqual(['“no”'])
  })

  it('pairs guillemets, with or without the spaces of French typography', () => {
    expect(quotes('Он сказал «нет» вчера.')).toEqual(['«нет»'])
    expect(quotes('Il a dit « non » hier.')).toEqual(['« non »'])
  })

  it('pairs low-high quotes, German and Russian', () => {
    expect(quotes('Er sagte „nein“ gestern.')).toEqual(['„nein“'])
    expect(quotes('Он сказал „нет“ вчера.')).toEqual(['„нет“'])
  })

  it('nests low-high quotes inside guillemets', () => {
    expect(quotes('Он сказал: «Это „абсурд“ сегодня».')).toEqual(['«Это „абсурд“ сегодня»', '„абсурд“[1]'])
  })

  it('nests single guillemets inside double ones', () => {
    expect(quotes('Il a dit «elle l’a appelé ‹absurde› hier».')).toEqual([
      '«elle l’a appelé ‹absurde› hier»',
      '‹absurde›[1]',
    ])
  })

  it('nests single quotes inside double quotes', () => {
    expect(quotes('He said “she called it ‘absurd’ today”.')).toEqual([
      '“she called it ‘absurd’ today”',
      '‘absurd’[1]',
    ])
    expect(quotes('He said "she called it \'absurd\' today".')).toEqual([
      '"she called it \'absurd\' today"',
      "'absurd'[1]",
    ])
  })

  it('closes the outer quotation after a nested quotation that ends with it', () => {
    expect(quotes('“He said ‘no’,” she said, “and ‘never.’”')).toEqual([
      '“He said ‘no’,”',
      '‘no’[1]',
      '“and ‘never.’”',
      '‘never.’[1]',
    ])
  })

  it('drops a nested single quote left open when the outer quotation closes', () => {
    expect(quotes('“He said ‘no,” she said.')).toEqual(['“He said ‘no,”'])
  })

  it('closes a curly single quote with a straight one, as copy often mixes them', () => {
    expect(quotes('“He said, ‘I sort of hope that happens,\'” Clinton said.')).toEqual([
      '“He said, ‘I sort of hope that happens,\'”',
      "‘I sort of hope that happens,'[1]",
    ])
  })

  it('pairs curly single quotes on their own', () => {
    expect(quotes('He called it ‘absurd’.')).toEqual(['‘absurd’'])
  })

  // Straight single quotes outside double quotes stay unread: they are far more often apostrophes
  // ("the '90s", "voters' choice", "rock 'n' roll") than quotation marks, except in headlines.
  it.fails('pairs straight single quotes in a headline (known limitation)', () => {
    expect(quotes("Trump calls plan 'absurd'")).toEqual(["'absurd'"])
  })
})

describe('scanQuotations: apostrophes', () => {
  it('does not read apostrophes inside words as quotation marks', () => {
    expect(quotes('Russia’s envoy didn’t say it’s over, and rock ’n’ roll aside, “we’ll see.”')).toEqual(['“we’ll see.”'])
  })

  it('does not read a plural possessive as a quotation mark', () => {
    expect(quotes('The voters’ choice was clear.')).toEqual([])
    expect(quotes("The voters' choice was clear.")).toEqual([])
    expect(quotes('It is the workers’ “right” to strike and the parties’ duty.')).toEqual(['“right”'])
    expect(quotes('The ’90s and the ‘60s were “great”.')).toEqual(['“great”']) // ‘ turned the wrong way
  })

  it('does not close a quotation at a plural possessive inside it', () => {
    expect(quotes('“It is the voters’ choice,” he said.')).toEqual(['“It is the voters’ choice,”'])
    expect(quotes('"It is the voters\' choice," he said.')).toEqual(['"It is the voters\' choice,"'])
  })

  it('does not close a nested single quotation at a plural possessive inside it', () => {
    expect(quotes('“He called it ‘the voters’ choice’ today,” she said.')).toEqual([
      '“He called it ‘the voters’ choice’ today,”',
      '‘the voters’ choice’[1]',
    ])
    expect(quotes('“He called them ‘the bosses’ and she called it ‘nonsense’,” he said.')).toEqual([
      '“He called them ‘the bosses’ and she called it ‘nonsense’,”',
      '‘the bosses’[1]',
      '‘nonsense’[1]',
    ])
  })
})

describe('scanQuotations: paragraphs', () => {
  it('runs one quotation over paragraphs that each reopen it, closed in the last', () => {
    const text = '“First paragraph.\n\n“Second paragraph.\n\n“Third paragraph,” he said.\n\nAfter.'
    const { t, q } = scan(text)
    expect(q.list).toHaveLength(1)
    const x = q.list[0]!
    expect(x.paragraphs).toBe(3)
    expect(x.openToken).toBe(0)
    expect(tokenText(t, x.closeToken)).toBe('”')
    expect(x.end).toBe(text.indexOf('”') + 1)
    expect(text.slice(x.start, x.end)).toBe('“First paragraph.\n\n“Second paragraph.\n\n“Third paragraph,”')
    // The reopening marks belong to the one quotation.
    expect(q.ofToken[t.count - 3]).toBe(-1) // "After"
    expect(Array.from(q.ofToken.subarray(0, x.lastToken + 1)).every((k) => k === 0)).toBe(true)
  })

  it('runs a straight-quoted quotation over paragraphs the same way', () => {
    const { q } = scan('"First paragraph.\n\n"Second paragraph," he said.')
    expect(q.list).toHaveLength(1)
    expect(q.list[0]!.paragraphs).toBe(2)
    expect(q.list[0]!.closeToken).toBeGreaterThan(0)
  })

  it('ends an unclosed quotation at the end of its paragraph when the next does not reopen it', () => {
    const text = 'Quote: "The meeting should be prepared.\n\nDetails: He added that it is needed.'
    const { t, q } = scan(text)
    expect(quotes(text)).toEqual(['"The meeting should be prepared.~'])
    const x = q.list[0]!
    expect(x.closeToken).toBe(-1)
    expect(x.paragraphs).toBe(1)
    expect(tokenText(t, x.lastToken)).toBe('.')
    expect(x.end).toBe(text.indexOf('\n'))
    expect(q.ofToken[x.lastToken + 1]).toBe(-1) // "Details"
  })

  it('ends an unclosed quotation at the end of the text', () => {
    const text = 'He ended with "and then'
    const { t, q } = scan(text)
    expect(quotes(text)).toEqual(['"and then~'])
    expect(q.list[0]!.lastToken).toBe(t.count - 1)
    expect(q.list[0]!.end).toBe(text.length)
  })

  it('does not carry a single quotation over a paragraph break', () => {
    expect(quotes('“He called it ‘absurd\n\nand left.')).toEqual(['“He called it ‘absurd~'])
  })
})

describe('scanQuotations: straight quotes and punctuation', () => {
  it('closes straight quotes after punctuation inside them', () => {
    expect(quotes('"No," he said.')).toEqual(['"No,"'])
    expect(quotes('"Really?"')).toEqual(['"Really?"'])
    expect(quotes('He asked, "Really?" and she said "Yes."')).toEqual(['"Really?"', '"Yes."'])
  })

  it('closes a straight quote before the punctuation that follows it', () => {
    expect(quotes('He called it "absurd".')).toEqual(['"absurd"'])
    expect(quotes('He called it "absurd", then left.')).toEqual(['"absurd"'])
  })

  it('opens a straight quote that follows a word and punctuation without a space', () => {
    expect(quotes('He said,"Hello" to them.')).toEqual(['"Hello"'])
    expect(quotes('He said:"Hello." Then he left.')).toEqual(['"Hello."'])
  })

  it('opens a straight quote glued after a sentence end or a colon', () => {
    expect(quotes('He declined to be named."We were deceived."')).toEqual(['"We were deceived."'])
    expect(quotes('Rep. Trey Gowdy (R-S.C.):"Who told you that?"')).toEqual(['"Who told you that?"'])
  })

  it('does not read markup attributes as quotations', () => {
    expect(quotes('<tweet id="672138506081275904" author="@MissDBunker">Scanner: "shots fired"</tweet>')).toEqual([
      '"shots fired"',
    ])
  })

  it('opens a straight quote after an opening bracket', () => {
    expect(quotes('He left ("for good") at noon.')).toEqual(['"for good"'])
  })
})

describe('scanQuotations: ofToken', () => {
  it('gives the outermost quotation for tokens in nested quotes and -1 outside', () => {
    const text = 'He said “she called it ‘absurd’ today” and “left.”'
    const { t, q } = scan(text)
    const of = (word: string) => q.ofToken[Array.from({ length: t.count }, (_, i) => tokenText(t, i)).indexOf(word)]
    expect(q.list.map((x) => x.depth)).toEqual([0, 1, 0])
    expect(of('He')).toBe(-1)
    expect(of('she')).toBe(0)
    expect(of('‘')).toBe(0)
    expect(of('absurd')).toBe(0)
    expect(of('today')).toBe(0)
    expect(of('”')).toBe(0)
    expect(of('and')).toBe(-1)
    expect(of('left')).toBe(2)
  })

  it('is -1 everywhere in text without quotations', () => {
    const { q } = scan('No quotation here, only the voters’ choice.')
    expect(q.list).toEqual([])
    expect(Array.from(q.ofToken).every((k) => k === -1)).toBe(true)
  })

  it('is empty for empty text', () => {
    const { q } = scan('')
    expect(q.list).toEqual([])
    expect(q.ofToken.length).toBe(0)
  })
})

describe('scanQuotations: the seed brief', () => {
  const text = readFileSync(SEED, 'utf8')

  it('finds its five quotations', () => {
    const { t, q } = scan(text)
    expect(q.list.map((x) => text.slice(x.start, x.end) + (x.closeToken < 0 ? '~' : ''))).toEqual([
      '"necessary"',
      '"The meeting at the highest level should be carefully prepared and effective because it is always ' +
        'preceded by expert negotiations, consultations and long, intense preparations.~',
      '"serious conversation"',
      '"This is how we view the situation. Such a meeting is certainly necessary – both for Russian-American ' +
        'bilateral relations and for a serious conversation at the highest level on international and regional ' +
        'issues, including the crisis around Ukraine."',
      '"It is difficult to talk about restoring partnership with NATO at a time when the Alliance is effectively ' +
        'at war with Russia,"',
    ])
    expect(q.list.every((x) => x.depth === 0 && x.paragraphs === 1)).toBe(true)
    // The unclosed Quote: block ends with its paragraph, before the next Details: label.
    const open = q.list[1]!
    expect(text.slice(open.end, open.end + 11)).toBe('\n\nDetails: ')
    expect(tokenText(t, open.lastToken + 1)).toBe('Details')
  })
})
