import { describe, expect, it } from 'vitest'
import { findDateMentions, sameDay, type DateMention } from './dates.js'

const REF = '2025-05-16' // a Friday: the seed brief's date

/** null: no reference date (undefined would pick the default). */
function find(text: string, reference: string | null = REF, lang?: string): DateMention[] {
  return findDateMentions(text, 0, text.length, reference ?? undefined, lang)
}

/** [span text, date, certain] of every mention, for compact assertions. */
function summary(text: string, reference: string | null = REF, lang?: string): [string, string, boolean][] {
  return find(text, reference, lang).map((m) => [m.span.text, m.date, m.certain])
}

describe('findDateMentions: the seed brief', () => {
  it('reads "On Thursday 15 May" with the weekday and without the preposition', () => {
    const text = 'On Thursday 15 May, US President Donald Trump stated that a peaceful settlement cannot happen.'
    expect(summary(text)).toEqual([['Thursday 15 May', '2025-05-15', true]])
    const [m] = find(text)
    expect(text.slice(m!.span.start, m!.span.end)).toBe('Thursday 15 May')
  })

  it('reads "said on 16 May"', () => {
    expect(summary('Donald Trump said on 16 May that he would meet with Vladimir Putin.')).toEqual([
      ['16 May', '2025-05-16', true],
    ])
  })

  it('reads a bare weekday as the most recent such day, the reference day included', () => {
    expect(summary('On Friday, a meeting of representatives began in Istanbul.')).toEqual([
      ['Friday', '2025-05-16', true],
    ])
    expect(summary('The talks resumed on Thursday.')).toEqual([['Thursday', '2025-05-15', true]])
    expect(summary('Thursday')).toEqual([['Thursday', '2025-05-15', true]])
    // chrono alone would pick the nearest Sunday, which is in the future.
    expect(summary('Strikes hit the city on Sunday morning.')).toEqual([['Sunday', '2025-05-11', true]])
  })
})

describe('findDateMentions: forms', () => {
  it.each([
    ['He arrived on 15 May.', '15 May', '2025-05-15', true],
    ['He arrived May 16.', 'May 16', '2025-05-16', true],
    ['He arrived on May 16, 2025.', 'May 16, 2025', '2025-05-16', true],
    ['the attacks of Sept. 11, 2001, changed', 'Sept. 11, 2001', '2001-09-11', true],
    ['signed on 15/05/2025 in Kyiv', '15/05/2025', '2025-05-15', true],
    ['signed on 2025-05-15 in Kyiv', '2025-05-15', '2025-05-15', true],
    ['The minister said yesterday that', 'yesterday', '2025-05-15', true],
    ['The minister said today that', 'today', '2025-05-16', true],
    ['they met two days ago', 'two days ago', '2025-05-14', true],
    ['they met last week', 'last week', '2025-05-09', false],
    ['they met last month', 'last month', '2025-04-16', false],
    ['they met last year', 'last year', '2024-05-16', false],
    ['it was agreed earlier this month', 'earlier this month', '2025-05-01', false],
    ['It happened in May.', 'May', '2025-05-01', false],
    ['next Friday', 'next Friday', '2025-05-23', true],
    ['last Friday', 'last Friday', '2025-05-09', true],
    ['It happened in mid-May.', 'May', '2025-05-01', false],
    ['by the end of June', 'end of June', '2025-06-30', false],
    ['the attacks on Sunday, 15 May', 'Sunday, 15 May', '2025-05-15', true],
  ])('%s', (text, spanText, date, certain) => {
    expect(summary(text)).toEqual([[spanText, date, certain]])
  })

  it('puts a day-month date in the year nearest the reference', () => {
    expect(summary('on 16 December')).toEqual([['16 December', '2024-12-16', true]])
    expect(summary('on 1 July')).toEqual([['1 July', '2025-07-01', true]])
  })

  it('keeps the date of a time-stamped expression and drops the time from the span', () => {
    expect(summary('On Thursday 15 May at 10am, he spoke')).toEqual([['Thursday 15 May', '2025-05-15', true]])
  })

  it('marks a numeric date whose day and month could swap as uncertain', () => {
    expect(summary('signed on 05/06/2025')).toEqual([['05/06/2025', '2025-05-06', false]])
  })

  it('finds several mentions in order', () => {
    const text = 'Talks began on Friday. On Thursday 15 May, Trump spoke; on 16 May he said more.'
    expect(summary(text).map(([t, d]) => [t, d])).toEqual([
      ['Friday', '2025-05-16'],
      ['Thursday 15 May', '2025-05-15'],
      ['16 May', '2025-05-16'],
    ])
  })
})

describe('findDateMentions: false positives', () => {
  it.each([
    'He may go to Istanbul.',
    'Talks may begin soon, officials said.',
    'Protesters march on the capital.',
    'The meeting is at 5.',
    'He said it would happen in 2024 or so, at 5 pm.',
    'Theresa May, the former prime minister, spoke.',
    'Jan Kowalski, the mayor, spoke.',
    'The Sun reported that he sat down.',
    'The summit is at Mar-a-Lago now.',
    'a USA Today analysis found',
    'Seventy-four years ago, a naval battle',
    'Nothing here has a date in it at all.',
  ])('%s', (text) => {
    expect(find(text)).toEqual([])
  })

  it('resolves a weekday range from its first day', () => {
    expect(summary('open Monday through Friday')).toEqual([['Monday through Friday', '2025-05-12', true]])
  })

  it('keeps the real date next to a false one', () => {
    expect(summary('Theresa May said on Tuesday that she may go.')).toEqual([['Tuesday', '2025-05-13', true]])
  })
})

