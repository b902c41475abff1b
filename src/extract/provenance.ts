// Provenance: through which outlets, and in what form, each statement reached us, as the running
// text says it — "according to TASS", "told RIA Novosti", "in an interview with Kommersant",
// "…, Interfax reported", "said on Telegram", "in a video address", "at a press conference".
//
// This file gives each statement the channels and the medium its sentence names, the outlet that
// is its speaker, and the channels of any statement that reports it. What it reads lives in
// ./provenance/: frames.ts scans a sentence for channel (channels.ts) and medium (media.ts)
// phrases, outlets.ts reads the outlets they name, outlet-entities.ts makes them entities. The
// phrases are data (lexicon/en/provenance.json), the outlets come from an outlet registry, and both
// are compiled once into sets and maps over lower-case tokens; a document pays only for a scan of
// the sentences that hold a statement.
import { lowerBound } from '../core/bisect.js'
import type { Entity } from '../core/records.js'
import type { OutletRegistry } from '../lexicon/outlet-registry.js'
import type { Analysis } from './analysis.js'
import type { Attribution } from './attribution.js'
import type { NameFindings } from './entities.js'
import { type Frame, findFrames } from './provenance/frames.js'
import { outletEntity } from './provenance/outlet-entities.js'
import { type OutletFound, OutletReader, outletMatcher } from './provenance/outlets.js'
import type { ResolvedSpeaker } from './speakers.js'

export { forwardingOutlets } from './provenance/outlet-entities.js'

export interface ProvenanceFindings {
  /** Per attribution (same order): outlet entity ids the text names as its channel, in text order. */
  via: string[][]
  /** Per attribution: the form it took ("interview", "video address", "Telegram"), if the text says. */
  media: (string | undefined)[]
  /** The outlets named, with the spans they were read from; merge them into the document's entities. */
  outlets: Entity[]
}

/**
 * For each attribution, the outlets its sentence names as its channel (outside its content, nearest
 * to its cue or source among the sentence's statements), the outlet that is its speaker, and those
 * of any statement whose content reports it; and the medium it was said in.
 */
