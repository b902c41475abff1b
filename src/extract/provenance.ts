// Provenance: through which outlets, and in what form, each statement reached us, as the running
// text says it — "according to TASS", "told RIA Novosti", "in an interview with Kommersant",
// "…, Interfax reported", "said on Telegram", "in a video address", "at a press conference".
//
// The phrases are data (lexicon/en/provenance.json), the outlets come from an outlet registry
// (lexicon/outlet-registry.ts), and both are compiled once into sets and maps over lower-case
// tokens; a document pays only for a scan of the sentences that hold a statement.
import { lowerBound } from '../core/bisect.js'
import { englishCalendar } from '../lexicon/calendar.js'
import type { Entity, OutletKind, Span } from '../core/records.js'
import { entityId } from '../core/ids.js'
import { span } from '../core/span.js'
import data from '../lexicon/en/provenance.json' with { type: 'json' }
import { englishNames } from '../lexicon/names.js'
import type { OutletEntry, OutletRegistry } from '../lexicon/outlet-registry.js'
import { Gap, TokenKind, tokenAt, tokenize } from '../text/tokenizer.js'
import { type Analysis, isCapitalized } from './analysis.js'
import type { Attribution } from './attribution.js'
import type { NameFindings } from './entities.js'
import type { ResolvedSpeaker } from './speakers.js'

export interface ProvenanceFindings {
  /** Per attribution (same order): outlet entity ids the text names as its channel, in text order. */
  via: string[][]
  /** Per attribution: the form it took ("interview", "video address", "Telegram"), if the text says. */
  media: (string | undefined)[]
  /** The outlets named, with the spans they were read from; merge them into the document's entities. */
  outlets: Entity[]
}

// ---------------------------------------------------------------------------------------------
// The lexicon, compiled once.

interface Phrase<T> {
  words: string[]
  value: T
}

/** Phrases keyed by their first word, longest first. */
type PhraseIndex<T> = Map<string, Phrase<T>[]>

function phraseIndex<T>(entries: [string, T][]): PhraseIndex<T> {
  const index: PhraseIndex<T> = new Map()
  for (const [phrase, value] of entries) {
    const words = tokenWords(phrase)
    const list = index.get(words[0]!) ?? []
    list.push({ words, value })
    list.sort((x, y) => y.words.length - x.words.length)
    index.set(words[0]!, list)
  }
  return index
}

/** Lower-case tokens of a phrase, split as the tokenizer splits text. */
function tokenWords(phrase: string): string[] {
  const t = tokenize(phrase.toLowerCase())
  const words: string[] = []
  for (let i = 0; i < t.count; i++) words.push(phrase.toLowerCase().slice(t.starts[i]!, t.ends[i]!))
  return words
}

const CHANNEL_BEFORE = phraseIndex<string | undefined>(data.channelBefore.map((p) => [p.phrase, (p as { medium?: string }).medium]))
const CHANNEL_AFTER = new Set(data.channelAfter)
const CHANNEL_AFTER_AUX = new Set(data.channelAfterAuxiliaries)
const OUTLET_PREFIXES = new Set(data.outletPrefixes)
const DESCRIPTORS = new Set(data.descriptors)
const MEDIA = phraseIndex<{ medium: string; afterOn: boolean }>(data.media.map((m) => [m.phrase, { medium: m.medium, afterOn: (m as { afterOn?: boolean }).afterOn === true }]))
const MEDIUM_PREPOSITIONS = new Set(data.mediumPrepositions)
const MEDIUM_MODIFIERS = new Set(data.mediumModifiers)
const PLATFORM_NOUNS = new Set(data.platformNouns)
const NOT_MEDIUM_BEFORE = new Set(data.notMediumBefore)
const DETERMINERS = new Set(['the', 'a', 'an'])
const KIND_NOUNS = phraseIndex<OutletKind>([...englishNames.outletKindNouns])
/** Last word of each outlet-type phrase, for reading "…, the TASS news agency reported" backwards. */
const KIND_NOUN_ENDS = new Set([...englishNames.outletKindNouns.keys()].map((n) => n.slice(n.lastIndexOf(' ') + 1)))
/** Type nouns that, capitalised, end an outlet's own name: "Christian News Service". */
const NAMING_KIND_NOUNS = new Set(data.namingKindNouns.map((n) => tokenWords(n).join(' ')))
/** Words that open a scan: a channel phrase, a verb an outlet stands before, a medium's preposition. */
const TRIGGERS = new Set([...CHANNEL_BEFORE.keys(), ...CHANNEL_AFTER, ...MEDIUM_PREPOSITIONS])
/** What a trigger word may open, looked up once: channel phrases, an outlet before it, a medium. */
const TRIGGER_ROLES = new Map(
  [...TRIGGERS].map((w) => [w, { before: CHANNEL_BEFORE.get(w), after: CHANNEL_AFTER.has(w), medium: MEDIUM_PREPOSITIONS.has(w) }]),
)
const SHAPE_SIZE = 8192
const TRIGGER_SHAPES = wordShapes(TRIGGERS)