describe('findDateMentions: without a reference date', () => {
  it('keeps absolute dates that state their year', () => {
    expect(summary('the attacks of Sept. 11, 2001, changed', null)).toEqual([['Sept. 11, 2001', '2001-09-11', true]])
    expect(summary('signed on 15/05/2025', null)).toEqual([['15/05/2025', '2025-05-15', true]])
    expect(summary('It opened in May 2001.', null)).toEqual([['May 2001', '2001-05-01', false]])
  })

  it('drops relative expressions and dates without a year', () => {
    const text = 'On Friday they met. He spoke yesterday. Talks ended last week. On 16 May he left. ' +
      'Two days ago he returned. Last year he retired. Today he rests.'
    expect(find(text, null)).toEqual([])
    expect(find('9 мая', null, 'ru')).toEqual([])
    expect(summary('9 мая 2024 года', null, 'ru')).toEqual([['9 мая 2024 года', '2024-05-09', true]])
  })

  it('takes the date part of a date-time reference', () => {
    expect(summary('yesterday', '2025-05-16T23:30:00Z')).toEqual([['yesterday', '2025-05-15', true]])
  })
})

describe('findDateMentions: ranges and offsets', () => {
  it('looks only inside [start, end) and reports offsets into the whole text', () => {
    const text = 'Yesterday nothing. Donald Trump said on 16 May that he would meet Putin. Later on Friday.'
    const start = text.indexOf('Donald')
    const end = text.indexOf('Later')
    const found = findDateMentions(text, start, end, REF)
    expect(found).toHaveLength(1)
    const [m] = found
    expect(m!.span.start).toBe(text.indexOf('16 May'))
    expect(m!.span.end).toBe(text.indexOf('16 May') + '16 May'.length)
    expect(m!.span.text).toBe('16 May')
    expect(m!.date).toBe('2025-05-16')
  })

  it('finds dates deep inside a long text', () => {
    const filler = 'The delegations exchanged proposals and the officials declined to comment. '.repeat(30)
    const text = `${filler}On Thursday 15 May, Trump spoke. ${filler}`
    const [m] = find(text)
    expect(m!.span.text).toBe('Thursday 15 May')
    expect(m!.span.start).toBe(text.indexOf('Thursday'))
  })

  it('throws on a range outside the text', () => {
    expect(() => findDateMentions('abc', 0, 4, REF)).toThrow(RangeError)
  })

  it('returns nothing for an unsupported language', () => {
    expect(find('On Friday', REF, 'de')).toEqual([])
  })
})

describe('findDateMentions: Russian and Ukrainian', () => {
  it('reads Russian dates', () => {
    expect(summary('Песков заявил в четверг 15 мая, что встреча необходима.', REF, 'ru')).toEqual([
      ['четверг 15 мая', '2025-05-15', true],
    ])
    expect(summary('Переговоры начались в пятницу.', REF, 'ru')).toEqual([['пятницу', '2025-05-16', true]])
    expect(summary('Это было в прошлую пятницу.', REF, 'ru')).toEqual([['прошлую пятницу', '2025-05-09', true]])
    expect(summary('Вчера он сказал, что', REF, 'ru')).toEqual([['Вчера', '2025-05-15', true]])
    expect(summary('Об этом он сказал вчера.', REF, 'ru')).toEqual([['вчера', '2025-05-15', true]])
    expect(summary('Это случилось на прошлой неделе.', REF, 'ru')).toEqual([['прошлой неделе', '2025-05-09', false]])
    expect(summary('Договор подписан 15 мая 2025 года.', REF, 'ru')).toEqual([['15 мая 2025 года', '2025-05-15', true]])
  })

  it('does not read "среди" (among) as Wednesday', () => {
    expect(find('среди участников переговоров', REF, 'ru')).toEqual([])
  })

  it('reads Ukrainian dates, typographic apostrophe included', () => {
    expect(summary('Переговори почалися в п’ятницю.', REF, 'uk')).toEqual([['п’ятницю', '2025-05-16', true]])
    expect(summary('Про це він заявив у четвер 15 травня.', REF, 'uk')).toEqual([['четвер 15 травня', '2025-05-15', true]])
    expect(summary('Про це він сказав вчора.', REF, 'uk')).toEqual([['вчора', '2025-05-15', true]])
    expect(summary('Сьогодні він сказав', REF, 'uk')).toEqual([['Сьогодні', '2025-05-16', true]])
    // chrono's uk locale misses "минулої"; read as "last Friday", the week before.
    expect(summary('Це сталося минулої п’ятниці.', REF, 'uk')).toEqual([['минулої п’ятниці', '2025-05-09', true]])
  })
})

describe('sameDay', () => {
  it('compares calendar days of dates and date-times', () => {
    expect(sameDay('2025-05-16', '2025-05-16T10:00:00Z')).toBe(true)
    expect(sameDay('2025-05-16', '2025-05-15')).toBe(false)
  })
})

describe('findDateMentions: full dates read without the parser', () => {
  it('reads "Month D, YYYY" and "D Month YYYY" with or without a reference, and refuses impossible days', async () => {
    const { findDateMentions } = await import('./dates.js')
    const text = 'The memo is dated September 11, 2001 and the reply 19 March 2026, not February 30, 2025.'
    const found = findDateMentions(text, 0, text.length, undefined).map((m) => [m.span.text, m.date, m.certain])
    expect(found).toEqual([
      ['September 11, 2001', '2001-09-11', true],
      ['19 March 2026', '2026-03-19', true],
    ])
  })
})
