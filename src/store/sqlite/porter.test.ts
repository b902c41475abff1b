import Database from 'better-sqlite3'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { WORD } from '../query.js'
import { stemLikeFts5 } from './porter.js'

const TRAIN_TEXT = new URL('../../../../shared/polnear/train/text', import.meta.url).pathname

/** What FTS5's own tokenizer stores for each word: one row per word, read back through fts5vocab. */
function fts5Stems(words: readonly string[]): Map<string, string> {
  const db = new Database(':memory:')
  db.exec(`CREATE VIRTUAL TABLE t USING fts5(x, tokenize = 'porter unicode61 remove_diacritics 2');
           CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance');`)
  const insert = db.prepare('INSERT INTO t (rowid, x) VALUES (?, ?)')
  db.transaction(() => words.forEach((w, k) => insert.run(k + 1, w)))()
  const stems = new Map<string, string>()
  for (const { doc, term } of db.prepare('SELECT doc, term FROM v').all() as { doc: number; term: string }[]) {
    const word = words[doc - 1]!
    // A word FTS5 splits into several tokens is left out: the pairs never see it whole either.
    stems.set(word, stems.has(word) ? '\u0000split' : term)
  }
  db.close()
  return new Map([...stems].filter(([, stem]) => stem !== '\u0000split'))
}

describe('stemLikeFts5', () => {
  it('stems every word of PolNeAR train as FTS5 does', () => {
    const words = new Set<string>()
    for (const file of readdirSync(TRAIN_TEXT)) for (const w of readFileSync(join(TRAIN_TEXT, file), 'utf8').match(WORD) ?? []) words.add(w)
    const list = [...words]
    expect(list.length).toBeGreaterThan(28_000)
    const fts5 = fts5Stems(list)
    const wrong = list.filter((w) => fts5.has(w) && stemLikeFts5(w) !== fts5.get(w)).map((w) => `${w}: ${stemLikeFts5(w)} ≠ ${fts5.get(w)}`)
    expect(wrong.slice(0, 20)).toEqual([])
    expect(fts5.size).toBeGreaterThan(list.length * 0.99)
  })

  it('stems short words, capitals, diacritics and other scripts as FTS5 does', () => {
    const words = [
      'one', 'on', 'use', 'using', 'us', 'is', 'as', 'a', 'yes', 'yearly', 'agreed', 'feed', 'hopping', 'hoping', 'filing',
      'generalizations', 'relational', 'triplicate', 'electrical', 'adjustment', 'controlling', 'roll', 'sky', 'happy',
      'TALKS', 'Zürich', 'naïve', 'Émile', 'İstanbul', 'Ilsa', 'Варга', 'переговоры', 'ёлка', 'Ілса', 'москваs', 'façades',
      '2020s', 'covid19', 'ab1', 'x', 'ﬁle', 'straße', 'ἀθήνα', 'Ελλάδα', 'Łódź', 'Đorđe', 'ǅemal', 'ﬀ', '½', 'е\u0308лка', '\u0304ve', 'ǽsir', 'ǖber', 'øl', 'cafe\u0301s',
    ]
    const fts5 = fts5Stems(words)
    expect(words.filter((w) => fts5.has(w) && stemLikeFts5(w) !== fts5.get(w)).map((w) => `${w}: ${stemLikeFts5(w)} ≠ ${fts5.get(w)}`)).toEqual([])
    expect(fts5.size).toBeGreaterThan(words.length - 3)
  })
})