/**
 * A filter on (first two letters, length) for a set of lower-case words, read from the text and the
 * token offsets alone: most tokens are ruled out without touching their strings. A small hash table
 * of bits: it may let a word through that is not in the set, never the reverse.
 */
function wordShapes(words: Iterable<string>): Uint8Array {
  const shapes = new Uint8Array(SHAPE_SIZE)
  for (const w of words) shapes[shapeOf(w.charCodeAt(0), w.length > 1 ? w.charCodeAt(1) : 0, w.length)] = 1
  return shapes
}

function shapeOf(c0: number, c1: number, length: number): number {
  // ASCII capitals fold to lower case; other scripts are hashed as they are.
  if (c0 >= 65 && c0 <= 90) c0 |= 32
  if (c1 >= 65 && c1 <= 90) c1 |= 32
  return (Math.imul(c0, 0x9e3779b1) ^ Math.imul(c1 + 1, 0x85ebca6b) ^ Math.imul(length, 0xc2b2ae35)) >>> 19
}

/** Whether token k may be one of the words `shapes` was made from; a word that opens with a non-ASCII letter always may. */
function mayBe(a: Analysis, shapes: Uint8Array, k: number): boolean {
  const start = a.tokens.starts[k]!
  const length = a.tokens.ends[k]! - start
  const c0 = a.text.charCodeAt(start)
  const c1 = length > 1 ? a.text.charCodeAt(start + 1) : 0
  if (c0 >= 128 || c1 >= 128) return true
  return shapes[shapeOf(c0, c1, length)] === 1
}

/** Token k is "'s" or "’s" (read from the text, not the token's string). */
function isPossessive(a: Analysis, k: number): boolean {
  const start = a.tokens.starts[k]!
  if (a.tokens.ends[k]! - start !== 2) return false
  const q = a.text.charCodeAt(start)
  const s = a.text.charCodeAt(start + 1)
  return (q === 39 || q === 0x2019) && (s === 115 || s === 83)
}
/** Capitalised words that name no outlet after "told …" or "on …": weekdays, months, pronouns. */
const NOT_A_NAME = new Set([
  ...englishNames.nonNameCapitals,
  ...englishCalendar.weekdays,
  ...englishCalendar.months,
])

/** A name's entry: what it names, whether it needs a capital, whether it is ambiguous. */
interface NameHit<T> {
  value: T
  cased: boolean
  ambiguous: boolean
}

/** A trie over lower-case tokens: walking it reads only the token strings, building none. */
interface TrieNode<T> {
  next?: Map<string, TrieNode<T>>
  hit?: NameHit<T>
}

/** Names matched token by token, forwards and (for "…, TASS reported") backwards. */
interface NameMatcher<T> {
  forward: TrieNode<T>
  backward: TrieNode<T>
  /** The first word of each name after "the": a cheap test for a name somewhere in a run of words. */
  heads: Set<string>
  headShapes: Uint8Array
  /** Shapes of the first and of the last word of every name, for the forward and backward walks. */
  firstShapes: Uint8Array
  lastShapes: Uint8Array
}

