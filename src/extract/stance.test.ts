import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Stance } from '../core/records.js'
import { extract } from './extract.js'
import { buildStanceLexicon, type RawStanceLexicon, stanceOf, stanceOfWords } from './stance.js'

type Case = [content: string, cue: string | null, stance: Stance | undefined]

function check(cases: Case[], lang = 'en'): void {
  for (const [content, cue, want] of cases) expect([content, cue, stanceOf(content, cue, lang)]).toEqual([content, cue, want])
}

describe('stanceOf: English', () => {
  it('reads support', () => {
    check([
      ['that a summit between the two leaders is "necessary" to settle the dispute', 'said', 'support'],
      ['the ministry will support the ceasefire plan', 'said', 'support'],
      ['the talks should be carefully prepared', 'noted', 'support'],
      ['Washington is ready to resume the negotiations next month', 'said', 'support'],
      ['it is important that the agreement is ratified this year', 'stressed', 'support'],
      ['she hopes the visit will go ahead', 'said', 'support'],
    ])
  })

  it('reads opposition', () => {
    check([
      ['the proposal is unacceptable', 'said', 'oppose'],
      ['the government will refuse any deal that cedes territory', 'said', 'oppose'],
      ['the party is against the new tariff bill', 'said', 'oppose'],
      ['the council must stop the construction immediately', 'said', 'oppose'],
    ])
  })

  it('reads skepticism and hedges', () => {
    check([
      ['a ceasefire is unlikely before the winter', 'said', 'skeptical'],
      ['it is premature to talk about a peace treaty', 'said', 'skeptical'],
      ['the round in Geneva brought no breakthrough', 'said', 'skeptical'],
      ['she does not expect the summit to produce an agreement', 'said', 'skeptical'],
      ['he doubts the truce will hold', 'said', 'skeptical'],
    ])
  })

  it('turns stance words around under negation', () => {
    check([
      ['the meeting is not necessary', 'said', 'oppose'],
      ['we do not oppose the plan', 'said', 'support'],
      ["the minister doesn't support the bill", 'said', 'oppose'],
      ['Congress should not pass the bill in its current form', 'said', 'oppose'],
      ['there is no doubt that the reform will pass', 'said', 'support'],
      ['"I have no hope that the talks will succeed"', null, 'skeptical'],
      // Not only … but: no negation.
      ['the deal is not only useful but necessary', 'said', 'support'],
      ["we won't accept these terms", 'said', 'oppose'],
      ["the new sanctions regime won't work", 'said', 'skeptical'],
    ])
  })

  it('raises a negated belief over what follows, and reads it alone as skeptical', () => {
    check([
      ["I don't think the meeting is necessary", 'said', 'oppose'],
      ['he does not believe that the talks will lead to any breakthrough', 'said', 'skeptical'],
      ['the talks will produce results', 'does not believe', 'skeptical'],
      ['the sanctions will change anything', 'did not think', 'skeptical'],
    ])
  })

  it('lets a stance word after a modal speak for it', () => {
    check([
      ['the United States should reject the offer', 'said', 'oppose'],
      ['the talks must resume', 'said', 'support'],
    ])
  })

  it('reads the stance the cue verb carries, and a denial turns the content around', () => {
    check([
      ['the agreement', 'welcomed', 'support'],
      ['the ceasefire proposal', 'rejected', 'oppose'],
      ['the attack on the convoy', 'condemned', 'oppose'],
      ['that the talks would succeed', 'doubted', 'skeptical'],
      ['that the talks could collapse', 'warned', 'skeptical'],
      // A warning is weak: the content says more.
      ['that the plan is unacceptable', 'warned', 'oppose'],
      ['that the meeting was necessary', 'denied', 'oppose'],
      // A negated cue says nothing of its own.
      ['the plan', 'has not endorsed', 'neutral'],
    ])
  })

  it('is neutral when it names an event or proposal and takes no side, and has none when it names neither', () => {
    check([
      ['the talks will take place in Istanbul on Friday', 'said', 'neutral'],
      ['the weather was nice', 'said', undefined],
      ['', null, undefined],
      // Both sides at once.
      ['we support the talks but reject the preconditions', 'said', 'oppose'],
    ])
  })

  it('ignores idioms, questions and names', () => {
    check([
      ['the army will act if necessary', 'said', undefined],
      ['"Should the meeting take place?"', null, 'neutral'],
      ['Hope Hicks left the White House', 'said', undefined],
      ['he met Hope Hicks before the vote', 'said', 'neutral'],
    ])
  })
})

