// Frames: the channel and medium phrases of a sentence, found in one scan that stops only at the
// words that may open one ("told", "reported", "in", …) and skips the statements' contents.

import type { Analysis } from '../analysis.js'
import { CHANNEL_AFTER, CHANNEL_BEFORE, channelPhraseAt, outletEndBefore } from './channels.js'
import { MEDIUM_PREPOSITIONS, mediumAt } from './media.js'
import type { OutletFound, OutletReader } from './outlets.js'
import { mayBe, wordShapes } from './word-shapes.js'

/** A channel or medium named in a sentence: tokens [start, end). */
export interface Frame {
  start: number
  end: number
  outlet: OutletFound | null
  medium: string | null
}

// Objects made in one shape only, so that the code reading them stays specialised.
function frame(start: number, end: number, outlet: OutletFound | null, medium: string | null): Frame {
  return { start, end, outlet, medium }
}

/** Words that open a scan: a channel phrase, a verb an outlet stands before, a medium's preposition. */
const TRIGGERS = new Set([...CHANNEL_BEFORE.keys(), ...CHANNEL_AFTER, ...MEDIUM_PREPOSITIONS])
/** What a trigger word may open, looked up once: channel phrases, an outlet before it, a medium. */
const TRIGGER_ROLES = new Map(
  [...TRIGGERS].map((w) => [w, { before: CHANNEL_BEFORE.get(w), after: CHANNEL_AFTER.has(w), medium: MEDIUM_PREPOSITIONS.has(w) }]),
)
const TRIGGER_SHAPES = wordShapes(TRIGGERS)

/** Every channel and medium phrase in tokens [from, to) that starts outside the character ranges `skip` (sorted); null for none. */
export function findFrames(a: Analysis, outlets: OutletReader, from: number, to: number, skip: readonly (readonly [number, number])[]): Frame[] | null {
  let frames: Frame[] | null = null
  let r = 0
  for (let i = from; i < to; i++) {
    if (r < skip.length) {
      const at = a.tok.start(i)
      while (r < skip.length && skip[r]![1] <= at) r++
      if (r < skip.length && at >= skip[r]![0]) {
        // Jump to the last token that starts inside the range.
        const end = skip[r]![1]
        let next = a.tok.at(end)
        if (next < a.tok.count && a.tok.start(next) < end) next++
        i = next - 1
        continue
      }
    }
    if (!a.tok.isWord(i) || !mayBe(a, TRIGGER_SHAPES, i)) continue
    const role = TRIGGER_ROLES.get(a.lower[i]!)
    if (role === undefined) continue
    if (role.before) {
      const p = channelPhraseAt(a, role.before, i, to)
      if (p) {
        const outlet = outlets.outletAt(i + p.words.length, to)
        if (outlet) (frames ??= []).push(frame(i, outlet.end, outlet, p.value ?? null))
      }
    }
    if (role.after) {
      const outlet = outlets.outletEndingAt(outletEndBefore(a, i, from), from)
      if (outlet) (frames ??= []).push(frame(outlet.start, i + 1, outlet, null))
    }
    if (role.medium) {
      const medium = mediumAt(a, i + 1, to)
      if (medium) (frames ??= []).push(frame(i, medium.end, null, medium.medium))
    }
  }
  return frames
}
