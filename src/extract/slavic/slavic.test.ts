import { describe, expect, it } from 'vitest'
import { slavicLexicon } from '../../lexicon/slavic.js'
import { extract } from '../extract.js'
import { nominative } from './names.js'

// Fictional people, places and outlets only (the sample world's), in the forms Russian and
// Ukrainian wires use.

const said = (text: string, lang?: string) =>
  extract(text, lang ? { lang } : {}).statements.map((s) => ({
    speaker: s.speaker.name,
    cue: s.cue?.text,
    content: s.content.map((c) => c.text),
    kind: s.kind,
  }))

describe('Russian attribution', () => {
  it('reads a quotation with a dash and its cue, a что-clause, and a pronoun back to the last woman named', () => {
    const out = said(
      'Официальный представитель МИД Кестрании Ленна Корвиш заявила, что протест не означает конца переговоров. ' +
        '«Мы не закрываем дверь для диалога», — подчеркнула она.',
    )
    expect(out).toEqual([
      { speaker: 'Ленна Корвиш', cue: 'заявила', content: ['что протест не означает конца переговоров'], kind: 'indirect' },
      { speaker: 'Ленна Корвиш', cue: 'подчеркнула', content: ['Мы не закрываем дверь для диалога'], kind: 'direct' },
    ])
  })

  it('reads a quotation split by its cue as one statement in two pieces', () => {
    const [s] = said('«Никто не хотел выходить в море, — сказал Пит Амберло. — Лодки вернулись в порт».')
    expect(s).toMatchObject({ speaker: 'Пит Амберло', cue: 'сказал', content: ['Никто не хотел выходить в море', 'Лодки вернулись в порт'], kind: 'direct' })
  })

  it('names the source of "по словам" in the nominative, in full when the document names them so', () => {
    const out = said('Министр обороны Вальдории Хенрик Соллас прибыл в Калдрис. По словам Солласа, патрулирование было плановым.')
    expect(out).toEqual([{ speaker: 'Хенрик Соллас', cue: 'По словам', content: ['патрулирование было плановым'], kind: 'indirect' }])
  })

  it('finds the source after a dative addressee ("— заявила журналистам X")', () => {
    const out = said('«Такие действия подрывают договорённости», — заявила журналистам официальный представитель министерства Ленна Корвиш.')
    expect(out).toEqual([{ speaker: 'Ленна Корвиш', cue: 'заявила', content: ['Такие действия подрывают договорённости'], kind: 'direct' }])
  })

  it('takes a lone surname for the person who spoke under their full name, even a first name it does not know', () => {
    const out = said('Зерновий коридор відкриють у понеділок, заявила міністерка торгівлі Вальдорії Ілса Варга. «Обидві сторони перевірятимуть обидва флоти», — сказала Варга.', 'uk')
    expect(out.map((s) => s.speaker)).toEqual(['Ілса Варга', 'Ілса Варга'])
  })

  it('reads a statement with no source, and "об этом" as the sentence before', () => {
    const out = said('Паром из Калдриса отменён до понедельника. Об этом сообщил Пит Амберло. Сообщается, что билеты вернут.')
    expect(out).toEqual([
      { speaker: 'Пит Амберло', cue: 'сообщил', content: ['Паром из Калдриса отменён до понедельника'], kind: 'indirect' },
      { speaker: null, cue: 'Сообщается', content: ['что билеты вернут'], kind: 'indirect' },
    ])
  })

  it('takes the date, place and outlet of a wire dateline', () => {
    const doc = extract('КАЛДРИС, 6 июня. /ТАСС/. Ленна Корвиш заявила, что протест вручён.', { date: '2026-06-07' })
    expect(doc.lang).toBe('ru')
    expect(doc.entities.find((e) => e.type === 'outlet')).toMatchObject({ id: 'outlet:tass', name: 'TASS' })
    expect(doc.entities.find((e) => e.type === 'place')?.name).toBe('Калдрис')
    expect(doc.statements[0]!.via).toEqual(['outlet:tass'])
    expect(extract('КАЛДРИС, 6 июня. /ТАСС/. Ленна Корвиш заявила, что протест вручён.').date).toBeUndefined()
    expect(extract('КАЛДРИС, 6 июня 2026 года. /ТАСС/. Ленна Корвиш заявила, что протест вручён.').date).toBe('2026-06-06')
  })
})

