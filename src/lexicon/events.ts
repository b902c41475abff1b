// The words that make and shape events (lexicon/<lang>/events.json; its `_comment` explains each
// field), compiled once into the sets and first-word indexes src/extract/events/ reads.

import events from './en/events.json' with { type: 'json' }
import type { EventStatus, EventType } from '../core/records.js'

/** A trigger form: its words (lower case) and the event type it names. */
export interface EventTrigger {
  words: string[]
  type: EventType
  /** A verb form ("met", "will visit") rather than a noun ("meeting", "visit"). */
  verb: boolean
}

/** A status cue: its words and the status it signals. */
export interface StatusCue {
  words: string[]
  status: EventStatus
}

/** Lexicons that find events and read their participants, place and status; lower case. */
export interface EventLexicon {
  /** Trigger forms by their first word, longest first; a word may open both noun and verb forms. */
  triggers: Map<string, EventTrigger[]>
  /**
   * A cheap test before the lookups: bit n of `firstWordShapes[shapeKey(c0, c1)]` is set when some
   * trigger or phone verb opens with a word of n characters (31 for longer) starting with c0 c1.
   */
  firstWordShapes: Uint32Array
  /** Talk verbs that name a call only with a phone marker near them: "spoke by phone with". */
  phoneVerbs: Set<string>
  phoneMarkers: Map<string, { words: string[] }[]>
  /** Adjectives that may stand between a determiner and a trigger noun: "the first bilateral meeting". */
  modifiers: Set<string>
  /** Types a later reference may share an event with ("the talks" after "a meeting"); each type includes itself. */
  compatible: Map<EventType, Set<EventType>>
  /** Status cues by their first word, longest first. */
  status: Map<string, StatusCue[]>
  /** Cues that count only before a trigger ("had talks"). */
  statusBefore: Map<string, StatusCue[]>
  /** A modal governs a status cue that follows it: "should be held" is proposed. */
  modals: Map<string, StatusCue[]>
  /** Modals that signal a status only with a status verb or a trigger verb after them ("would meet"), not alone ("would likely earn"). */
  weakModals: Set<string>
  negations: Set<string>
  /** Words that make a mention a further event, not the last one again: "meet again", "another round". */
  newEventCues: Map<string, { words: string[] }[]>
  definite: Set<string>
  possessive: Set<string>
  indefinite: Set<string>
  malePronouns: Set<string>
  femalePronouns: Set<string>
  /** Verbs whose subject takes part in the event their object names: "held talks with". */
  lightVerbs: Set<string>
  auxiliaries: Set<string>
  participantPrepositions: Set<string>
  placePrepositions: Set<string>
  destinationPrepositions: Set<string>
  /** Types whose "to X" names where they go or whom they reach ("a visit to Kyiv", "a call to Putin"). */
  destinationTypes: Set<EventType>
  groupNouns: Set<string>
  placeNouns: Set<string>
  clauseBreaks: Set<string>
  beforeBreaks: Set<string>
  /** Forms of "be": a trigger verb after one is passive or an adjective ("was met with criticism"). */
  copulas: Set<string>
  /** A trigger verb after an article is an adjective: "the visiting team". */
  articles: Set<string>
  /** Forms that are verbs only after one of `gerundBefore` ("after meeting Putin"), nouns otherwise. */
  gerunds: Set<string>
  /** The copulas, and the words after which a gerund is a verb: "is meeting", "after meeting". */
  gerundBefore: Set<string>
  /** Pronouns that stand as a subject: a trigger after one is a verb ("he visits"), not a noun ("he talks"). */
  subjectPronouns: Set<string>
  /** A lone "call" with one of these after it has a party: "a call with Putin". */
  callPartyPrepositions: Set<string>
  /** Whom a call reaches: "the call to Trump", "spoke by phone to Putin". */
  callRecipientPrepositions: Set<string>
  /** After "the call", these make it no call: "the call for calm", "call off". */
  callParticles: Set<string>
  /** Whom a verb's subject meets: "met with Y". */
  companionPrepositions: Set<string>
  /** A particle between a verb and its companion preposition: "met up with Y". */
  verbParticles: Set<string>
  /** Articles that may open a party's or a place's name: "the United States". */
  nameArticles: Set<string>
  /** Words joining a group noun or a title to its party: "representatives of Ukraine", "officials from Kyiv". */
  partyLinks: Set<string>
  /** Words joining a place noun to its place: "the port of Dunmarrow". */
  placeNounLinks: Set<string>
  /** Words joining parties: "Putin and Trump", "Ukrainian and Russian delegations". */
  conjunctions: Set<string>
  /** Words before an indefinite article that make a mention refer back: "such a meeting". */
  referringPredeterminers: Set<string>
  /** Words of a date phrase between a status cue and its place: "held on 20 May in Ankara". */
  dateFillers: Set<string>
  /** The possessive ending as its own token: "Trump's meeting". */
  possessiveMarks: Set<string>
}

