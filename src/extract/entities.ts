// Names in English text: capitalised runs, split from the titles before them, typed as people,
// organisations, places or outlets, with the roles written around them.

import type { EntityType } from '../core/records.js'
import { englishGrammar } from '../lexicon/grammar.js'
import type { NameLexicon, OutletEntry } from '../lexicon/names.js'
import { Gap, TokenKind } from '../text/tokenizer.js'
import type { Analysis } from './analysis.js'
import { clusterEntities } from './entity-clusters.js'

/** One written mention of a name: tokens [start, end) of the name proper, with the title before it. */
export interface NameMention {
  start: number
  end: number
  /** First token of a title or role written before the name ("US President"), or `start`. */
  titleStart: number
  type: EntityType
  /** The name as written, without title: "Vladimir Putin". */
  name: string
  /** The role written around this mention: "US Secretary of State", "spokesman for …". */
  role?: string
  gender?: 'male' | 'female'
  outlet?: OutletEntry
  /** A lone capitalised word of unknown type, typed later against the document's people. */
  tentative: boolean
  /** Index into the entity clusters, set by clusterEntities. */
  entity: number
}

/** An in-document entity: mentions that name the same person, organisation, place or outlet. */
export interface EntityCluster {
  type: EntityType
  /** The fullest form seen. */
  name: string
  forms: Set<string>
  roles: string[]
  gender?: 'male' | 'female'
  mentions: NameMention[]
  outlet?: OutletEntry
}

export interface NameFindings {
  mentions: NameMention[]
  clusters: EntityCluster[]
  /** Index into `mentions` of the mention covering each token (name or its title), or -1: read it through mentionAt. */
  ofToken: Int32Array
}

/** The name mention covering token k (the name or its title), if any. */
export function mentionAt(names: NameFindings, k: number): NameMention | undefined {
  const m = k >= 0 && k < names.ofToken.length ? names.ofToken[k]! : -1
  return m < 0 ? undefined : names.mentions[m]
}

/** Finds capitalised names, splits titles from them, types them and groups them into entities. */
export function findNames(a: Analysis, lex: NameLexicon): NameFindings {
  const mentions: NameMention[] = []
  const { tok } = a
  for (let i = 0; i < tok.count; i++) {
    if (!startsName(a, lex, i)) continue
    let end = i + 1
    while (end < tok.count && tok.gap(end) < Gap.Newline) {
      if (isNameWord(a, end)) end++
      else if (a.lower[end] === '.' && tok.isAttached(end) && lex.titles.has(a.lower[end - 1]! + '.') && end + 1 < tok.count && isNameWord(a, end + 1)) end++
      else if (lex.nameConnectors.has(a.lower[end]!) && end + 1 < tok.count && isNameWord(a, end + 1) && a.lower[end] !== 'and' && !(a.lower[end] === 'the' && end === i + 1)) end++
      else break
    }
    const mention = classify(a, lex, i, end)
    if (mention) {
      if (mention.type === 'person' && !mention.role) {
        const role = appositionRole(a, lex, end)
        if (role) mention.role = role
      }
      mentions.push(mention)
    }
    i = end - 1
  }
  const kept = dropStrayCapitals(a, lex, mentions)
  const ofToken = new Int32Array(tok.count).fill(-1)
  kept.forEach((m, k) => ofToken.fill(k, m.titleStart, m.end))
  return { mentions: kept, clusters: clusterEntities(kept, lex.placeWordEnding, lex.placeAliases), ofToken }
}

/**
 * A lone capitalised word of unknown type is dropped when it is no name at all: a demonym before
 * a lower-case noun ("Kestran patrol boats"), or a word capitalised only because it opens a sentence
 * ("Talks between …"). Surnames of people named in full stay.
 */
const DEMONYM = /(?:an|ese|ish|i)$/
/** Words that name no entity alone: groups and adjectives of nations, parties and faiths
 *  ("Republicans", "Democratic", "Muslims"), party-state tags ("R-Texas"), contractions ("I’m");
 *  month or clock abbreviations are the lexicon's notNames. */