describe('Ukrainian attribution', () => {
  it('reads що-clauses, за словами and a quotation with its cue after it', () => {
    const out = said(
      'Міністерка торгівлі Вальдорії Ілса Варга заявила, що коридор відкриють у понеділок. ' +
        'За словами Варги, інспекції триватимуть тридцять днів. «Обидві сторони перевірятимуть обидва флоти», — сказала вона.',
    )
    expect(out).toEqual([
      { speaker: 'Ілса Варга', cue: 'заявила', content: ['що коридор відкриють у понеділок'], kind: 'indirect' },
      { speaker: 'Ілса Варга', cue: 'За словами', content: ['інспекції триватимуть тридцять днів'], kind: 'indirect' },
      { speaker: 'Ілса Варга', cue: 'сказала', content: ['Обидві сторони перевірятимуть обидва флоти'], kind: 'direct' },
    ])
  })
})

describe('names in the nominative', () => {
  it('undoes the genitive of men’s and women’s names, Russian and Ukrainian', () => {
    expect(nominative(['Дмитрия', 'Орловского'], 'ru')).toEqual(['Дмитрий', 'Орловский'])
    expect(nominative(['Солласа'], 'ru')).toEqual(['Соллас'])
    expect(nominative(['Корвишевой'], 'ru')).toEqual(['Корвишева'])
    expect(nominative(['Зеленецького'], 'uk')).toEqual(['Зеленецький'])
    expect(nominative(['Варги'], 'uk')).toEqual(['Варга'])
  })
})

describe('people named in Russian and Ukrainian text', () => {
  it('finds people by a first name, a patronymic or a role, in the nominative, and no place or organisation', () => {
    const doc = extract(
      'В Калдрисе министр обороны Вальдории Хенрик Соллас встретился с послом. Соллас сообщил, что переговоры продолжатся. ' +
        'Вестник Кестрании пишет, что решение одобрил Иван Петрович Дорн, а Анну Корвишеву ждут в Вельмаре.',
      { lang: 'ru' },
    )
    const people = doc.entities.filter((e) => e.type === 'person').map((e) => e.name).sort()
    expect(people).toEqual(['Анна Корвишева', 'Иван Петрович Дорн', 'Хенрик Соллас'])
    const said = doc.statements.find((s) => s.cue?.text === 'сообщил')!
    expect(said.speaker).toMatchObject({ name: 'Хенрик Соллас', entity: 'person:хенрик-соллас' })
    // An organisation that speaks is named as written, and is no person.
    expect(doc.statements.find((s) => s.cue?.text === 'пишет')?.speaker).toMatchObject({ name: 'Вестник Кестрании' })
    expect(doc.statements.find((s) => s.cue?.text === 'пишет')?.about).toEqual(expect.arrayContaining(['person:иван-петрович-дорн', 'person:анна-корвишева']))
  })
})

describe('outlets in Russian and Ukrainian text', () => {
  it('makes an outlet the registry knows the speaker of what it reports, and the channel of the statement inside it', () => {
    const doc = extract('Ленна Корвиш заявила, что протест вручён послу, передает ТАСС.', { lang: 'ru' })
    const [inner, outer] = doc.statements
    expect(inner).toMatchObject({ speaker: { name: 'Ленна Корвиш' }, via: ['outlet:tass'] })
    expect(inner!.content.map((c) => c.text)).toEqual(['что протест вручён послу'])
    expect(outer).toMatchObject({ speaker: { name: 'TASS', entity: 'outlet:tass' }, cue: { text: 'передает' } })
    expect(doc.entities.find((e) => e.id === 'outlet:tass')?.type).toBe('outlet')
  })
})

describe('the Russian and Ukrainian lexicons', () => {
  it('keep each language’s words apart, and give both languages’ words to the rules that have always read them together', () => {
    const ru = slavicLexicon('ru')
    const uk = slavicLexicon('uk')
    expect([ru.roleWords.has('речник'), uk.roleWords.has('речник'), ru.roleWords.has('министр'), uk.roleWords.has('министр')]).toEqual([false, true, true, false])
    expect([ru.firstNames.has('тарас'), uk.firstNames.has('тарас')]).toEqual([false, true])
    // Function words, possessives and addressees: one set for both (src/lexicon/slavic.ts says why).
    expect([ru.prepositions.has('після'), uk.prepositions.has('после'), ru.possessives.has('його'), uk.sourceStops.has('журналистам')]).toEqual([true, true, true, true])
  })
})

