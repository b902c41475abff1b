// Language identification on the evaluation data (read from ../shared at run time) and on
// fictional texts of our own.
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { identifyLanguage } from './language.js'

const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url))
const SETS: [lang: string, dir: string][] = [
  ['en', 'polnear/dev/text'],
  ['ru', 'attribution-ru/dev/text'],
  ['uk', 'attribution-uk/dev/text'],
  ['ru', 'factrueval/dev'],
  ['uk', 'ner-uk/dev'],
]

describe('identifyLanguage', () => {
  it('tells English, Russian and Ukrainian apart, and names another language', () => {
    // All fictional.
    expect(identifyLanguage('Trade Minister Ilsa Varga said that the corridor would reopen on Monday.').lang).toBe('en')
    expect(identifyLanguage('Министр торговли Ильса Варга заявила, что коридор откроется в понедельник.').lang).toBe('ru')
    expect(identifyLanguage('Міністерка торгівлі Ільса Варга заявила, що коридор відкриють у понеділок.').lang).toBe('uk')
    expect(identifyLanguage('Die Handelsministerin Ilsa Varga sagte, der Korridor werde am Montag wieder geöffnet.').lang).toBe('de')
    expect(identifyLanguage('12:30 — 14:00').lang).toBe('und')
  })

  it('reads a mixed text per paragraph: an English brief quoting a Russian statement', () => {
    const text = 'Ilsa Varga, the fictional trade minister, said on Monday that the corridor would reopen.\n\n«Коридор откроется в понедельник, и мы готовы к приходу судов», — заявила Варга.\n\nThe ministry gave no date for the talks.'
    const reading = identifyLanguage(text)
    expect(reading.lang).toBe('en')
    expect(reading.paragraphs.map((p) => p.lang)).toEqual(['en', 'ru', 'en'])
    for (const p of reading.paragraphs) expect(text.slice(p.start, p.end).trim()).not.toBe('')
  })

  describe.skipIf(!existsSync(SHARED))('on the evaluation data', () => {
    it('names every document’s language, and at least 99.5% of its paragraphs’ (100% when measured)', () => {
      let documents = 0
      let documentsRight = 0
      let paragraphs = 0
      let paragraphsRight = 0
      for (const [lang, dir] of SETS) {
        for (const name of readdirSync(SHARED + dir).filter((f) => f.endsWith('.txt'))) {
          const text = readFileSync(`${SHARED}${dir}/${name}`, 'utf8')
          const reading = identifyLanguage(text)
          documents++
          if (reading.lang === lang) documentsRight++
          for (const p of reading.paragraphs) {
            if (p.end - p.start < 40) continue
            paragraphs++
            if (p.lang === lang) paragraphsRight++
          }
        }
      }
      expect(documents).toBeGreaterThan(350)
      expect(documentsRight).toBe(documents)
      expect(paragraphsRight / paragraphs).toBeGreaterThanOrEqual(0.995)
    })
  })
})
