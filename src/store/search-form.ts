import { memoByWord } from '../core/memo.js'
import { stemmer as russianStem } from '@orama/stemmers/russian'
import { stemmer as ukrainianStem } from '@orama/stemmers/ukrainian'
import { WORD } from './query.js'

// The form a word is indexed and searched in, the same at both ends, so that "переговоры" finds
// "переговоров" and "переговорам". A word written in Cyrillic is put in NFC, lower-cased, stripped
// of combining marks (stress accents) and stemmed by @orama/stemmers (Snowball's Russian stemmer,
// a small Ukrainian suffix stripper); any other word is left as written, for FTS5's own porter
// tokenizer (English) to fold and stem as it always has.
//
// Which stemmer: Ukrainian for a word with і, ї, є or ґ (letters Russian does not have), Russian for
// every other Cyrillic word. The choice has to depend on the word alone: a query comes without a
// document around it, and a word must be stemmed at query time exactly as it was when indexed.
// Russian and Ukrainian share most noun and verb endings (-и, -ам, -ами, -ах, -ою…), so a Ukrainian
// word without a telltale letter stemmed the Russian way mostly meets its other forms: measured on
// the Ukrainian evaluation texts (attribution-uk dev and ner-uk dev, 31,510 distinct Cyrillic word
// forms), of the pairs of forms the Ukrainian stemmer alone conflates, this rule conflates 89.6%
// (always the Russian stemmer: 49.3%); on the Russian ones it is the Russian stemmer, 100%
// (always the Ukrainian stemmer would keep 59.9%).
//
// A stem is not always idempotent ("Пескова" → "песков" → "песк"): apply this once, to the words
// as written, never to a form it returned.

/** A letter of the Cyrillic block (U+0400–U+04FF). */
const CYRILLIC = /[\u0400-\u04ff]/
/** Ukrainian letters Russian lacks (lower case: the word is lower-cased first). */
const UKRAINIAN_ONLY = /[іїєґ]/
const MARKS = /\p{M}/gu

/** The word as the index holds it: Cyrillic stemmed (see above), anything else unchanged. */
export function searchForm(word: string): string {
  return CYRILLIC.test(word) ? cyrillicForm(word) : word
}

/** By word: news reuses a few thousand words, and a stemmer costs more than a lookup. */
const cyrillicForm = memoByWord((word) => stemCyrillic(word))

function stemCyrillic(word: string): string {
  const folded = word.normalize('NFC').toLowerCase().replace(MARKS, '')
  if (folded === '') return word
  const stem = (UKRAINIAN_ONLY.test(folded) ? ukrainianStem : russianStem)(folded)
  return stem === '' ? folded : stem
}

/**
 * A text as the full-text index takes it: unchanged when it holds no Cyrillic (the common case, and
 * byte for byte what was indexed before stems), else its words (query.ts's WORD runs, the runs FTS5
 * reads) in their search forms, one space apart. Positions count words alike either way, so phrases
 * still match.
 */
export function searchText(text: string): string
export function searchText(text: string | null): string | null
export function searchText(text: string | null): string | null {
  if (text === null || !CYRILLIC.test(text)) return text
  const words = text.match(WORD)
  if (!words) return ''
  for (let i = 0; i < words.length; i++) words[i] = searchForm(words[i]!)
  return words.join(' ')
}

/** Whether the text holds a Cyrillic letter: only then do its words have search forms of their own. */
export function hasCyrillic(text: string): boolean {
  return CYRILLIC.test(text)
}

/** The words of query phrases (query.ts's phrasesOf) in their search forms. */
export function searchPhrases(phrases: readonly (readonly string[])[]): string[][] {
  return phrases.map((words) => words.map(searchForm))
}
