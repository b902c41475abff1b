// Adjuncts that may stand between a cue and its content and belong to neither: when, where, to whom.

import type { CueLexicon } from '../../lexicon/cues.js'
import { englishGrammar as grammar } from '../../lexicon/grammar.js'
import { englishPronouns as pronouns } from '../../lexicon/pronouns.js'
import type { Analysis } from '../analysis.js'
import { TERMINAL, isPunct } from './text-layer.js'

/**
 * Skips adjuncts between a cue and its content: times ("on Friday", "last week", "Monday"), settings
 * ("in a statement", "in an interview with Fox News"), and "to reporters".
 */
export function skipAdjuncts(a: Analysis, lexicon: CueLexicon, r: number, sEnd: number): number {
  for (;;) {
    const w = a.lower[r]
    if (r >= sEnd || w === undefined) return r
    if (grammar.timeWords.has(w)) {
      r++
      continue
    }
    if (grammar.timeLeads.has(w) && r + 1 < sEnd && grammar.timeWords.has(a.lower[r + 1]!)) {
      r += 2
      continue
    }
    if (w === 'to' && r + 1 < sEnd && pronouns.listeners.has(a.lower[r + 1]!)) {
      r += 2
      continue
    }
    if (grammar.settingPrepositions.has(w) && r + 2 < sEnd) {
      let k = r + 1
      if (grammar.settingDeterminers.has(a.lower[k]!)) k++
      while (k < sEnd && k - r < 5 && !lexicon.settings.has(a.lower[k]!) && a.tok.isWord(k) && !TERMINAL.has(a.lower[k]!)) k++
      if (k < sEnd && lexicon.settings.has(a.lower[k]!)) {
        r = k + 1
        // "… with Fox News", "… on CNN": the setting's own complement.
        if (grammar.settingLinks.has(a.lower[r]!) && r + 1 < sEnd) {
          let j = r + 1
          if (grammar.settingDeterminers.has(a.lower[j]!)) j++
          while (j < sEnd && a.tok.startsUpper(j)) j++
          if (j > r + 1) r = j
        }
        continue
      }
    }
    if (w === ',' && r + 1 < sEnd && (grammar.timeWords.has(a.lower[r + 1]!) || grammar.timeLeads.has(a.lower[r + 1]!))) {
      // "said, on Friday, that": keep looking past a parenthetical time.
      const next = skipAdjuncts(a, lexicon, r + 1, sEnd)
      if (next > r + 1 && isPunct(a, next, ',')) {
        r = next + 1
        continue
      }
    }
    return r
  }
}
