// Who takes part in an event: a list of parties ("Putin and US President Donald Trump",
// "representatives from Türkiye, the United States and Ukraine"), names joined before a trigger
// ("US–Russia talks"), the subject of a verb ("Putin and Trump met"), and the person a pronoun
// stands for ("his visit", "he would meet").

import type { NameLexicon } from '../../lexicon/names.js'
import { type Analysis, isCapitalized } from '../analysis.js'
import { mentionAt } from '../entities.js'
import { matches, type MentionText } from './mention.js'
import { isPlaceId } from './party-words.js'

/** Marks that join names before a trigger besides the conjunctions: "US–Russia", "Putin-Trump". */
const DASHES = new Set(['-', '–', '—', '/'])

/**
 * A list of parties: "Putin and US President Donald Trump", "representatives from Türkiye, the
 * United States and Ukraine", "the Ukrainian and Russian delegations". Items after the last "and"
 * that only commas join are left out ("talks with Kyiv, Moscow said").
 */
export function partyList(c: MentionText, from: number, limit: number): { items: string[][]; end: number } | null {
  const { a, lex } = c
  const items: string[][] = []
  const ends: number[] = []
  /** Per separator: joined by a conjunction (or "&"), or by a comma only. */
  const joined: boolean[] = []
  let j = from
  for (;;) {
    const item = party(c, j, limit)
    if (!item) break
    items.push(item.ids)
    ends.push(item.end)
    j = item.end
    const w = a.lower[j]
    if (w === ',' && lex.conjunctions.has(a.lower[j + 1]!)) {
      joined.push(true)
      j += 2
    } else if (lex.conjunctions.has(w!) || w === '&') {
      joined.push(true)
      j++
    } else if (w === ',') {
      joined.push(false)
      j++
    } else break
  }
  if (items.length === 0) return null
  let keep = items.length
  if (keep > 1) {
    const lastAnd = joined.lastIndexOf(true)
    keep = lastAnd < 0 ? 1 : Math.min(keep, lastAnd + 2)
  }
  return { items: items.slice(0, keep), end: ends[keep - 1]! }
}

/** One party: the last name in it ("the Kremlin leader Vladimir Putin" → Putin), else a country adjective. */
function party(c: MentionText, from: number, limit: number): { ids: string[]; end: number } | null {
  const { a, lex, nameLex, names } = c
  let j = from
  let id: string | undefined
  let adjective: string[] | undefined
  while (j < limit) {
    const w = a.lower[j]!
    const mention = mentionAt(names, j)
    if (mention) {
      const dem = mention.tentative && mention.end - mention.start === 1 ? c.words.demonym(j) : undefined
      if (dem) adjective = [dem]
      else id = c.entityIds[mention.entity]
      j = Math.max(j + 1, mention.end)
      continue
    }
    if (lex.nameArticles.has(w) && j + 1 < limit) {
      j++
      continue
    }
    if (a.tok.isWord(j) && isCapitalized(a, j)) {
      const dem = c.words.demonym(j) ?? c.words.compound(j)
      if (dem) {
        adjective = Array.isArray(dem) ? dem : [dem]
        j++
        continue
      }
    }
    const title = titleLength(a, nameLex, j, limit)
    if (title > 0 || lex.groupNouns.has(w) || nameLex.nationalities.has(w)) {
      j += Math.max(1, title)
      if (lex.partyLinks.has(a.lower[j]!)) j++
      continue
    }
    break
  }
  // The item must end on a party, not on a dangling "the" or "of".
  while (j > from && (lex.nameArticles.has(a.lower[j - 1]!) || lex.partyLinks.has(a.lower[j - 1]!))) j--
  const ids = id ? [id] : adjective
  return ids ? { ids, end: j } : null
}

/** Names joined before a trigger: "US–Russia", "Putin-Trump", "Ukrainian and Russian"; one person or organisation alone. */
export function partiesBefore(c: MentionText, j: number, stop: number): { ids: string[]; start: number } | null {
  const { a, lex } = c
  const ids: string[] = []
  let start = j + 1
  let parts = 0
  let placesOnly = true
  while (j >= stop) {
    const named = entityEndingAt(c, j, stop)
    if (!named) break
    for (const id of named.ids) {
      if (!isPlaceId(id)) placesOnly = false
      if (!ids.includes(id)) ids.unshift(id)
    }
    parts += named.ids.length
    start = named.start
    j = named.start - 1
    if (j >= stop && (DASHES.has(a.lower[j]!) || lex.conjunctions.has(a.lower[j]!))) j--
    else break
  }
  if (ids.length === 0) return null
  // A lone place before a trigger says what the talks are about or where they are ("the Ukraine talks"): no party.
  if (parts < 2 && placesOnly) return null
  return { ids, start }
}

