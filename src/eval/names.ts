// Speaker names compared as DESIGN.md defines it for speaker-name accuracy: script-blind
// (Cyrillic transliterated, case, accents and punctuation ignored); a predicted name is the gold
// speaker when it has the gold name's surname (its last word) among its words, or when the
// whole names are equal.

import { transliterate } from '../text/transliterate.js'

/** What the gold writes where the document never names the speaker. */
export const UNNAMED = '?'

/** The gold canonical name, or undefined when there is none (no note, empty, or `?`). */
export function goldSpeakerName(note: string | undefined): string | undefined {
  const name = note?.trim()
  return name && name !== UNNAMED ? name : undefined
}

/**
 * True when `predicted` names the gold speaker `gold`. Russian and Ukrainian spell some letters
 * differently in Latin (г: g / h), so both spellings are tried, each on both names alike.
 */
export function isSameSpeaker(gold: string, predicted: string | null | undefined): boolean {
  if (!predicted) return false
  return TABLES.some((lang) => {
    const g = nameWords(gold, lang)
    const p = nameWords(predicted, lang)
    if (g.length === 0 || p.length === 0) return false
    return p.includes(g[g.length - 1]!) || g.join('') === p.join('')
  })
}

const TABLES = ['ru', 'uk'] as const

/** "Дмитрий Песков" → ["dmitriy", "peskov"]; "O'Neill, Jr." → ["oneill", "jr"]; "José" → ["jose"]. */
export function nameWords(name: string, lang: (typeof TABLES)[number] = 'ru'): string[] {
  return transliterate(name.normalize('NFC'), lang)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]/gu, '')
    .split(/\s+/)
    .filter((w) => w !== '')
}