describe('stanceOf: Russian and Ukrainian', () => {
  it('reads Russian', () => {
    check(
      [
        ['Встреча на высшем уровне необходима', null, 'support'],
        ['Мы поддерживаем эту инициативу', null, 'support'],
        ['Мы против этого плана', null, 'oppose'],
        ['Мы не против встречи', null, 'support'],
        ['Такое предложение неприемлемо', null, 'oppose'],
        ['Я сомневаюсь, что переговоры дадут результат', null, 'skeptical'],
        ['Вряд ли переговоры приведут к прорыву', null, 'skeptical'],
        ['Не думаю, что это необходимо', null, 'oppose'],
        ['Встреча пока не нужна', null, 'oppose'],
        ['Нет необходимости во встрече', null, 'oppose'],
        // The negator goes with the belief verb, not with "успех" after it too.
        ['Мы не верим в успех переговоров', null, 'skeptical'],
        ['переговоры пройдут в Стамбуле', 'заявил', 'neutral'],
        ['это решение', 'осудил', 'oppose'],
      ],
      'ru',
    )
  })

  it('reads Ukrainian', () => {
    check(
      [
        ['Зустріч лідерів необхідна', null, 'support'],
        ['Ми підтримуємо цю ініціативу', null, 'support'],
        ['Ми проти такого плану', null, 'oppose'],
        ['Ми не проти переговорів', null, 'support'],
        ['Ці умови неприйнятні', null, 'oppose'],
        ['Я сумніваюся, що перемир’я триватиме', null, 'skeptical'],
        ['Навряд чи переговори будуть успішними', null, 'skeptical'],
        ['Ми не віримо, що переговори приведуть до прориву', null, 'skeptical'],
        ['Немає потреби в такій зустрічі', null, 'oppose'],
        ['Україна не визнає результатів референдуму', null, 'oppose'],
        ['рішення уряду', 'засудив', 'oppose'],
      ],
      'uk',
    )
  })

  it('falls back to English for a language without a lexicon', () => {
    expect(stanceOf('the plan is unacceptable', 'said', 'de')).toBe('oppose')
  })
})

describe('stanceOfWords', () => {
  it('reads lower-case words with their capitalisation, and a cue as words', () => {
    const caps = (...c: number[]) => ({ capitalised: (i: number) => c[i] === 1 })
    expect(stanceOfWords(['hope', 'hicks', 'said', 'it'], null, 'en', caps(1, 1, 0, 0))).toBeUndefined()
    expect(stanceOfWords(['we', 'hope', 'so'], ['said'], 'en', caps(1, 0, 0))).toBe('support')
    expect(stanceOfWords(['the', 'plan'], ['strongly', 'rejected'])).toBe('oppose')
  })

  it('reads only the given ranges of a longer word array, each part its own clause', () => {
    const words = ['the', 'deal', 'is', 'not', '.', 'necessary', 'and', 'unacceptable']
    expect(stanceOfWords(words, null, 'en', { ranges: [5, 6] })).toBe('support')
    // "not" ends its part: it does not negate "necessary" in the next one.
    expect(stanceOfWords(words, null, 'en', { ranges: [0, 4, 5, 6] })).toBe('support')
    expect(stanceOfWords(words, null, 'en', { ranges: [7, 8] })).toBe('oppose')
    expect(stanceOfWords(words, null, 'en', { ranges: [] })).toBeUndefined()
  })

  it('takes a lexicon of the user’s own through buildStanceLexicon', () => {
    const raw: RawStanceLexicon = {
      negators: ['nah'],
      negationWindow: 2,
      clauseBreaks: [','],
      scopeBreaks: ['.'],
      classes: { like: { stance: 'support', negated: 'oppose', weight: 1, terms: ['dig*'] } },
      cues: {},
      topics: [],
    }
    const lex = buildStanceLexicon(raw)
    expect(lex.terms.stems.has('dig')).toBe(true)
    expect(() => buildStanceLexicon({ ...raw, classes: { x: { stance: 'maybe' as Stance, negated: null, weight: 1, terms: ['a'] } } })).toThrow(/unknown stance/)
  })
})

describe('stance in extract', () => {
  it('sets a stance on statements and Quote: blocks, and leaves it off where there is none', () => {
    const doc = extract(
      [
        'date 2026-02-02 Foreign Minister Ana Kovac said the summit with Valdoria is "necessary".',
        '',
        'Quote: "We reject any preconditions for the talks."',
        '',
        'Prime Minister Ivo Brandt said he does not believe the talks will lead to a breakthrough.',
        '',
        'Brandt said the weather in the capital was cold.',
      ].join('\n'),
    )
    const stances = doc.statements.map((s) => [s.speaker.name, s.stance])
    expect(stances).toEqual([
      ['Ana Kovac', 'support'],
      ['Ana Kovac', 'oppose'],
      ['Ivo Brandt', 'skeptical'],
      ['Ivo Brandt', undefined],
    ])
    expect('stance' in doc.statements[3]!).toBe(false)
  })
})

// The seed brief (../shared/seeds), read at run time as in seed.test.ts.
const SEED = new URL('../../../shared/seeds/000_1f2eece8fa9ed85a.txt', import.meta.url)

describe('the seed brief', () => {
  const doc = extract(readFileSync(SEED, 'utf8'))
  const joined = (n: number) => doc.statements[n]!.content.map((c) => c.text).join(' ')

  it('Peskov: a meeting is "necessary" — support', () => {
    const lead = doc.statements.find((s) => s.speaker.name === 'Dmitry Peskov' && /"necessary"/.test(s.content.map((c) => c.text).join(' ')))
    expect(lead?.stance).toBe('support')
  })

  it('Rubio: does not believe the negotiations will lead to any breakthrough — skeptical', () => {
    const rubio = doc.statements.filter((s) => s.speaker.name === 'Marco Rubio')
    expect(rubio).toHaveLength(1)
    expect(rubio[0]!.stance).toBe('skeptical')
  })

  it('gives every statement of the brief a stance or none, never anything else', () => {
    for (let n = 0; n < doc.statements.length; n++) {
      expect([joined(n), doc.statements[n]!.stance]).toEqual([joined(n), expect.toBeOneOf([undefined, 'support', 'oppose', 'skeptical', 'neutral'])])
    }
  })
})