describe('wire datelines', () => {
  it('says when a dateline has no year and the document no date', () => {
    const text = 'КАЛДРИС, 5 июня. /КАН/. Ленна Корвиш заявила, что нота вручена.'
    const undated = extract(text, { lang: 'ru' })
    expect(undated.date).toBeUndefined()
    expect(undated.diagnostics.find((d) => d.rule === 'dateline-without-year')?.span?.text).toBe('КАЛДРИС, 5 июня. /КАН/.')
    const dated = extract(text, { lang: 'ru', date: '2026-06-05' })
    expect(dated.date).toBe('2026-06-05')
    expect(dated.diagnostics).toEqual([])
  })

  it('reads a dateline with no year as the latest such day not after the day the text was received', () => {
    const text = 'КАЛДРИС, 5 июня. /КАН/. Ленна Корвиш заявила, что нота вручена.'
    const thisYear = extract(text, { lang: 'ru', received: '2026-12-08' })
    expect(thisYear.date).toBe('2026-06-05')
    expect(thisYear.diagnostics.map((d) => d.rule)).toEqual(['dateline-year-assumed'])
    expect(extract(text, { lang: 'ru', received: '2027-02-01' }).date).toBe('2026-06-05')
    expect(extract(text, { lang: 'ru', received: '2026-06-05' }).date).toBe('2026-06-05')
    // A date the document has wins over the day it was received.
    expect(extract(text, { lang: 'ru', received: '2027-02-01', date: '2025-06-05' }).date).toBe('2025-06-05')
    expect(() => extract(text, { received: '5 June' })).toThrow(/received must be YYYY-MM-DD/)
  })
})

describe('Russian and Ukrainian events', () => {
  it('reads talks that began, with their date, and a later mention as the same event', () => {
    const doc = extract(
      'В среду в порту Данмарроу начались переговоры береговых охран. Министр иностранных дел Телварии Аурел Данецкий заявил, что не верит в срыв переговоров.',
      { lang: 'ru', date: '2026-06-05' },
    )
    expect(doc.events.map((e) => ({ type: e.type, status: e.status, date: e.date, mentions: e.mentions.map((m) => m.text) }))).toEqual([
      { type: 'talks', status: 'began', date: '2026-06-03', mentions: ['переговоры', 'переговоров'] },
    ])
    expect(doc.statements[0]?.event).toBe(doc.events[0]!.id)
  })

  it('makes a conversation by telephone a call, held, between the people the sentence names', () => {
    const doc = extract('Міністерка торгівлі Вальдорії Ілса Варга заявила, що у вівторок відбулася телефонна розмова з Джуно Галдер.', { lang: 'uk', date: '2026-04-22' })
    expect(doc.events).toHaveLength(1)
    expect(doc.events[0]).toMatchObject({ type: 'call', status: 'held', date: '2026-04-21' })
    expect(doc.events[0]!.participants).toEqual(expect.arrayContaining(['person:ілса-варга']))
  })

  it('reads a meeting that did not take place as cancelled', () => {
    const doc = extract('Встреча министров в Калдрисе не состоялась, сообщил Пит Амберло.', { lang: 'ru', date: '2026-06-05' })
    expect(doc.events.map((e) => [e.type, e.status])).toEqual([['meeting', 'cancelled']])
  })
})