const NOT_AN_ENTITY = /(?:ans|ians|ics?|ists?|ats|crats?|ims?|inos?|inas?)$|^[rdi]-|['’](?:m|re|ve|d|ll|s)$/

function dropStrayCapitals(a: Analysis, lex: NameLexicon, mentions: NameMention[]): NameMention[] {
  const surnames = new Set<string>()
  const midSentence = new Set<string>()
  for (const m of mentions) {
    const lower = m.name.toLowerCase()
    if (m.type === 'person' && m.end - m.start >= 2) surnames.add(lower.slice(lower.lastIndexOf(' ') + 1))
    if (a.sent.start(a.sent.of(m.titleStart)) !== m.titleStart) midSentence.add(lower)
  }
  return mentions.filter((m) => {
    if (!m.tentative) return true
    const lower = m.name.toLowerCase()
    if (surnames.has(lower)) return true
    if (NOT_AN_ENTITY.test(lower) || lex.notNames.has(lower)) return false
    const next = m.end
    const adjectival = DEMONYM.test(lower) && next < a.tok.count && a.tok.isWord(next) && !a.tok.startsUpper(next)
    const sentenceStart = a.sent.start(a.sent.of(m.start)) === m.start
    return !adjectival && (!sentenceStart || midSentence.has(lower))
  })
}

function isNameWord(a: Analysis, i: number): boolean {
  const kind = a.tok.kind(i)
  if (kind === TokenKind.Initialism) return true
  if (kind !== TokenKind.Word || !a.tok.startsUpper(i)) return false
  // "Kremlin-aligned" is an adjective, not a name.
  return !a.lower[i]!.includes('-') || !/-\p{Ll}/u.test(a.tok.text(i))
}

function startsName(a: Analysis, lex: NameLexicon, i: number): boolean {
  if (!isNameWord(a, i)) return false
  return !lex.nonNameCapitals.has(a.lower[i]!) || lex.titles.has(a.lower[i]!)
}

function classify(a: Analysis, lex: NameLexicon, start: number, end: number): NameMention | null {
  const words = a.lower.slice(start, end)
  const full = words.length === 1 ? words[0]! : words.join(' ')
  // Most runs are one word: its lower-case form is the lookup key as it is.
  const outlet = lex.outlets.get(words.length === 1 ? full : a.tok.slice(start, end).toLowerCase())
  if (outlet) return mention(a, start, end, start, 'outlet', { outlet })
  if (lex.places.has(full)) return mention(a, start, end, start, 'place')
  if (end - start >= 2 && (lex.placePrefixes.has(words[0]!) || lex.placeSuffixes.has(words[words.length - 1]!)) && !words.some((w) => lex.orgWords.has(w))) {
    return mention(a, start, end, start, 'place')
  }
  // Split leading titles and their modifiers from the name proper: "US Secretary of State | Marco Rubio",
  // "Kestran Chancellor | Edvin Marrow". The name starts after the last title that leaves a name.
  let nameStart = start
  let sawTitle = false
  for (let k = start; k < end - 1; k++) {
    const title = longestTitle(a, lex, k, end - 1)
    if (title === 0) continue
    let after = k + title
    if (a.lower[after] === '.') after++
    if (after < end && isNameWord(a, after)) {
      nameStart = after
      sawTitle = true
      k = after - 1
    }
  }
  const nameWords = a.lower.slice(nameStart, end)
  if (nameWords.some((w) => lex.orgWords.has(w)) || lex.orgWords.has(nameWords.join(' '))) {
    return mention(a, start, end, start, 'organization')
  }
  if (!sawTitle && end - start === 1 && isAcronym(a, start)) return mention(a, start, end, start, 'organization')
  const titleStart = sawTitle ? start : roleBefore(a, lex, start)
  const role = titleText(a, lex, titleStart, nameStart)
  const gender = genderOf(a, lex, titleStart, nameStart)
  const isPerson = sawTitle || titleStart < nameStart || end - nameStart >= 2
  return mention(a, nameStart, end, titleStart, isPerson ? 'person' : 'organization', {
    ...(role ? { role } : {}),
    ...(gender ? { gender } : {}),
    ...(isPerson ? {} : { tentative: true }),
  })
}

function mention(
  a: Analysis,
  start: number,
  end: number,
  titleStart: number,
  type: EntityType,
  extra: { outlet?: OutletEntry; role?: string; gender?: 'male' | 'female'; tentative?: boolean } = {},
): NameMention {
  const m: NameMention = {
    start,
    end,
    titleStart,
    type: extra.tentative ? 'organization' : type,
    name: a.tok.slice(start, end),
    tentative: extra.tentative === true,
    entity: -1,
  }
  if (extra.outlet) m.outlet = extra.outlet
  if (extra.role) m.role = extra.role
  if (extra.gender) m.gender = extra.gender
  return m
}

function longestTitle(a: Analysis, lex: NameLexicon, from: number, limit: number): number {
  const candidates = lex.titlesByFirstWord.get(a.lower[from]!)
  if (!candidates) return 0
  for (const words of candidates) {
    if (words.length > limit - from) continue
    let k = 1
    while (k < words.length && a.lower[from + k] === words[k]) k++
    if (k === words.length) return k
  }
  return 0
}

/** "Kremlin leader Vladimir Putin", "Russian ruler …": a lower-case role noun and its modifiers. */
function roleBefore(a: Analysis, lex: NameLexicon, start: number): number {
  let k = start - 1
  if (k < 0 || a.tok.gap(start) >= Gap.Newline || !lex.roleNouns.has(a.lower[k]!)) return start
  const sentence = a.sent.of(start)
  while (k - 1 >= 0 && a.sent.of(k - 1) === sentence && start - k < 4) {
    const w = a.lower[k - 1]!
    if (lex.roleNouns.has(w) || lex.nationalities.has(w) || lex.titles.has(w) || (a.tok.startsUpper(k - 1) && !lex.nonNameCapitals.has(w))) k--
    else break
  }
  return k
}

/** "Dmitry Peskov, spokesman for Kremlin leader Vladimir Putin, …": a role set off by commas. */
function appositionRole(a: Analysis, lex: NameLexicon, nameEnd: number): string | undefined {
  if (a.lower[nameEnd] !== ',') return undefined
  const from = nameEnd + 1
  let k = from
  if (englishGrammar.articles.has(a.lower[k]!)) k++
  let sawRole = false
  for (let n = 0; n < 4 && k + n < a.tok.count; n++) {
    const w = a.lower[k + n]!
    if (lex.roleNouns.has(w)) {
      sawRole = true
      break
    }
    if (!(lex.nationalities.has(w) || a.tok.startsUpper(k + n) || lex.roleModifiers.has(w))) break
  }
  if (!sawRole) return undefined
  let end = from
  const sentence = a.sent.of(nameEnd)
  while (end < a.tok.count && a.sent.of(end) === sentence && a.lower[end] !== ',' && !a.tok.isQuote(end) && !(a.tok.isPunct(end) && /^[.;:!?]$/.test(a.lower[end]!)) && end - from < 14) end++
  if (end === from) return undefined
  return a.tok.slice(from, end)
}

function titleText(a: Analysis, lex: NameLexicon, from: number, to: number): string | undefined {
  if (from >= to) return undefined
  let end = to - 1
  while (end >= from && (a.lower[end] === '.' || a.lower[end] === ',')) end--
  if (end < from) return undefined
  const text = a.tok.slice(from, end + 1)
  // "Mr.", "Dr": an honorific is no role.
  const lower = text.toLowerCase()
  return lex.honorifics.has(lower.endsWith('.') ? lower.slice(0, -1) : lower) ? undefined : text
}

function genderOf(a: Analysis, lex: NameLexicon, from: number, to: number): 'male' | 'female' | undefined {
  for (let k = from; k < to; k++) {
    if (lex.male.has(a.lower[k]!)) return 'male'
    if (lex.female.has(a.lower[k]!)) return 'female'
  }
  return undefined
}

function isAcronym(a: Analysis, i: number): boolean {
  const t = a.tok.text(i)
  return t.length >= 2 && t === t.toUpperCase() && /\p{Lu}/u.test(t)
}
