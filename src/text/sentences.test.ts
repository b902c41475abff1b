import { describe, expect, it } from 'vitest'
import { splitSentences, type Sentences } from './sentences.js'
import { tokenize, type Tokens } from './tokenizer.js'

// Expectations are what a careful reader of news text would say, written by hand. Each sentence
// is shown as the text from its first token's start to its last token's end.

function split(text: string, breaks: readonly number[] = []): string[] {
  const t = tokenize(text)
  const s = splitSentences(t, breaks)
  expectWellFormed(t, s)
  return Array.from({ length: s.count }, (_, k) => text.slice(t.starts[s.starts[k]!]!, t.ends[s.ends[k]! - 1]!))
}

/** Sentences tile the tokens in order, none empty, and `ofToken` agrees with the ranges. */
function expectWellFormed(t: Tokens, s: Sentences): void {
  expect(s.starts.length).toBe(s.count)
  expect(s.ends.length).toBe(s.count)
  expect(s.ofToken.length).toBe(t.count)
  let next = 0
  for (let k = 0; k < s.count; k++) {
    expect(s.starts[k]).toBe(next)
    expect(s.ends[k]!).toBeGreaterThan(s.starts[k]!)
    for (let i = s.starts[k]!; i < s.ends[k]!; i++) expect(s.ofToken[i]).toBe(k)
    next = s.ends[k]!
  }
  expect(next).toBe(t.count)
}

describe('splitSentences: initialisms and abbreviations', () => {
  it('keeps "U.S." inside a sentence before a name or a noun', () => {
    expect(split('U.S. President Donald Trump said the talks would go on.')).toEqual([
      'U.S. President Donald Trump said the talks would go on.',
    ])
    expect(split('The U.S. and Russia met in Istanbul.')).toEqual(['The U.S. and Russia met in Istanbul.'])
  })

  it('ends a sentence at "U.S." when a sentence opener follows', () => {
    expect(split('He arrived in the U.S. The next day he left.')).toEqual(['He arrived in the U.S.', 'The next day he left.'])
    expect(split('He lives in Washington, D.C. He said so.')).toEqual(['He lives in Washington, D.C.', 'He said so.'])
  })

  it('keeps a month abbreviation before its day', () => {
    expect(split('The attacks of Sept. 11 changed everything. Nobody forgot.')).toEqual([
      'The attacks of Sept. 11 changed everything.',
      'Nobody forgot.',
    ])
    expect(split('On Jan. 20, 2025, he took office.')).toEqual(['On Jan. 20, 2025, he took office.'])
  })

  it('keeps titles with the names they precede', () => {
    expect(split('Mr. Smith met Dr. Jones. Sen. Warren and Gov. Newsom did not.')).toEqual([
      'Mr. Smith met Dr. Jones.',
      'Sen. Warren and Gov. Newsom did not.',
    ])
    expect(split('Mrs. Clinton and Rep. Ryan spoke to Gen. Mattis in St. Louis.')).toHaveLength(1)
  })

  it('keeps initials with the names they belong to', () => {
    expect(split('J. R. R. Tolkien wrote it. George W. Bush read it.')).toEqual([
      'J. R. R. Tolkien wrote it.',
      'George W. Bush read it.',
    ])
    expect(split('J.R.R. Tolkien wrote it.')).toEqual(['J.R.R. Tolkien wrote it.'])
    expect(split('Justice Anthony M. Kennedy wrote the opinion.')).toHaveLength(1)
  })

  it('ends a sentence at a capital letter that is not an initial', () => {
    expect(split('They chose Plan B. The vote was close.')).toEqual(['They chose Plan B.', 'The vote was close.'])
    expect(split('Neither do I. This debate needs to change.')).toEqual(['Neither do I.', 'This debate needs to change.'])
    expect(split('It employs 5,000 people at AT&T. And it grows.')).toEqual(['It employs 5,000 people at AT&T.', 'And it grows.'])
  })

  it('keeps "No." before a number, but "no." is a word before anything else', () => {
    expect(split('She is ranked No. 2 in the world.')).toEqual(['She is ranked No. 2 in the world.'])
    expect(split('See p. 12 and Vol. 3 of the report.')).toHaveLength(1)
    expect(split('They would vote no. One senator said so.')).toEqual(['They would vote no.', 'One senator said so.'])
    expect(split('Forty-four, no. Rasmussen found the same.')).toEqual(['Forty-four, no.', 'Rasmussen found the same.'])
  })

  it('keeps "Inc." inside a sentence, and ends one at "Inc." before a sentence opener', () => {
    expect(split('Acme Inc. said on Monday it would cut jobs.')).toHaveLength(1)
    expect(split('Acme Inc. President John Smith said so.')).toHaveLength(1)
    expect(split('The firm, Acme Inc., said so.')).toHaveLength(1)
    expect(split('He works for Acme Inc. The company said so.')).toEqual(['He works for Acme Inc.', 'The company said so.'])
  })

  it('reads state abbreviations only when capitalised: "fell ill." ends a sentence', () => {
    expect(split('The shooting in Peoria, Ill., shocked the town.')).toHaveLength(1)
    expect(split('He fell ill. Doctors said he would recover.')).toEqual(['He fell ill.', 'Doctors said he would recover.'])
  })

  it('ends a sentence after a suffix such as "Jr." when a sentence opener follows', () => {
    expect(split('The speech was by Martin Luther King Jr. The crowd cheered.')).toEqual([
      'The speech was by Martin Luther King Jr.',
      'The crowd cheered.',
    ])
    expect(split('Sen. Robert P. Casey Jr. (D-Pa.) voted yes.')).toHaveLength(1)
  })

  it('does not read a domain ending as an abbreviation', () => {
    expect(split('According to ouest-france.fr. They were headed to Egypt.')).toEqual([
      'According to ouest-france.fr.',
      'They were headed to Egypt.',
    ])
  })
})