describe('nominal sources in Russian', () => {
  it('takes a description to the person written with it ("скульптор" after "Скульптор Виктор Тальвин")', () => {
    const out = said('Скульптор Виктор Тальвин открыл выставку в Калдрисе. По мнению скульптора, порт должен остаться открытым.', 'ru')
    expect(out.map((s) => s.speaker)).toEqual(['Виктор Тальвин'])
  })

  it('takes a singular nominal subject to the last person of its gender who spoke ("Чиновник заметил")', () => {
    const out = said('Учения начнутся в понедельник. Об этом заявил министр обороны Вальдории Хенрик Соллас. Чиновник заметил, что учения продлятся неделю.', 'ru')
    expect(out.map((s) => s.speaker)).toEqual(['Хенрик Соллас', 'Хенрик Соллас'])
  })

  it('does not give a plural or a capitalised name that way ("Республиканцы", "Минск")', () => {
    const out = said('Учения начнутся в понедельник. Об этом заявил министр обороны Вальдории Хенрик Соллас. Депутаты заявили, что учения продлятся неделю.', 'ru')
    expect(out.map((s) => s.speaker)).toEqual(['Хенрик Соллас', 'Депутаты'])
  })

  it('keeps a pronoun after a prepositional phrase as the source ("На панихиде он призвал")', () => {
    const out = said('Службу возглавил Виктор Тальвин. На службе он призвал к тому, чтобы «порт жил по законам».', 'ru')
    expect(out.map((s) => s.speaker)).toEqual(['Виктор Тальвин'])
  })
})

describe('people as entities', () => {
  it('names a person once, in the nominative a statement read, wherever an oblique form names them', () => {
    const doc = extract('По словам министра обороны Вальдории Хенрика Солласа, патрулирование было плановым.', { lang: 'ru' })
    expect(doc.entities.filter((e) => e.type === 'person').map((e) => e.id)).toEqual(['person:хенрик-соллас'])
  })
})

describe('provenance in Russian and Ukrainian', () => {
  const via = (text: string, lang: 'ru' | 'uk') =>
    extract(text, { lang }).statements.map((s) => ({ speaker: s.speaker.name, via: s.via, ...(s.medium ? { medium: s.medium } : {}), content: s.content.map((c) => c.text) }))

  it('takes whom a reporting outlet cites as the speaker, and the outlet as the channel', () => {
    expect(via('Учения продлятся неделю, пишет «Коммерсантъ» со ссылкой на Хенрика Солласа.', 'ru')).toEqual([
      { speaker: 'Хенрик Соллас', via: ['outlet:kommersant'], content: ['Учения продлятся неделю'] },
    ])
    expect(via('Навчання триватимуть тиждень, повідомляє Укрінформ з посиланням на джерело в міністерстві.', 'uk')).toEqual([
      { speaker: 'джерело в міністерстві', via: ['outlet:ukrinform'], content: ['Навчання триватимуть тиждень'] },
    ])
  })

  it('reads a Telegram channel as the medium and the channel, not as what was said', () => {
    const [s] = via('Хенрик Соллас написал в своём Telegram-канале «Вальдорский вестник», что учения продлятся неделю.', 'ru')
    expect(s).toEqual({ speaker: 'Хенрик Соллас', via: ['outlet:вальдорскии-вестник'], medium: 'Telegram', content: ['что учения продлятся неделю'] })
  })

  it('makes an outlet that speaks the channel of what it says', () => {
    expect(via('Учения продлятся неделю, пишет газета «Коммерсантъ».', 'ru')[0]).toMatchObject({ speaker: 'Kommersant', via: ['outlet:kommersant'] })
  })
})

describe('people with names from other languages', () => {
  const people = (text: string) => extract(text, { lang: 'ru' }).entities.filter((e) => e.type === 'person').map((e) => e.name).sort()

  it('reads two capitalised words inside a sentence as a name, and a name in Latin letters in brackets after it as the same person', () => {
    expect(people('На встрече выступил гонщик Фернандо Алонсо. Интервью дал блогер Джошуа Вольф (Joshua Wolf).')).toEqual(['Джошуа Вольф', 'Фернандо Алонсо'])
    const doc = extract('Интервью дал блогер Джошуа Вольф (Joshua Wolf).', { lang: 'ru' })
    expect(doc.entities.find((e) => e.name === 'Джошуа Вольф')?.aliases).toContain('Joshua Wolf')
  })

  it('puts a foreign name inflected as a whole in the nominative ("с Оливером Каном" → "Оливер Кан")', () => {
    expect(people('Вчера министр встретился с вратарём Оливером Каном в порту.')).toEqual(['Оливер Кан'])
  })

  it('reads no person in a place, an institution or a common noun and a place ("Госдумы России", "Совет Федерации", "Рыбаки Веннета")', () => {
    expect(people('Закон приняли депутаты Госдумы России. Совет Федерации одобрил его. Рыбаки Веннета встревожены. Кроме Лукашенко, в списке нет никого.')).toEqual(['Лукашенко'])
  })
})

