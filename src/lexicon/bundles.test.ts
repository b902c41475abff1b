import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

// Languages are bundles: lexicon/<lang>/ holds the same data files for every language, each a JSON
// object whose _comment says what its fields hold and who reads them.

const LANGS = ['ru', 'uk']
const root = fileURLToPath(new URL('.', import.meta.url))
const dataFiles = (lang: string) => readdirSync(join(root, lang)).filter((f) => f.endsWith('.json')).sort()

describe('language bundles', () => {
  it('hold the same data files in every language', () => {
    const [first, ...rest] = LANGS.map((lang) => ({ lang, files: dataFiles(lang) }))
    for (const other of rest) expect(other).toEqual({ lang: other.lang, files: first!.files })
  })

  for (const lang of LANGS) {
    for (const file of dataFiles(lang)) {
      it(`${lang}/${file} parses and explains itself in a _comment`, () => {
        const data = JSON.parse(readFileSync(join(root, lang, file), 'utf8')) as Record<string, unknown>
        expect(typeof data._comment).toBe('string')
        expect((data._comment as string).length).toBeGreaterThan(40)
      })
    }
  }
})