/** The index into `firstWordShapes` of a word's first two UTF-16 units, either case (collisions only cost a lookup). */
export function shapeKey(c0: number, c1: number): number {
  return ((c0 & 31) << 5) | (c1 & 31)
}

/** Status order: a later stage of an event's life outranks an earlier one among its cues. */
export const STATUS_RANK: Record<EventStatus, number> = { unknown: 0, proposed: 1, planned: 2, began: 3, held: 4, ended: 5, cancelled: 6 }

function byFirstWord<T extends { words: string[] }>(items: T[]): Map<string, T[]> {
  const map = new Map<string, T[]>()
  for (const item of items) {
    const list = map.get(item.words[0]!) ?? []
    list.push(item)
    map.set(item.words[0]!, list)
  }
  for (const list of map.values()) list.sort((x, y) => y.words.length - x.words.length)
  return map
}

function cues(groups: Record<string, string[]>): StatusCue[] {
  return Object.entries(groups).flatMap(([status, phrases]) => phrases.map((p) => ({ words: p.split(' '), status: status as EventStatus })))
}

function buildEventLexicon(): EventLexicon {
  const triggers: EventTrigger[] = []
  for (const [type, forms] of Object.entries(events.nouns)) for (const f of forms) triggers.push({ words: f.split(' '), type: type as EventType, verb: false })
  for (const [type, forms] of Object.entries(events.verbs)) for (const f of forms) triggers.push({ words: f.split(' '), type: type as EventType, verb: true })
  const compatible = new Map<EventType, Set<EventType>>()
  for (const [type, others] of Object.entries(events.compatible)) compatible.set(type as EventType, new Set([type as EventType, ...(others as EventType[])]))
  const shapes = new Uint32Array(1024)
  for (const w of [...triggers.map((t) => t.words[0]!), ...events.phoneVerbs]) {
    if (!/^[a-z]{2}/.test(w)) throw new Error(`events lexicon: a trigger must start with two ASCII letters, got "${w}"`)
    shapes[shapeKey(w.charCodeAt(0), w.charCodeAt(1))]! |= 1 << Math.min(w.length, 31)
  }
  return {
    triggers: byFirstWord(triggers),
    firstWordShapes: shapes,
    phoneVerbs: new Set(events.phoneVerbs),
    phoneMarkers: byFirstWord(events.phoneMarkers.map((m) => ({ words: m.split(' ') }))),
    modifiers: new Set(events.modifiers),
    compatible,
    status: byFirstWord(cues(events.status)),
    statusBefore: byFirstWord(cues(events.statusBefore)),
    modals: byFirstWord(Object.entries(events.modals).map(([m, status]) => ({ words: m.split(' '), status: status as EventStatus }))),
    weakModals: new Set(events.weakModals),
    negations: new Set(events.negations),
    newEventCues: byFirstWord(events.newEventCues.map((c) => ({ words: c.split(' ') }))),
    definite: new Set(events.determiners.definite),
    possessive: new Set(events.determiners.possessive),
    indefinite: new Set(events.determiners.indefinite),
    malePronouns: new Set(events.pronouns.male),
    femalePronouns: new Set(events.pronouns.female),
    lightVerbs: new Set(events.lightVerbs),
    auxiliaries: new Set(events.auxiliaries),
    participantPrepositions: new Set(events.participantPrepositions),
    placePrepositions: new Set(events.placePrepositions),
    destinationPrepositions: new Set(events.destinationPrepositions),
    destinationTypes: new Set(events.destinationTypes as EventType[]),
    groupNouns: new Set(events.groupNouns),
    placeNouns: new Set(events.placeNouns),
    clauseBreaks: new Set(events.clauseBreaks),
    beforeBreaks: new Set(events.beforeBreaks),
    copulas: new Set(events.copulas),
    articles: new Set(events.articles),
    gerunds: new Set(events.gerunds),
    gerundBefore: new Set([...events.copulas, ...events.gerundBefore]),
    subjectPronouns: new Set(events.subjectPronouns),
    callPartyPrepositions: new Set(events.callPartyPrepositions),
    callRecipientPrepositions: new Set(events.callRecipientPrepositions),
    callParticles: new Set(events.callParticles),
    companionPrepositions: new Set(events.companionPrepositions),
    verbParticles: new Set(events.verbParticles),
    nameArticles: new Set(events.nameArticles),
    partyLinks: new Set(events.partyLinks),
    placeNounLinks: new Set(events.placeNounLinks),
    conjunctions: new Set(events.conjunctions),
    referringPredeterminers: new Set(events.referringPredeterminers),
    dateFillers: new Set(events.dateFillers),
    possessiveMarks: new Set(events.possessiveMarks),
  }
}

export const englishEvents: EventLexicon = buildEventLexicon()