describe('splitSentences: ellipses', () => {
  it('ends a sentence at an ellipsis before a capital', () => {
    expect(split('He paused... Then he left.')).toEqual(['He paused...', 'Then he left.'])
    expect(split('He paused… Then he left.')).toEqual(['He paused…', 'Then he left.'])
  })

  it('does not split at an ellipsis before a lower-case word', () => {
    expect(split('And so … on it went.')).toEqual(['And so … on it went.'])
    expect(split('He paused... then he left.')).toEqual(['He paused... then he left.'])
  })

  it('never reads the word before an ellipsis as an abbreviation', () => {
    expect(split('Bread, milk, etc... Nobody cared.')).toEqual(['Bread, milk, etc...', 'Nobody cared.'])
  })
})

describe('splitSentences: dots that do not end sentences', () => {
  it('keeps URLs and email addresses whole', () => {
    expect(split('Visit www.example.com or https://x.com/a.b for more. Email a.b@c.org today.')).toEqual([
      'Visit www.example.com or https://x.com/a.b for more.',
      'Email a.b@c.org today.',
    ])
  })

  it('keeps decimals whole', () => {
    expect(split('Prices rose 3.5 percent. Wages rose $1.2 billion.')).toEqual([
      'Prices rose 3.5 percent.',
      'Wages rose $1.2 billion.',
    ])
  })
})

describe('splitSentences: question marks, exclamation marks, quotes and brackets', () => {
  it('ends sentences at "?" and "!"', () => {
    expect(split('Why? Nobody knows! It is odd.')).toEqual(['Why?', 'Nobody knows!', 'It is odd.'])
  })

  it('keeps a quoted question with the attribution that follows it in lower case', () => {
    expect(split('"Really?" he asked.')).toEqual(['"Really?" he asked.'])
    expect(split('He said "Really?" and left.')).toEqual(['He said "Really?" and left.'])
  })

  it('ends a sentence after the closing quote that follows its period', () => {
    expect(split('He said "no." Then he left.')).toEqual(['He said "no."', 'Then he left.'])
    expect(split('He said “no.” Then he left.')).toEqual(['He said “no.”', 'Then he left.'])
    expect(split('He called it “unhinged.” Sen. Rubio agreed.')).toEqual(['He called it “unhinged.”', 'Sen. Rubio agreed.'])
    expect(split('He shouted “we will win!” The crowd cheered.')).toEqual(['He shouted “we will win!”', 'The crowd cheered.'])
  })

  it('starts a sentence at an opening quote', () => {
    expect(split('He left. "No," she said.')).toEqual(['He left.', '"No," she said.'])
  })

  it('keeps an abbreviation inside brackets with the words after them', () => {
    expect(split('"Both Donald Trump and (Texas Sen.) Ted Cruz scare me," he said.')).toHaveLength(1)
    expect(split('Maricopa County (Ariz.) Sheriff Joe Arpaio spoke.')).toHaveLength(1)
  })

  it('ends a sentence after a closing parenthesis', () => {
    expect(split('He left (for good.) Then she came.')).toEqual(['He left (for good.)', 'Then she came.'])
    expect(split('He left (for good). Then she came.')).toEqual(['He left (for good).', 'Then she came.'])
  })
})

describe('splitSentences: line breaks and forced breaks', () => {
  it('ends a sentence at every line break', () => {
    expect(split('Headline without a period\nBody starts here. Second one.')).toEqual([
      'Headline without a period',
      'Body starts here.',
      'Second one.',
    ])
    expect(split('First paragraph\n\nSecond paragraph')).toEqual(['First paragraph', 'Second paragraph'])
    expect(split('A sentence cut\nin two by a line break.')).toEqual(['A sentence cut', 'in two by a line break.'])
  })

  const header = 'date 2025-05-16 Dmitry Peskov, spokesman for Kremlin leader Vladimir Putin, has said so.'
  const dateEnd = 'date 2025-05-16'.length

  it('runs a brief header into its lead without a break', () => {
    expect(split(header)).toEqual([header])
  })

  it('starts a sentence at a break offset', () => {
    expect(split(header, [dateEnd + 1])).toEqual([
      'date 2025-05-16',
      'Dmitry Peskov, spokesman for Kremlin leader Vladimir Putin, has said so.',
    ])
  })

  it('starts a sentence at the next token when a break falls in white space', () => {
    expect(split(header, [dateEnd])).toEqual([
      'date 2025-05-16',
      'Dmitry Peskov, spokesman for Kremlin leader Vladimir Putin, has said so.',
    ])
  })

  it('makes no empty sentence for breaks at the ends or inside a token', () => {
    expect(split(header, [0, 2, header.length])).toEqual([header])
  })

  it('applies several breaks in order', () => {
    const text = 'one two three four'
    expect(split(text, [4, 14])).toEqual(['one', 'two three', 'four'])
  })
})

describe('splitSentences: edges', () => {
  it('gives no sentence for empty text or white space', () => {
    expect(split('')).toEqual([])
    expect(split('  \n\n ')).toEqual([])
  })

  it('ends the last sentence at the end of the text without a final period', () => {
    expect(split('One sentence. No final period')).toEqual(['One sentence.', 'No final period'])
  })

  it('keeps leading white space out of the first sentence', () => {
    const text = ' date 2025-05-16 Peskov said so.'
    const t = tokenize(text)
    const s = splitSentences(t)
    expect(s.count).toBe(1)
    expect(t.starts[s.starts[0]!]).toBe(1)
  })
})