function nameMatcher<T>(names: [string, T, boolean?][]): NameMatcher<T> {
  const m: NameMatcher<T> = { forward: {}, backward: {}, heads: new Set(), headShapes: new Uint8Array(0), firstShapes: new Uint8Array(0), lastShapes: new Uint8Array(0) }
  for (const [name, value, ambiguous = false] of names) {
    const words = tokenWords(name)
    if (words.length === 0) continue
    // A name written with a capital ("Telegram", "The Sun") needs a capital in the text; "dpa" does not.
    const first = name.replace(/^the\s+/i, '')
    const cased = first[0] !== first[0]!.toLowerCase()
    for (const [root, sequence] of [[m.forward, words], [m.backward, [...words].reverse()]] as const) {
      let node = root
      for (const w of sequence) {
        node.next ??= new Map()
        let child = node.next.get(w)
        if (!child) node.next.set(w, (child = {}))
        node = child
      }
      if (!node.hit) node.hit = { value, cased, ambiguous }
      else {
        if (!cased) node.hit.cased = false
        if (!ambiguous) node.hit.ambiguous = false
      }
    }
    m.heads.add(words[0] === 'the' && words.length > 1 ? words[1]! : words[0]!)
  }
  m.firstShapes = wordShapes(m.forward.next?.keys() ?? [])
  m.lastShapes = wordShapes(m.backward.next?.keys() ?? [])
  return m
}

const PLATFORMS = nameMatcher<string>(data.platforms.map((p) => [p, p]))

/** A word's part in a medium phrase, looked up once: it opens a medium, opens a platform, or modifies. */
const MEDIUM_FORM = 1
const MEDIUM_PLATFORM = 2
const MEDIUM_MODIFIER = 4
/** A word's part before an outlet's name, looked up once. */
const OUTLET_DESCRIPTOR = 1
const OUTLET_PREFIX = 2
const OUTLET_NATIONALITY = 4
const OUTLET_KIND = 8
const OUTLET_ROLES = new Map<string, number>()
const addRole = (map: Map<string, number>, w: string, role: number) => map.set(w, (map.get(w) ?? 0) | role)
for (const w of DESCRIPTORS) addRole(OUTLET_ROLES, w, OUTLET_DESCRIPTOR)
for (const w of [...OUTLET_PREFIXES, ...DETERMINERS]) addRole(OUTLET_ROLES, w, OUTLET_PREFIX)
for (const w of englishNames.nationalities) addRole(OUTLET_ROLES, w, OUTLET_NATIONALITY)
for (const w of KIND_NOUNS.keys()) addRole(OUTLET_ROLES, w, OUTLET_KIND)
const MEDIUM_ROLES = new Map<string, number>()
for (const w of MEDIA.keys()) MEDIUM_ROLES.set(w, (MEDIUM_ROLES.get(w) ?? 0) | MEDIUM_FORM)
for (const w of PLATFORMS.forward.next?.keys() ?? []) MEDIUM_ROLES.set(w, (MEDIUM_ROLES.get(w) ?? 0) | MEDIUM_PLATFORM)
for (const w of MEDIUM_MODIFIERS) MEDIUM_ROLES.set(w, (MEDIUM_ROLES.get(w) ?? 0) | MEDIUM_MODIFIER)
const MEDIUM_SHAPES = wordShapes(MEDIUM_ROLES.keys())
const OUTLET_ROLE_SHAPES = wordShapes(OUTLET_ROLES.keys())

/** The outlet names of a registry as a token matcher, ambiguous aliases too; built once per registry. */
const outletMatchers = new WeakMap<OutletRegistry, NameMatcher<OutletEntry>>()

function outletMatcher(registry: OutletRegistry): NameMatcher<OutletEntry> {
  let m = outletMatchers.get(registry)
  if (!m) {
    m = nameMatcher<OutletEntry>(
      registry.outlets.flatMap((o) => [
        ...[o.name, ...o.aliases].map((n): [string, OutletEntry, boolean] => [n, o, false]),
        ...(o.ambiguousAliases ?? []).map((n): [string, OutletEntry, boolean] => [n, o, true]),
      ]),
    )
    // A type noun may introduce an outlet too: "the news agency Interfax".
    for (const noun of KIND_NOUNS.keys()) m.heads.add(noun)
    m.headShapes = wordShapes(m.heads)
    outletMatchers.set(registry, m)
  }
  return m
}

