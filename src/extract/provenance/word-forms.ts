// How a word before or inside an outlet's or a medium's name is written: the possessive ending
// ("Russia's"), and a capitalised word made an adjective by a hyphen ("Kremlin-aligned").

import { englishProvenance } from '../../lexicon/provenance.js'
import type { Analysis } from '../analysis.js'

const POSSESSIVE_MARKS = englishProvenance.possessiveMarks

/** Token k is the possessive ending: "'s". */
export function isPossessive(a: Analysis, k: number): boolean {
  return POSSESSIVE_MARKS.has(a.lower[k]!)
}

/** "Spanish-language", "Moscow-based", "Kremlin-aligned": a capitalised word made an adjective by a hyphen. */
export function isHyphenAdjective(a: Analysis, k: number): boolean {
  const end = a.tok.end(k) - 1
  for (let i = a.tok.start(k) + 1; i < end; i++) {
    if (a.text.charCodeAt(i) !== 45) continue
    const after = a.text.charCodeAt(i + 1)
    return after >= 97 && after <= 122
  }
  return false
}