describe('sources across asides and first names alone', () => {
  it('keeps the subject before a bracketed aside as the source ("Юрген Клинсман (Jürgen Klinsmann) назвал")', () => {
    const out = said('Тренер Виктор Тальвин (Viktor Talvin) назвал решение «правильным».', 'ru')
    expect(out.map((s) => s.speaker)).toEqual(['Виктор Тальвин'])
  })

  it('gives a first name alone its gender, so "она" does not reach back to a man', () => {
    const out = said('Виктор остался в Калдрисе. Алла Тальвин приехала в порт. «Мы ждём решения», — сказала она.', 'ru')
    expect(out.at(-1)?.speaker).toBe('Алла Тальвин')
  })
})

describe('nominal appeal cues', () => {
  it('reads "з вимогою" / "с требованием" as an appeal whose content follows', () => {
    const uk = said('Рибалки Веннета звернулися до міністерства з вимогою відкрити порт.', 'uk')
    expect(uk).toEqual([{ speaker: 'Рибалки Веннета', cue: 'з вимогою', content: ['відкрити порт'], kind: 'indirect' }])
    const ru = said('Рыбаки обратились к министру с требованием открыть порт.', 'ru')
    expect(ru.map((s) => [s.cue, s.content])).toEqual([['с требованием', ['открыть порт']]])
  })
})

describe('finding verbs', () => {
  it('reads "установил, что" / "встановив, що" as a statement, and "установил цены" as none', () => {
    expect(said('Суд Калдриса установил, что порт закрыт незаконно.', 'ru').map((s) => s.cue)).toEqual(['установил'])
    expect(said('Министерство установило новые цены на топливо.', 'ru')).toEqual([])
    expect(said('Суд встановив, що порт закрили незаконно.', 'uk').map((s) => s.cue)).toEqual(['встановив'])
    expect(said('Мешканці встановили пам’ятник рибалкам.', 'uk')).toEqual([])
  })
})

describe('sources after an adjunct', () => {
  it('finds the source after a prepositional adjunct that follows the cue ("— сказал в беседе с корреспондентом «…» лидер …")', () => {
    const out = said('«Порт откроют в понедельник», — сказал в беседе с корреспондентом «Кестранского вестника» глава кооператива Пит Амберло.', 'ru')
    expect(out).toEqual([{ speaker: 'Пит Амберло', cue: 'сказал', content: ['Порт откроют в понедельник'], kind: 'direct' }])
  })
})

describe('"как сообщил X, …"', () => {
  it('ends the source where an adjunct begins ("Как отметил премьер в речи перед министрами, …")', () => {
    expect(said('Как отметил министр обороны в речи перед депутатами, учения продлятся неделю.', 'ru').map((s) => s.speaker)).toEqual(['министр обороны'])
    expect(said('Как сообщил представитель Министерства по чрезвычайным ситуациям, порт закрыт.', 'ru').map((s) => s.speaker)).toEqual(['представитель Министерства по чрезвычайным ситуациям'])
  })
})

describe('institutions as sources', () => {
  it('does not take "суд встановив" to the last man who spoke', () => {
    const out = said('Представник компанії Петро Шевчук заявив, що договір чинний. Проте суд встановив, що фірма користується ділянкою без договору.', 'uk')
    expect(out.map((s) => s.speaker)).toEqual(['Петро Шевчук', 'суд'])
  })
})

describe('"according to" with an adjective', () => {
  it('reads "по предварительным данным" with or without a source, and keeps "по его словам" the possessive\'s', () => {
    expect(said('По предварительным данным, порт закрыт до понедельника.', 'ru')).toEqual([{ speaker: null, cue: 'По предварительным данным', content: ['порт закрыт до понедельника'], kind: 'indirect' }])
    expect(said('За попередніми даними міністерства, порт закрито.', 'uk').map((s) => [s.cue, s.speaker])).toEqual([['За попередніми даними', 'міністерства']])
    expect(said('Хенрик Соллас прибыл в порт. По его словам, учения закончены.', 'ru').map((s) => s.speaker)).toEqual(['Хенрик Соллас'])
  })
})
