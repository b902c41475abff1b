import iuliia from 'iuliia'
import { hasCyrillic, transliterate } from './transliterate.js'

// A name as an English text writes it: its own Latin form where the registry or another document
// gives one, else the Cyrillic transliterated by a named standard — Russian by Wikipedia's
// romanisation (BGN/PCGN simplified: "Дмитрий Песков" → "Dmitry Peskov"; iuliia's WIKIPEDIA
// schema), Ukrainian by the national system of 2010 (KMU decree 55: "Ілса Варга" → "Ilsa Varha";
// transliterate.ts).

/** Ukrainian when the document is, or the name has a letter only Ukrainian writes. */
const UKRAINIAN_ONLY = /[іїєґІЇЄҐ]/u

export function englishName(name: string, options: { aliases?: readonly string[]; lang?: string } = {}): string {
  if (!hasCyrillic(name)) return name
  const latin = options.aliases?.find((a) => !hasCyrillic(a) && /\p{L}/u.test(a) && a !== a.toUpperCase())
  if (latin) return latin
  return romanise(name, options.lang)
}

/** The Cyrillic of a text in Latin letters by the standard of its language; other characters as they are. */
export function romanise(text: string, lang?: string): string {
  if (!hasCyrillic(text)) return text
  if (lang === 'uk' || (lang !== 'ru' && UKRAINIAN_ONLY.test(text))) return transliterate(text, 'uk')
  return iuliia.translate(text, iuliia.WIKIPEDIA)
}
