// Media: the form a statement took, as the text says — "in a video address", "at a press
// conference", "on state television", "said on Telegram", "in a statement on his Telegram channel".

import { englishProvenance } from '../../lexicon/provenance.js'
import { type Analysis, isCapitalized } from '../analysis.js'
import { casedOk, nameMatcher } from './name-matcher.js'
import { type Phrase, phraseAt, phraseIndex } from './phrases.js'
import { isHyphenAdjective, isPossessive } from './word-forms.js'
import { mayBe, wordShapes } from './word-shapes.js'

interface Form {
  medium: string
  broadcast: boolean
}

const MEDIA = phraseIndex<Form>(englishProvenance.media.map((m) => [m.phrase, { medium: m.medium, broadcast: m.broadcast }]))
/** Prepositions a medium follows. */
export const MEDIUM_PREPOSITIONS: ReadonlySet<string> = englishProvenance.mediumPrepositions
const PLATFORM_PREPOSITIONS = englishProvenance.platformPrepositions
const PLATFORM_LINKS = englishProvenance.platformLinks
const MEDIUM_MODIFIERS = englishProvenance.mediumModifiers
const PLATFORM_NOUNS = englishProvenance.platformNouns
const NOT_MEDIUM_BEFORE = englishProvenance.notMediumBefore
const PLATFORMS = nameMatcher<string>(englishProvenance.platforms.map((p) => [p, p]))

/** A word's part in a medium phrase, looked up once: it opens a medium, opens a platform, or modifies. */
const MEDIUM_FORM = 1
const MEDIUM_PLATFORM = 2
const MEDIUM_MODIFIER = 4
const MEDIUM_ROLES = new Map<string, number>()
for (const w of MEDIA.keys()) MEDIUM_ROLES.set(w, (MEDIUM_ROLES.get(w) ?? 0) | MEDIUM_FORM)
for (const w of PLATFORMS.forward.next?.keys() ?? []) MEDIUM_ROLES.set(w, (MEDIUM_ROLES.get(w) ?? 0) | MEDIUM_PLATFORM)
for (const w of MEDIUM_MODIFIERS) MEDIUM_ROLES.set(w, (MEDIUM_ROLES.get(w) ?? 0) | MEDIUM_MODIFIER)
const MEDIUM_SHAPES = wordShapes(MEDIUM_ROLES.keys())

/**
 * The medium named from token k, just after a medium preposition, within `to`: "a video address",
 * "his nightly video address", "a Telegram post", "Telegram", "a statement on Telegram".
 */
export function mediumAt(a: Analysis, k: number, to: number): { end: number; medium: string } | null {
  const onPlatform = PLATFORM_PREPOSITIONS.has(a.lower[k - 1]!)
  let form: Phrase<Form> | null = null
  let platform: { end: number; value: string } | null = null
  for (let steps = 0; k < to && steps < 5; steps++) {
    const role = mayBe(a, MEDIUM_SHAPES, k) ? (MEDIUM_ROLES.get(a.lower[k]!) ?? 0) : 0
    if (role & MEDIUM_FORM) {
      form = phraseAt(a, MEDIA, k, to)
      if (form) break
    }
    if (role & MEDIUM_PLATFORM) {
      platform = platformAt(a, k, to)
      if (platform) {
        k = platform.end
        form = phraseAt(a, MEDIA, k, to)
        break
      }
    }
    if (role & MEDIUM_MODIFIER || isHyphenAdjective(a, k)) k++
    else if (k + 1 < to && isPossessive(a, k + 1) && isCapitalized(a, k)) k += 2
    else return null
  }
  // "on" takes a platform or a broadcast ("on state television"), not "seized on recent comments".
  if (form && onPlatform && !platform && !form.value.broadcast) return null
  if (!form && !platform) return null
  let end = form ? k + form.words.length : k
  // "television advertising", "a radio show": the medium word modifies another noun.
  if (end < to && NOT_MEDIUM_BEFORE.has(a.lower[end]!)) return null
  if (form && !platform && end + 1 < to && PLATFORM_LINKS.has(a.lower[end]!)) {
    // "in a statement on Telegram"
    let j = end + 1
    if (MEDIUM_MODIFIERS.has(a.lower[j]!)) j++
    platform = platformAt(a, j, to)
    if (platform) end = platform.end
  }
  const medium = form && platform ? `${form.value.medium} on ${platform.value}` : form ? form.value.medium : platform!.value
  return { end, medium }
}

/** A platform at token k, with the noun that may follow it ("Telegram channel"). */
function platformAt(a: Analysis, k: number, to: number): { end: number; value: string } | null {
  let best: { end: number; value: string } | null = null
  if (!mayBe(a, PLATFORMS.firstShapes, k)) return null
  let node = PLATFORMS.forward.next?.get(a.lower[k]!)
  for (let j = k; node; ) {
    const hit = node.hit
    if (hit && casedOk(a, hit.cased, k)) best = { end: j + 1, value: hit.value }
    if (++j >= to) break
    node = node.next?.get(a.lower[j]!)
  }
  if (best && best.end < to && PLATFORM_NOUNS.has(a.lower[best.end]!)) best.end++
  return best
}
