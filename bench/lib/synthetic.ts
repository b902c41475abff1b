// A synthetic corpus for the search benchmark: Document records built directly (no extraction),
// with spans that point into their text, from a fictional world: invented words with a Zipf
// distribution, a few thousand speakers whose popularity is skewed as in real news, outlets,
// places and dates over two years. Deterministic for a seed.
import { documentId, entityId } from '../../src/core/ids.js'
import type { Document, Entity, Span, Statement, StatementKind } from '../../src/core/records.js'
import type { StoredDocument } from '../../src/store/store.js'
import { between, pick, seededRandom, Zipf } from './random.js'

export interface WorldSize {
  contentWords: number
  speakers: number
  outlets: number
  places: number
}

export const DEFAULT_WORLD: WorldSize = { contentWords: 8000, speakers: 3000, outlets: 60, places: 400 }

const FUNCTION_WORDS = 'the of and to a in that is for on with as was by at it be will would not this are from has have but had its they their an which or were been more about than also after over could new should must into all only between against two'.split(' ')
const SYLLABLES = 'ka ri to ven la mor sel da ni bru gal tes or im pa sko len vi ra dul mer fen ast ro qui zan bel tor ma ke lu sar ob in eth va gor'.split(' ')
const ROLES = ['minister of trade', 'foreign minister', 'spokesman for the government', 'mayor', 'union leader', 'central bank governor', 'opposition leader', 'defence minister', 'economist', 'senator']
const KINDS: StatementKind[] = ['indirect', 'direct', 'mixed']
const DAY_MS = 86_400_000
const START = Date.UTC(2023, 5, 1)
const DAYS = 730

interface Person {
  id: string
  name: string
  surname: string
  role: string
}

/** The fictional world: vocabulary, people, outlets, places. */
export class World {
  readonly words: string[]
  readonly people: Person[]
  readonly outlets: { id: string; name: string }[]
  readonly places: { id: string; name: string }[]
  readonly wordRank: Zipf
  readonly functionRank: Zipf
  readonly speakerRank: Zipf
  readonly outletRank: Zipf
  readonly placeRank: Zipf

  constructor(seed: number, size: WorldSize = DEFAULT_WORLD) {
    const random = seededRandom(seed)
    this.words = uniqueNames(size.contentWords, 2, 3, random)
    const given = uniqueNames(400, 2, 2, random).map(capital)
    const family = uniqueNames(size.speakers, 2, 3, random).map(capital)
    this.people = family.map((surname) => {
      const name = `${pick(given, random)} ${surname}`
      return { id: entityId('person', name), name, surname, role: pick(ROLES, random) }
    })
    this.outlets = uniqueNames(size.outlets, 2, 3, random).map((w) => {
      const name = `${capital(w)} ${pick(['Press', 'Herald', 'News', 'Wire', 'Courier', 'Gazette'], random)}`
      return { id: entityId('outlet', name), name }
    })
    this.places = uniqueNames(size.places, 2, 3, random).map((w) => ({ id: entityId('place', capital(w)), name: capital(w) }))
    this.wordRank = new Zipf(this.words.length, 1.0)
    this.functionRank = new Zipf(FUNCTION_WORDS.length, 1.0)
    this.speakerRank = new Zipf(this.people.length, 0.7)
    this.outletRank = new Zipf(this.outlets.length, 0.8)
    this.placeRank = new Zipf(this.places.length, 1.0)
  }

  /** A content word drawn by corpus frequency, skipping the `skip` most frequent (query words). */
  queryWord(random: () => number, skip = 10): string {
    for (;;) {
      const k = this.wordRank.draw(random)
      if (k >= skip) return this.words[k]!
    }
  }

  person(random: () => number): Person {
    return this.people[this.speakerRank.draw(random)]!
  }
}

/** Generates documents until `statements` statements exist; about 1% of documents republish an earlier one. */
export function* syntheticDocuments(world: World, statements: number, seed: number): Generator<StoredDocument> {
  const random = seededRandom(seed)
  let made = 0
  let previous: Document | null = null
  while (made < statements) {
    if (previous && random() < 0.01) {
      const copy = republish(previous, random)
      if (copy) {
        made += copy.document.statements.length
        yield copy
        continue
      }
    }
    const doc = makeDocument(world, Math.min(between(4, 12, random), statements - made), random)
    made += doc.statements.length
    previous = doc
    yield { document: doc, provenance: { origin: `synthetic#${made}`, reader: 'text', ingestedAt: '2025-06-01T00:00:00.000Z' } }
  }
}