/** The name, country adjective or joined names ending at token j. */
export function entityEndingAt(c: MentionText, j: number, stop: number): { ids: string[]; start: number } | null {
  const { a, names } = c
  const mention = mentionAt(names, j)
  if (mention) {
    if (mention.end !== j + 1) return null
    const dem = mention.tentative && mention.end - mention.start === 1 ? c.words.demonym(j) : undefined
    return { ids: [dem ?? c.entityIds[mention.entity]!], start: Math.max(stop, mention.titleStart) }
  }
  if (!a.tok.isWord(j) || !isCapitalized(a, j)) return null
  const dem = c.words.demonym(j) ?? c.words.compound(j)
  if (!dem) return null
  return { ids: Array.isArray(dem) ? dem : [dem], start: j }
}

/**
 * The parties before a verb, into `ids`: "Putin and Trump met", "Trump will visit", "he would meet"
 * (a pronoun is the nearest fitting person before it). Returns where the subject starts (`verb`
 * when there is none).
 */
export function subjectOf(c: MentionText, verb: number, sentStart: number, ids: string[]): number {
  const { a, lex } = c
  let j = verb - 1
  for (let steps = 0; j >= sentStart && steps < 6 && lex.auxiliaries.has(a.lower[j]!); steps++) j--
  let subjectStart = verb
  while (j >= sentStart) {
    const w = a.lower[j]!
    let start = -1
    if (lex.malePronouns.has(w) || lex.femalePronouns.has(w)) {
      // "his", "her": a possessor, not a subject.
      if (lex.possessive.has(w)) break
      const who = pronounReferent(c, j, w)
      if (!who) break
      if (!ids.includes(who)) ids.unshift(who)
      start = j
    } else {
      // "Ukrainian and Russian delegations held talks": the parties behind a group noun.
      const behind = lex.groupNouns.has(w) && j - 1 >= sentStart ? entityEndingAt(c, j - 1, sentStart) : null
      const named = behind ?? entityEndingAt(c, j, sentStart)
      if (!named) break
      for (const id of named.ids) if (!ids.includes(id)) ids.unshift(id)
      start = named.start
    }
    subjectStart = start
    j = start - 1
    if (j >= sentStart && lex.nameArticles.has(a.lower[j]!)) j--
    if (j >= sentStart && (lex.conjunctions.has(a.lower[j]!) || a.lower[j] === ',') && j - 1 >= sentStart && a.lower[j - 1] !== ',') j--
    else break
  }
  return subjectStart
}

/**
 * The person a pronoun at k stands for: the nearest earlier person of its gender in its sentence
 * or the one before, else the nearest of unknown gender.
 */
export function pronounReferent(c: MentionText, k: number, w: string): string | undefined {
  const { a, names, lex } = c
  if (!lex.malePronouns.has(w) && !lex.femalePronouns.has(w)) return undefined
  const gender = lex.malePronouns.has(w) ? 'male' : 'female'
  const from = a.sent.start(Math.max(0, a.sent.of(k) - 1))
  let unknown: string | undefined
  for (let j = k - 1; j >= from; j--) {
    const mention = mentionAt(names, j)
    if (!mention) continue
    const cluster = names.clusters[mention.entity]!
    if (cluster.type === 'person' && cluster.gender === gender) return c.entityIds[mention.entity]
    if (cluster.type === 'person' && !cluster.gender) unknown ??= c.entityIds[mention.entity]
    j = mention.titleStart
  }
  return unknown
}

/** Length of a title or role noun at j ("prime minister", "president"), or 0. */
function titleLength(a: Analysis, lex: NameLexicon, j: number, limit: number): number {
  for (const words of lex.titlesByFirstWord.get(a.lower[j]!) ?? []) if (j + words.length <= limit && matches(a.lower, j, words, limit)) return words.length
  return lex.roleNouns.has(a.lower[j]!) ? 1 : 0
}