export function findProvenance(
  a: Analysis,
  attributions: readonly Attribution[],
  speakers: readonly ResolvedSpeaker[],
  names: NameFindings,
  entityIds: readonly string[],
  registry: OutletRegistry,
): ProvenanceFindings {
  const count = attributions.length
  const reader = new OutletReader(a, outletMatcher(registry))
  const found: (OutletFound[] | undefined)[] = new Array(count)
  const media: (string | undefined)[] = new Array(count)
  const mediumDistance: number[] = []
  const cueAt = new Array<number>(count)
  for (let n = 0; n < count; n++) cueAt[n] = a.tok.start(attributions[n]!.cue.head)

  // The statements of each sentence, sentence by sentence.
  const sentenceOf = new Array<number>(count)
  for (let n = 0; n < count; n++) sentenceOf[n] = a.sent.of(attributions[n]!.cue.head)
  const bySentence = new Map<number, number[]>()
  for (let n = 0; n < count; n++) {
    const list = bySentence.get(sentenceOf[n]!)
    if (list) list.push(n)
    else bySentence.set(sentenceOf[n]!, [n])
  }
  for (const [sentence, members] of bySentence) {
    const first = members[0]!
    // A frame inside a statement's content tells of what was said, not how: it may serve only
    // statements inside that same content ("according to TASS, Peskov told RIA Novosti …"). So a
    // content that holds no other statement's cue need not be read at all.
    let skip: readonly (readonly [number, number])[] = attributions[first]!.content
    if (members.length > 1) {
      const ranges: [number, number][] = []
      for (const m of members) {
        const at = attributions[m]!
        if (members.some((o) => o !== m && inContent(at, cueAt[o]!))) continue
        for (const range of at.content) ranges.push(range)
      }
      // Few ranges, mostly in order already: an insertion sort.
      for (let k = 1; k < ranges.length; k++) {
        const range = ranges[k]!
        let j = k
        for (; j > 0 && ranges[j - 1]![0] > range[0]; j--) ranges[j] = ranges[j - 1]!
        ranges[j] = range
      }
      skip = ranges
    }
    const frames = findFrames(a, reader, a.sent.start(sentence), a.sent.end(sentence), skip)
    if (frames === null) continue
    for (const frame of frames) {
      const at = a.tok.start(frame.start)
      let best = -1
      let bestDistance = Infinity
      for (const n of members) {
        const att = attributions[n]!
        if (members.some((h) => inContent(attributions[h]!, at) && !inContent(attributions[h]!, cueAt[n]!))) continue
        let d = gap(frame, att.cue.start, att.cue.end)
        if (att.source) d = Math.min(d, gap(frame, att.source[0], att.source[1]))
        if (d < bestDistance) {
          best = n
          bestDistance = d
        }
      }
      if (best < 0) continue
      if (frame.outlet) (found[best] ??= []).push(frame.outlet)
      if (frame.medium && !(bestDistance >= mediumDistance[best]!)) {
        media[best] = frame.medium
        mediumDistance[best] = bestDistance
      }
    }
  }

  // An outlet that is the speaker ("TASS reported", "according to the agency Interfax") is a channel too.
  const ids: string[][] = new Array(count)
  const outlets = new Map<string, Entity>()
  let any = false
  for (let n = 0; n < count; n++) {
    const at = attributions[n]!
    const speaker = speakers[n]!
    const cluster = speaker.cluster !== undefined ? names.clusters[speaker.cluster] : undefined
    let list: string[] | undefined
    if (cluster?.outlet) list = [entityIds[speaker.cluster!]!]
    else if (at.source && cluster?.type !== 'person' && reader.mayHoldOutlet(at.source[0], at.source[1])) {
      // The source is the outlet ("The New York Post", "the state news agency TASS"), not something of
      // it ("a Bloomberg poll", "RT's management", "CNN's Jake Tapper").
      let end = at.source[1]
      while (end > at.source[0] && a.tok.isPunct(end - 1)) end--
      const outlet = reader.outletAt(at.source[0], end, false)
      if (outlet && outlet.end === end) (found[n] ??= []).unshift(outlet)
    }
    const named = found[n]
    if (named) {
      for (const outlet of named) {
        const id = outletEntity(a, outlet, names, entityIds, outlets).id
        list ??= []
        if (!list.includes(id)) list.push(id)
      }
    }
    ids[n] = list ?? NONE
    if (list) any = true
  }

  // A statement reported inside another's content came through that one's channels as well:
  // "Peskov said …, TASS reported", "according to Interfax, Lavrov told reporters …".
  // Until nothing changes, for a report inside a report inside a report.
  // The statements by where their cue is, so that those inside a content are found by bisection.
  const byCue = any && count > 1 ? [...cueAt.keys()].sort((x, y) => cueAt[x]! - cueAt[y]! || x - y) : []
  const sortedCues = byCue.map((n) => cueAt[n]!)
  for (let changed = byCue.length > 0, round = 0; changed && round < 4; round++) {
    changed = false
    for (let outer = 0; outer < count; outer++) {
      if (ids[outer]!.length === 0) continue
      for (const inner of statementsInside(attributions[outer]!.content, byCue, sortedCues)) {
        if (inner === outer) continue
        const missing = ids[outer]!.filter((id) => !ids[inner]!.includes(id))
        if (missing.length === 0) continue
        ids[inner] = [...ids[inner]!, ...missing]
        changed = true
      }
    }
  }
  return { via: ids, media, outlets: [...outlets.values()] }
}

/** The statements (by index, in index order) whose cue lies inside one of `ranges`. */
function statementsInside(ranges: readonly (readonly [number, number])[], byCue: readonly number[], sortedCues: readonly number[]): number[] {
  const inside: number[] = []
  for (const [from, to] of ranges) {
    for (let k = lowerBound(sortedCues, from); k < sortedCues.length && sortedCues[k]! < to; k++) inside.push(byCue[k]!)
  }
  return inside.sort((x, y) => x - y)
}

/** Shared by every statement whose text names no channel; never mutated. */
const NONE: string[] = []

function inContent(at: Attribution, offset: number): boolean {
  for (const range of at.content) if (offset >= range[0] && offset < range[1]) return true
  return false
}

function gap(frame: Frame, start: number, end: number): number {
  if (frame.start >= end) return frame.start - end
  if (start >= frame.end) return start - frame.end
  return 0
}
