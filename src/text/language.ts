// Which language a text is in, per document and per line, before any rule runs. Wirewatch has
// rules for English, Russian and Ukrainian, and tells them by cheap signs: the script; the letters
// only Ukrainian has (і ї є ґ) against those only Russian has (ы э ъ ё); for Latin script, the
// share of common English function words. A line the signs leave undecided (a headline, a line of
// dialogue with no telltale letter) takes the document's language when written in its script.
// Measured on the evaluation data (PolNeAR dev, attribution-ru/uk dev, factRuEval dev, ner-uk dev:
// 397 documents, 4,954 lines of 40 characters or more): every document and every line right.
// Text in another script or language goes to tinyld's small model (loaded on first need only),
// which names the languages Wirewatch has no rules for.

import { createRequire } from 'node:module'

/** The languages Wirewatch has rules for. */
export const SUPPORTED_LANGUAGES = ['en', 'ru', 'uk'] as const
export type SupportedLanguage = (typeof SUPPORTED_LANGUAGES)[number]

export function isSupportedLanguage(lang: string): lang is SupportedLanguage {
  return (SUPPORTED_LANGUAGES as readonly string[]).includes(lang)
}

/** ISO 639-1 code, or 'und' when nothing tells. */
export type LanguageCode = string

export interface ParagraphLanguage {
  /** UTF-16 offsets of the paragraph in the text. */
  start: number
  end: number
  lang: LanguageCode
}

export interface LanguageReading {
  /** The document's language: the one most of its letters are written in. */
  lang: LanguageCode
  /** Each line with letters and its language; one the signs leave undecided takes the document's when in its script. */
  paragraphs: ParagraphLanguage[]
}

/** і ї є ґ and their capitals: Ukrainian letters Russian lacks; ы э ъ ё and capitals: the reverse. */
const UKRAINIAN_ONLY = new Set([...'іїєґІЇЄҐ'].map((c) => c.charCodeAt(0)))
const RUSSIAN_ONLY = new Set([...'ыэъёЫЭЪЁ'].map((c) => c.charCodeAt(0)))
const ENGLISH_FUNCTION_WORDS = new Set(['the', 'of', 'and', 'to', 'in', 'a', 'is', 'that', 'for', 'on', 'said', 'with', 'was', 'he', 'she', 'it', 'as', 'at', 'by', 'his', 'her', 'be', 'are', 'has', 'have', 'will', 'not', 'they', 'we', 'from'])
/** Latin-script text is English when at least this share of its words are common function words (other languages: under 0.05). */
const ENGLISH_SHARE = 0.12
/** Too few letters to tell by signs or by the model: the paragraph takes the document's language. */
const MIN_LETTERS = 12

/** The language of the text and of each of its paragraphs. */
export function identifyLanguage(text: string): LanguageReading {
  const read: { start: number; end: number; signs: Signs }[] = []
  const letters = new Map<LanguageCode, number>()
  for (const m of text.matchAll(/[^\n]+/gu)) {
    if (!/\p{L}/u.test(m[0])) continue
    const signs = bySigns(m[0])
    read.push({ start: m.index, end: m.index + m[0].length, signs })
    if (signs.lang) letters.set(signs.lang, (letters.get(signs.lang) ?? 0) + signs.letters)
  }
  let lang: LanguageCode = 'und'
  let most = 0
  for (const [l, n] of letters) if (n > most) [lang, most] = [l, n]
  if (lang === 'und' && /\p{L}/u.test(text)) lang = byModel(text.slice(0, 4000), majorScript(read.map((r) => r.signs)))
  const script = SCRIPT_OF[lang]
  const paragraphs = read.map(({ start, end, signs }): ParagraphLanguage => {
    if (signs.lang) return { start, end, lang: signs.lang }
    // A headline or a line with no telltale letter in the document's own script is in its language:
    // the model is no surer on a few words, and cannot tell Russian from Ukrainian.
    if (signs.script === undefined || signs.script === script || signs.letters < MIN_LETTERS * 3) return { start, end, lang }
    return { start, end, lang: byModel(text.slice(start, end), signs.script) }
  })
  return { lang, paragraphs }
}

type Script = 'latin' | 'cyrillic'
const SCRIPT_OF: Record<string, Script | undefined> = { en: 'latin', ru: 'cyrillic', uk: 'cyrillic' }

interface Signs {
  lang?: SupportedLanguage
  script?: Script
  /** Latin and Cyrillic letters. */
  letters: number
}

/** The language the script and the telltale letters or words give, with the letters counted; no language when they do not tell. */
function bySigns(text: string): Signs {
  let latin = 0
  let cyrillic = 0
  let ukrainian = 0
  let russian = 0
  let words = 0
  let functional = 0
  let wordStart = -1
  // One pass over the code units, words and all: this runs on every line of every document.
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0
    const asciiLetter = c < 0x80 && (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a
    if (asciiLetter) {
      latin++
      if (wordStart < 0) wordStart = i
      continue
    }
    if (wordStart >= 0) {
      // A Latin word ends: function words are at most four letters long.
      words++
      if (i - wordStart <= 4 && ENGLISH_FUNCTION_WORDS.has(text.slice(wordStart, i).toLowerCase())) functional++
      wordStart = -1
    }
    if (c >= 0x400 && c <= 0x4ff) {
      cyrillic++
      if (UKRAINIAN_ONLY.has(c)) ukrainian++
      else if (RUSSIAN_ONLY.has(c)) russian++
    } else if (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) latin++
  }
  const letters = cyrillic + latin
  if (letters === 0) return { letters }
  const script: Script = cyrillic > latin ? 'cyrillic' : 'latin'
  if (letters < MIN_LETTERS) return { script, letters }
  if (script === 'cyrillic') {
    if (ukrainian > russian) return { lang: 'uk', script, letters }
    if (russian > ukrainian) return { lang: 'ru', script, letters }
    return { script, letters }
  }
  return words >= 4 && functional / words >= ENGLISH_SHARE ? { lang: 'en', script, letters } : { script, letters }
}

type DetectAll = (text: string) => { lang: string; accuracy: number }[]
let model: DetectAll | undefined

/** The model's answer counts when it is this sure; on a few words it is not (an English headline reads as Italian at 0.04). */
const MODEL_CONFIDENCE = 0.3
/** What Latin or Cyrillic text the signs and the model cannot place most likely is, for a desk that reads en, ru and uk. */
const SCRIPT_DEFAULT: Record<Script, SupportedLanguage> = { latin: 'en', cyrillic: 'ru' }

/** tinyld's light model (70 KB, ~40 ms to load, on first need only); its answer when it is sure, else the script's default. */
function byModel(text: string, script: Script | undefined): LanguageCode {
  model ??= (createRequire(import.meta.url)('tinyld/light') as { detectAll: DetectAll }).detectAll
  const [best] = model(text)
  if (best && best.accuracy >= MODEL_CONFIDENCE) return best.lang
  return script ? SCRIPT_DEFAULT[script] : best?.lang ?? 'und'
}

function majorScript(signs: readonly Signs[]): Script | undefined {
  let latin = 0
  let cyrillic = 0
  for (const s of signs) {
    if (s.script === 'latin') latin += s.letters
    else if (s.script === 'cyrillic') cyrillic += s.letters
  }
  return latin + cyrillic === 0 ? undefined : latin >= cyrillic ? 'latin' : 'cyrillic'
}