// ---------------------------------------------------------------------------------------------
// Reading a document.

/** An outlet named in the text: a registry entry, or a name that a type noun introduces ("the newspaper Vesti"). */
interface OutletFound {
  start: number
  end: number
  entry: OutletEntry | null
  kind: OutletKind | null
  /** Tokens of descriptors written before it: "Kremlin-aligned", "state-run". */
  descriptors: number[]
}

// Objects made in one shape only, so that the code reading them stays specialised.
function outletFound(start: number, end: number, entry: OutletEntry | null, kind: OutletKind | null, descriptors: number[]): OutletFound {
  return { start, end, entry, kind, descriptors }
}

/** A channel or medium named in a sentence: tokens [start, end). */
interface Frame {
  start: number
  end: number
  outlet: OutletFound | null
  medium: string | null
}

function frame(start: number, end: number, outlet: OutletFound | null, medium: string | null): Frame {
  return { start, end, outlet, medium }
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
  const reader = new Reader(a, outletMatcher(registry))
  const found: (OutletFound[] | undefined)[] = new Array(count)
  const media: (string | undefined)[] = new Array(count)
  const mediumDistance: number[] = []
  const cueAt = new Array<number>(count)
  for (let n = 0; n < count; n++) cueAt[n] = a.tokens.starts[attributions[n]!.cue.head]!

  // The statements of each sentence, sentence by sentence.
  const sentenceOf = new Array<number>(count)
  for (let n = 0; n < count; n++) sentenceOf[n] = a.sentences.ofToken[attributions[n]!.cue.head]!
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
    const frames = reader.frames(a.sentences.starts[sentence]!, a.sentences.ends[sentence]!, skip)
    if (frames === null) continue
    for (const frame of frames) {
      const at = a.tokens.starts[frame.start]!
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
    const cluster = speaker.entity >= 0 ? names.clusters[speaker.entity] : undefined
    let list: string[] | undefined
    if (cluster?.outlet) list = [entityIds[speaker.entity]!]
    else if (at.source && cluster?.type !== 'person' && reader.mayHoldOutlet(at.source[0], at.source[1])) {
      // The source is the outlet ("The New York Post", "the state news agency TASS"), not something of
      // it ("a Bloomberg poll", "RT's management", "CNN's Jake Tapper").
      let end = at.source[1]
      while (end > at.source[0] && a.tokens.kinds[end - 1] === TokenKind.Punct) end--
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

/**
 * The outlets a Telegram export's forwarding chain names ("forwarded from …"), outer first: known
 * outlets as the registry has them, others as Telegram channels. No span: the text does not name them.
 */
export function forwardingOutlets(chain: readonly string[], registry: OutletRegistry): Entity[] {
  const out: Entity[] = []
  for (const written of chain) {
    const name = written.trim()
    if (!name) continue
    const entry = registry.byName.get(name.toLowerCase()) ?? registry.byAmbiguousName.get(name.toLowerCase())
    const canonical = entry?.name ?? name
    const id = entityId('outlet', canonical)
    if (out.some((e) => e.id === id)) continue
    out.push({
      id,
      type: 'outlet',
      name: canonical,
      aliases: [...new Set([canonical, name, ...(entry?.aliases ?? [])])],
      roles: [],
      kind: entry?.kind ?? 'telegram channel',
      ...(entry?.labels ? { labels: [...entry.labels] } : {}),
      mentions: [],
    })
  }
  return out
}

/** "Spanish-language", "Moscow-based", "Kremlin-aligned": a capitalised word made an adjective by a hyphen. */
function isHyphenAdjective(a: Analysis, k: number): boolean {
  const end = a.tokens.ends[k]! - 1
  for (let i = a.tokens.starts[k]! + 1; i < end; i++) {
    if (a.text.charCodeAt(i) !== 45) continue
    const after = a.text.charCodeAt(i + 1)
    return after >= 97 && after <= 122
  }
  return false
}

function inContent(at: Attribution, offset: number): boolean {
  for (const range of at.content) if (offset >= range[0] && offset < range[1]) return true
  return false
}

function gap(frame: Frame, start: number, end: number): number {
  if (frame.start >= end) return frame.start - end
  if (start >= frame.end) return start - frame.end
  return 0
}

/** The entity of an outlet found in the text, kept once per id in `outlets`; its span as a mention unless a name mention has it already. */
function outletEntity(a: Analysis, o: OutletFound, names: NameFindings, entityIds: readonly string[], outlets: Map<string, Entity>): Entity {
  const written = a.text.slice(a.tokens.starts[o.start]!, a.tokens.ends[o.end - 1]!)
  const name = o.entry?.name ?? written
  const id = entityId('outlet', name)
  const labels = [...(o.entry?.labels ?? []), ...o.descriptors.map((k) => a.text.slice(a.tokens.starts[k]!, a.tokens.ends[k]!))]
  let entity = outlets.get(id)
  if (!entity) {
    const kind = o.entry?.kind ?? o.kind
    entity = {
      id,
      type: 'outlet',
      name,
      aliases: [...new Set([name, written, ...(o.entry?.aliases ?? [])])],
      roles: [],
      ...(kind ? { kind } : {}),
      mentions: [],
    }
    outlets.set(id, entity)
  } else if (!entity.aliases.includes(written)) entity.aliases.push(written)
  if (labels.length) entity.labels = [...new Set([...(entity.labels ?? []), ...labels])]
  const m = names.ofToken[o.start]!
  const named = m >= 0 && names.mentions[m]!.start === o.start && names.mentions[m]!.end === o.end && entityIds[names.mentions[m]!.entity] === id
  const mention: Span = span(a.text, a.tokens.starts[o.start]!, a.tokens.ends[o.end - 1]!)
  if (!named) {
    let starts = mentionStarts.get(entity)
    if (!starts) mentionStarts.set(entity, (starts = new Set(entity.mentions.map((x) => x.start))))
    if (!starts.has(mention.start)) {
      starts.add(mention.start)
      entity.mentions.push(mention)
    }
  }
  return entity
}

/** Where each outlet entity's mentions start, so that an outlet named thousands of times is checked in constant time. */
const mentionStarts = new WeakMap<Entity, Set<number>>()

/** Reads channel and medium phrases over one document's tokens. */
class Reader {
  constructor(
    private readonly a: Analysis,
    private readonly outlets: NameMatcher<OutletEntry>,
  ) {}

  /** Every channel and medium phrase in tokens [from, to) that starts outside the character ranges `skip` (sorted); null for none. */
  frames(from: number, to: number, skip: readonly (readonly [number, number])[]): Frame[] | null {
    const { a } = this
    let frames: Frame[] | null = null
    let r = 0
    for (let i = from; i < to; i++) {
      if (r < skip.length) {
        const at = a.tokens.starts[i]!
        while (r < skip.length && skip[r]![1] <= at) r++
        if (r < skip.length && at >= skip[r]![0]) {
          // Jump to the last token that starts inside the range.
          const end = skip[r]![1]
          let next = tokenAt(a.tokens, end)
          if (next < a.tokens.count && a.tokens.starts[next]! < end) next++
          i = next - 1
          continue
        }
      }
      if (a.tokens.kinds[i] !== TokenKind.Word || !mayBe(a, TRIGGER_SHAPES, i)) continue
      const role = TRIGGER_ROLES.get(a.lower[i]!)
      if (role === undefined) continue
      const phrases = role.before
      if (phrases) {
        for (const p of phrases) {
          if (!this.wordsAt(i, p.words, to)) continue
          const outlet = this.outletAt(i + p.words.length, to)
          if (outlet) (frames ??= []).push(frame(i, outlet.end, outlet, p.value ?? null))
          break
        }
      }
      if (role.after) {
        const outlet = this.outletBefore(i, from)
        if (outlet) (frames ??= []).push(frame(outlet.start, i + 1, outlet, null))
      }
      if (role.medium) {
        const medium = this.mediumAt(i + 1, to)
        if (medium) (frames ??= []).push(frame(i, medium.end, null, medium.medium))
      }
    }
    return frames
  }

  /** Whether tokens [start, end) hold a word that may begin an outlet's name or type: a cheap test before outletAt. */
  mayHoldOutlet(start: number, end: number): boolean {
    const { a } = this
    for (let k = start; k < end; k++) {
      if (a.tokens.kinds[k] !== TokenKind.Word && a.tokens.kinds[k] !== TokenKind.Initialism) continue
      if (mayBe(a, this.outlets.headShapes, k) && this.outlets.heads.has(a.lower[k]!)) return true
    }
    return false
  }

  private wordsAt(i: number, words: string[], to: number): boolean {
    if (i + words.length > to) return false
    for (let k = 1; k < words.length; k++) if (this.a.lower[i + k] !== words[k]) return false
    return true
  }

  /**
   * The outlet named from token k: "TASS", "the Associated Press", "Russia's state news agency RIA
   * Novosti", "the Kremlin-aligned Telegram channel Rybar", "the Rybar Telegram channel".
   */
  outletAt(k: number, to: number, framed = true): OutletFound | null {
    const { a } = this
    const descriptors: number[] = []
    let kind: OutletKind | undefined
    for (let steps = 0; k < to && steps < 6; steps++) {
      if (steps > 0 && a.tokens.gaps[k]! >= Gap.Newline) return null
      // An ambiguous name ("Bloomberg") is an outlet only where a channel phrase or a type noun says so.
      const known = this.knownAt(k, to, framed || kind !== undefined)
      if (known) return outletFound(k, known.end, known.entry, null, descriptors)
      const role = mayBe(a, OUTLET_ROLE_SHAPES, k) ? (OUTLET_ROLES.get(a.lower[k]!) ?? 0) : 0
      // A type noun ends lower case ("news agency", "Telegram channel"); "the Daily News" is a name.
      const typed = role & OUTLET_KIND ? this.kindNounAt(k, to) : null
      if (typed && !isCapitalized(a, k + typed.words.length - 1)) {
        kind = typed.value
        k += typed.words.length
        continue
      }
      if (kind) {
        const name = this.nameAt(k, to)
        return name ? outletFound(name.start, name.end, null, kind, descriptors) : null
      }
      if (role & OUTLET_DESCRIPTOR) {
        descriptors.push(k)
        k++
      } else if (role & OUTLET_NATIONALITY || (role & OUTLET_PREFIX && (!isCapitalized(a, k) || DETERMINERS.has(a.lower[k]!)))) {
        k++
      } else if (a.tokens.kinds[k] === TokenKind.Quote || isHyphenAdjective(a, k)) {
        // '"Fox News Sunday"', "the Moscow-based newspaper …"
        k++
      } else if (k + 1 < to && isPossessive(a, k + 1) && isCapitalized(a, k)) {
        k += 2
      } else {
        // "the Rybar Telegram channel": a name before a type noun; "the Valdoria Wire Service": a name
        // that ends with one; not "the National Security Agency".
        const name = this.nameAt(k, to)
        const after = name ? this.kindNounAt(name.end, to) : null
        if (!name || !after || !this.mayNameOutlet(name.start, name.end, after.words)) return null
        const typeEnd = name.end + after.words.length
        if (!isCapitalized(a, typeEnd - 1)) return outletFound(name.start, name.end, null, after.value, descriptors)
        return NAMING_KIND_NOUNS.has(after.words.join(' ')) ? outletFound(name.start, typeEnd, null, after.value, descriptors) : null
      }
    }
    return null
  }

  /** The outlet whose name ends just before token `end` ("…, TASS reported"), past auxiliaries and a type noun. */
  private outletBefore(end: number, from: number): OutletFound | null {
    const { a } = this
    let b = end
    while (b > from && CHANNEL_AFTER_AUX.has(a.lower[b - 1]!)) b--
    let kind: OutletKind | undefined
    // Where an unknown name must end: before a lower-case type noun, or after a capitalised naming one.
    let nameEnd = b
    let typeStart = b
    if (b > from && KIND_NOUN_ENDS.has(a.lower[b - 1]!)) {
      for (let s = Math.max(from, b - 3); s < b; s++) {
        const typed = this.kindNounAt(s, b)
        if (!typed || s + typed.words.length !== b) continue
        // "the TASS news agency reported" | "Christian News Service reported" | not "the National Security Agency reported".
        if (!isCapitalized(a, b - 1)) nameEnd = s
        else if (!NAMING_KIND_NOUNS.has(typed.words.join(' '))) return this.knownEndingAt(s, from)
        kind = typed.value
        typeStart = s
        break
      }
    }
    const known = this.knownEndingAt(kind && nameEnd === b ? typeStart : nameEnd, from)
    if (known || !kind) return known
    // "the Rybar Telegram channel reported", "Christian News Service reported": an unknown name.
    let s = typeStart
    while (s > from && typeStart - s < 5 && this.isNameWord(s - 1)) s--
    while (s < typeStart && NOT_A_NAME.has(a.lower[s]!)) s++
    if (s >= typeStart || !this.mayNameOutlet(s, typeStart, a.lower.slice(typeStart, b))) return null
    return outletFound(s, nameEnd, null, kind, [])
  }

  /**
   * Whether the name in tokens [start, end), before the type noun `typeWords`, may be an outlet's:
   * "the Rybar Telegram channel", not "a New Hampshire paper" (a place), "Multiple outlets" (plural).
   */
  private mayNameOutlet(start: number, end: number, typeWords: readonly string[]): boolean {
    const last = typeWords[typeWords.length - 1]!
    if (last.endsWith('s')) return false
    const name = end - start === 1 ? this.a.lower[start]! : this.a.lower.slice(start, end).join(' ')
    return !englishNames.places.has(name) && !englishNames.nationalities.has(name)
  }

  /** The longest registry name ending just before token `b`. */
  private knownEndingAt(b: number, from: number): OutletFound | null {
    const { a } = this
    let best: OutletFound | null = null
    if (b <= from || !mayBe(a, this.outlets.lastShapes, b - 1)) return null
    let node = this.outlets.backward.next?.get(a.lower[b - 1]!)
    for (let s = b - 1; node; ) {
      const hit = node.hit
      if (hit && this.casedOk(hit.cased, s)) best = outletFound(s, b, hit.value, null, [])
      if (--s < from) break
      node = node.next?.get(a.lower[s]!)
    }
    return best
  }

  /** The longest registry name at token k. */
  private knownAt(k: number, to: number, ambiguousToo: boolean): { end: number; entry: OutletEntry } | null {
    const { a } = this
    let best: { end: number; entry: OutletEntry } | null = null
    if (!mayBe(a, this.outlets.firstShapes, k)) return null
    let node = this.outlets.forward.next?.get(a.lower[k]!)
    for (let j = k; node; ) {
      const hit = node.hit
      if (hit && (ambiguousToo || !hit.ambiguous) && this.casedOk(hit.cased, k)) best = { end: j + 1, entry: hit.value }
      if (++j >= to) break
      node = node.next?.get(a.lower[j]!)
    }
    return best
  }

  /** A name written with a capital needs one in the text: its first word after "the". */
  private casedOk(cased: boolean, k: number): boolean {
    if (!cased) return true
    if (this.a.lower[k] === 'the') k++
    return isCapitalized(this.a, k)
  }

  private kindNounAt(k: number, to: number): Phrase<OutletKind> | null {
    const phrases = KIND_NOUNS.get(this.a.lower[k]!)
    if (phrases) for (const p of phrases) if (this.wordsAt(k, p.words, to)) return p
    return null
  }

  /** A run of capitalised words, perhaps in quotation marks: 'Vy slushali maiak', '"Rybar"'. */
  private nameAt(k: number, to: number): { start: number; end: number } | null {
    const { a } = this
    const quoted = k < to && a.tokens.kinds[k] === TokenKind.Quote
    if (quoted) k++
    if (k >= to || !this.isNameWord(k) || NOT_A_NAME.has(a.lower[k]!)) return null
    let end = k + 1
    while (end < to && end - k < 6 && a.tokens.gaps[end]! < Gap.Newline && (this.isNameWord(end) || a.tokens.kinds[end] === TokenKind.Number) && !this.kindNounAt(end, to)) end++
    if (quoted && (end >= to || a.tokens.kinds[end] !== TokenKind.Quote)) return null
    return { start: k, end }
  }

  private isNameWord(k: number): boolean {
    const kind = this.a.tokens.kinds[k]
    return (kind === TokenKind.Word || kind === TokenKind.Initialism) && isCapitalized(this.a, k) && !isHyphenAdjective(this.a, k)
  }

  /** "a video address", "his nightly video address", "a Telegram post", "Telegram", "a statement on Telegram". */
  private mediumAt(k: number, to: number): { end: number; medium: string } | null {
    const { a } = this
    const afterOn = a.lower[k - 1] === 'on'
    let form: Phrase<{ medium: string; afterOn: boolean }> | null = null
    let platform: { end: number; value: string } | null = null
    for (let steps = 0; k < to && steps < 5; steps++) {
      const role = mayBe(a, MEDIUM_SHAPES, k) ? (MEDIUM_ROLES.get(a.lower[k]!) ?? 0) : 0
      if (role & MEDIUM_FORM) {
        form = this.phraseAt(MEDIA, k, to)
        if (form) break
      }
      if (role & MEDIUM_PLATFORM) {
        platform = this.platformAt(k, to)
        if (platform) {
          k = platform.end
          form = this.phraseAt(MEDIA, k, to)
          break
        }
      }
      if (role & MEDIUM_MODIFIER || isHyphenAdjective(a, k)) k++
      else if (k + 1 < to && isPossessive(a, k + 1) && isCapitalized(a, k)) k += 2
      else return null
    }
    // "on" takes a platform or a broadcast ("on state television"), not "seized on recent comments".
    if (form && afterOn && !platform && !form.value.afterOn) return null
    if (!form && !platform) return null
    let end = form ? k + form.words.length : k
    // "television advertising", "a radio show": the medium word modifies another noun.
    if (end < to && NOT_MEDIUM_BEFORE.has(a.lower[end]!)) return null
    if (form && !platform && end + 1 < to && (a.lower[end] === 'on' || a.lower[end] === 'via')) {
      // "in a statement on Telegram"
      let j = end + 1
      if (MEDIUM_MODIFIERS.has(a.lower[j]!)) j++
      platform = this.platformAt(j, to)
      if (platform) end = platform.end
    }
    const medium = form && platform ? `${form.value.medium} on ${platform.value}` : form ? form.value.medium : platform!.value
    return { end, medium }
  }

  private phraseAt<T>(index: PhraseIndex<T>, k: number, to: number): Phrase<T> | null {
    const phrases = index.get(this.a.lower[k]!)
    if (phrases) for (const p of phrases) if (this.wordsAt(k, p.words, to)) return p
    return null
  }

  /** A platform at token k, with the noun that may follow it ("Telegram channel"). */
  private platformAt(k: number, to: number): { end: number; value: string } | null {
    const { a } = this
    let best: { end: number; value: string } | null = null
    if (!mayBe(a, PLATFORMS.firstShapes, k)) return null
    let node = PLATFORMS.forward.next?.get(a.lower[k]!)
    for (let j = k; node; ) {
      const hit = node.hit
      if (hit && this.casedOk(hit.cased, k)) best = { end: j + 1, value: hit.value }
      if (++j >= to) break
      node = node.next?.get(a.lower[j]!)
    }
    if (best && best.end < to && PLATFORM_NOUNS.has(a.lower[best.end]!)) best.end++
    return best
  }
}
