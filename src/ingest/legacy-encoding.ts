// Which single-byte encoding a text that is not UTF-8 was written in. Windows-1251, KOI8 and
// Windows-1252 each decode any byte, so every candidate is decoded and the one whose words look
// most like real Russian, Ukrainian or Western European text wins:
// - Cyrillic letters score by their frequency in Russian/Ukrainian text (о, е, а common; ъ, ѓ rare);
// - a KOI8 text read as 1251 (or the reverse) swaps case and order: words come out capitalised in
//   the middle ("оПХБЕР") or all in capitals, which real text rarely is;
// - a Western text read as 1251 mixes scripts inside words ("cafй"), and a Cyrillic text read as
//   1252 gives words made mostly of accented letters ("Ïðèâåò");
// - symbols from the upper half that real text rarely uses (box drawing, ¤, ¦) count against.

import iconv from 'iconv-lite'

export interface LegacyGuess {
  encoding: 'windows-1251' | 'koi8-r' | 'koi8-u' | 'windows-1252'
  text: string
}

// Letter frequencies in per cent, Russian (o 10.97 … ъ 0.04) with the Ukrainian letters added.
const FREQUENCY: Record<string, number> = {
  о: 10.97, е: 8.45, а: 8.01, и: 7.35, н: 6.7, т: 6.26, с: 5.47, р: 4.73, в: 4.54, л: 4.4, к: 3.49, м: 3.21,
  д: 2.98, п: 2.81, у: 2.62, я: 2.01, ы: 1.9, ь: 1.74, г: 1.7, з: 1.65, б: 1.59, ч: 1.44, й: 1.21, х: 0.97,
  ж: 0.94, ш: 0.73, ю: 0.64, ц: 0.48, щ: 0.36, э: 0.32, ф: 0.26, ъ: 0.04, ё: 0.04,
  і: 4.0, ї: 0.6, є: 0.4, ґ: 0.05,
}
const SAMPLE_BYTES = 64 * 1024
const AVERAGE = 3
const RARE = 0.01

// Punctuation from the upper half that real text uses.
const USUAL_SYMBOLS = new Set('«»—–“”„‘’…№•·\u00a0°€§©®™±'.split(''))

const WORD = /\p{L}+/gu
const CYRILLIC = /\p{Script=Cyrillic}/u
const LATIN = /\p{Script=Latin}/u

/** Decodes bytes that are not UTF-8 with the most plausible legacy encoding. */
export function guessLegacyEncoding(bytes: Uint8Array): LegacyGuess {
  // The head decides: scoring 50 MB three times would cost more than it tells.
  const sample = bytes.subarray(0, SAMPLE_BYTES)
  const candidates: LegacyGuess[] = [
    { encoding: 'windows-1251', text: iconv.decode(sample, 'windows-1251') },
    koi8(sample),
    { encoding: 'windows-1252', text: iconv.decode(sample, 'windows-1252') },
  ]
  let best = candidates[0]!
  let bestScore = plausibility(best.text)
  for (const candidate of candidates.slice(1)) {
    const score = plausibility(candidate.text)
    if (score > bestScore) {
      best = candidate
      bestScore = score
    }
  }
  if (sample.length === bytes.length) return best
  return { encoding: best.encoding, text: iconv.decode(bytes, best.encoding) }
}

/** KOI8-U reads Ukrainian letters KOI8-R has as box drawing; call it KOI8-R when that makes no difference. */
function koi8(bytes: Uint8Array): LegacyGuess {
  const text = iconv.decode(bytes, 'koi8-u')
  return { encoding: text === iconv.decode(bytes, 'koi8-r') ? 'koi8-r' : 'koi8-u', text }
}

/** Higher is more like real text. Only letters and upper-half symbols count: ASCII is the same in every candidate. */
export function plausibility(text: string): number {
  let score = 0
  for (const m of text.matchAll(WORD)) score += wordScore(m[0])
  for (const ch of text) {
    const code = ch.charCodeAt(0)
    if (code >= 0x80 && !/\p{L}/u.test(ch) && !USUAL_SYMBOLS.has(ch)) score -= 3
  }
  return score
}

function wordScore(word: string): number {
  let cyrillic = 0
  let latin = 0
  let accented = 0
  for (const ch of word) {
    if (CYRILLIC.test(ch)) cyrillic++
    else if (LATIN.test(ch)) {
      latin++
      if (ch.charCodeAt(0) >= 0x80) accented++
    }
  }
  if (cyrillic > 0 && latin > 0) return -3 * (cyrillic + latin) // no real word mixes the scripts
  if (cyrillic > 0) return cyrillicWordScore(word)
  if (accented === 0) return 0
  // "café", "Müller", "señor": a few accents among plain letters. "Ïðèâåò": all accents.
  return accented / latin <= 0.34 ? accented : -2 * accented
}

function cyrillicWordScore(word: string): number {
  const letters = [...word]
  let score = 0
  let upper = 0
  for (let i = 0; i < letters.length; i++) {
    const ch = letters[i]!
    const lower = ch.toLowerCase()
    score += Math.log((FREQUENCY[lower] ?? RARE) / AVERAGE)
    if (ch !== lower) {
      upper++
      // A capital after a small letter: "оПХБЕР" is KOI8 read as 1251, or the reverse.
      if (i > 0 && letters[i - 1] === letters[i - 1]!.toLowerCase()) score -= 4
    }
  }
  // Long words all in capitals are rare in running text, and what a wrong decoding gives.
  if (upper === letters.length && letters.length >= 5) score -= 0.5 * letters.length
  // No Russian or Ukrainian word starts with these.
  if (/^[ьъыЬЪЫ]/.test(word)) score -= 4
  return score
}