function makeDocument(world: World, count: number, random: () => number): Document {
  const day = between(0, DAYS - 1, random)
  const date = isoDay(day)
  const publisher = world.outlets[world.outletRank.draw(random)]!
  const sources = random() < 0.3 ? [world.outlets[world.outletRank.draw(random)]!] : []
  const entities = new Map<string, Entity>()
  const addEntity = (e: Entity) => {
    const known = entities.get(e.id)
    if (known) known.mentions.push(...e.mentions)
    else entities.set(e.id, e)
  }
  let text = `${capital(sentence(world, 6, random))}\n\n`
  const title = text.trim()
  const statements: Statement[] = []
  for (let k = 0; k < count; k++) {
    const who = world.person(random)
    const kind = KINDS[random() < 0.55 ? 0 : random() < 0.75 ? 1 : 2]!
    const about = Array.from({ length: between(0, 2, random) }, () => world.places[world.placeRank.draw(random)]!)
    const words = sentence(world, between(12, 35, random), random, about.map((p) => p.name))
    const s = kind === 'direct' ? quoted(text, who, words) : reported(text, who, words, kind)
    text = s.text
    for (const place of about) addEntity({ id: place.id, type: 'place', name: place.name, aliases: [place.name], roles: [], mentions: [] })
    addEntity({ id: who.id, type: 'person', name: who.name, aliases: [who.name, who.surname], roles: [who.role], mentions: [s.mention] })
    statements.push({
      id: '',
      kind,
      speaker: { name: who.name, entity: who.id, ...(kind === 'direct' ? {} : { role: who.role }), mentions: [s.mention] },
      cue: s.cue,
      content: [s.content],
      date: isoDay(Math.max(0, day - (random() < 0.3 ? between(1, 3, random) : 0))),
      via: [publisher.id, ...sources.map((o) => o.id)],
      about: [...new Set(about.map((p) => p.id))],
      confidence: kind === 'direct' ? 0.9 : 0.8,
    })
  }
  for (const o of [publisher, ...sources]) addEntity({ id: o.id, type: 'outlet', name: o.name, aliases: [o.name], roles: [], kind: 'newspaper', mentions: [] })
  const id = documentId(text)
  statements.forEach((s, k) => (s.id = `${id}:s${k + 1}`))
  return { id, title, date, lang: 'en', outlet: publisher.id, text, sources: [], entities: [...entities.values()], statements, events: [], diagnostics: [] }
}

/** The same story with a new first line: a near-duplicate of the original. */
function republish(original: Document, random: () => number): StoredDocument | null {
  const prefix = `Updated ${between(1, 28, random)} times. `
  const text = prefix + original.text
  const id = documentId(text)
  const shift = (s: Span): Span => ({ start: s.start + prefix.length, end: s.end + prefix.length, text: s.text })
  const statements = original.statements.map((s, k) => ({
    ...s,
    id: `${id}:s${k + 1}`,
    speaker: { ...s.speaker, mentions: s.speaker.mentions.map(shift) },
    cue: s.cue && shift(s.cue),
    content: s.content.map(shift),
  }))
  const entities = original.entities.map((e) => ({ ...e, mentions: e.mentions.map(shift) }))
  const document: Document = { ...original, id, text, statements, entities }
  return { document, provenance: { origin: `synthetic-copy#${id}`, reader: 'text', ingestedAt: '2025-06-01T00:00:00.000Z', nearDuplicateOf: original.id } }
}

interface Written {
  text: string
  mention: Span
  cue: Span
  content: Span
}

/** `Name, role, said that … .` */
function reported(text: string, who: Person, words: string, kind: StatementKind): Written {
  const mentionStart = text.length
  text += `${who.name}, ${who.role}, `
  const mention = span(text, mentionStart, mentionStart + who.name.length)
  const cueStart = text.length
  text += 'said '
  const cue = span(text, cueStart, cueStart + 4)
  const contentStart = text.length
  text += kind === 'mixed' ? `that ${words.split(' ').slice(0, 4).join(' ')} "${words.split(' ').slice(4).join(' ')}"` : `that ${words}`
  const content = span(text, contentStart, text.length)
  return { text: `${text}. `, mention, cue, content }
}

/** `"…," Surname said.` */
function quoted(text: string, who: Person, words: string): Written {
  const contentStart = text.length
  text += `"${capital(words)},"`
  const content = span(text, contentStart, text.length)
  text += ' '
  const mentionStart = text.length
  text += who.surname
  const mention = span(text, mentionStart, text.length)
  text += ' '
  const cueStart = text.length
  text += 'said'
  const cue = span(text, cueStart, text.length)
  return { text: `${text}. `, mention, cue, content }
}

function sentence(world: World, length: number, random: () => number, names: string[] = []): string {
  const out: string[] = []
  for (let k = 0; k < length; k++) {
    out.push(random() < 0.45 ? FUNCTION_WORDS[world.functionRank.draw(random)]! : world.words[world.wordRank.draw(random)]!)
  }
  for (const name of names) out.splice(between(0, out.length, random), 0, name)
  return out.join(' ')
}

function span(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) }
}

function isoDay(day: number): string {
  return new Date(START + day * DAY_MS).toISOString().slice(0, 10)
}

/** Distinct pronounceable names of `min`..`max` syllables. */
function uniqueNames(count: number, min: number, max: number, random: () => number): string[] {
  const seen = new Set<string>()
  while (seen.size < count) {
    let w = ''
    for (let k = between(min, max, random); k > 0; k--) w += pick(SYLLABLES, random)
    seen.add(w)
  }
  return [...seen]
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}
