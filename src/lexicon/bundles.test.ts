import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { SUPPORTED_LANGUAGES } from '../text/language.js'
import { bundleOf } from './bundle.js'

// Languages are bundles: lexicon/<lang>/ holds the same data files for every language, each a JSON
// object whose _comment says what its fields hold and who reads them. A language may hold more
// (English its trained cue model and place names; Russian and Ukrainian their first names), never less.

const SHARED = ['abbreviations', 'calendar', 'cues', 'events', 'grammar', 'names', 'pronouns', 'provenance', 'stance'].map((f) => `${f}.json`)
const ONLY = {
  en: ['cue-classifier.json', 'cues.learned.json', 'outlets.json', 'places.json'],
  ru: ['first-names.json'],
  uk: ['first-names.json'],
}
const root = fileURLToPath(new URL('.', import.meta.url))
const dataFiles = (lang: string) => readdirSync(join(root, lang)).filter((f) => f.endsWith('.json')).sort()

describe('language bundles', () => {
  for (const lang of SUPPORTED_LANGUAGES) {
    it(`${lang} holds the shared data files, and only the extras it declares`, () => {
      expect(dataFiles(lang)).toEqual([...SHARED, ...ONLY[lang]].sort())
    })

    it(`${lang} compiles into the bundle its stages read`, () => {
      expect(bundleOf(lang).lang).toBe(lang)
      expect(bundleOf(lang).calendar.months).toHaveLength(12)
    })

    for (const file of dataFiles(lang)) {
      it(`${lang}/${file} parses and explains itself in a _comment`, () => {
        const data = JSON.parse(readFileSync(join(root, lang, file), 'utf8')) as Record<string, unknown>
        expect(typeof data._comment).toBe('string')
        expect((data._comment as string).length).toBeGreaterThan(40)
      })
    }
  }
})
