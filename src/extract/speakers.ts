// Who each attribution's source is: a name in it, a pronoun's antecedent, the person a role phrase
// ("the Kremlin spokesman") or an organisation noun ("the ministry") refers back to, or a named group.

import { englishGrammar } from '../lexicon/grammar.js'
import type { NameLexicon } from '../lexicon/names.js'
import { englishPronouns as pronouns } from '../lexicon/pronouns.js'
import { TokenKind } from '../text/tokenizer.js'
import type { Analysis } from './analysis.js'
import { Antecedents } from './antecedents.js'
import type { Attribution } from './attribution.js'
import { type EntityCluster, type NameFindings, type NameMention, mentionAt } from './entities.js'

/** Who a source refers to: an entity cluster, a named group, or nobody we can tell. */
export interface ResolvedSpeaker {
  /** Index into NameFindings.clusters; absent when the source is no entity of the document. */
  cluster?: number
  /** Canonical name; null when the speaker is unknown. */
  name: string | null
  role?: string
}

/** Words before a noun phrase's head that are no part of a role or a group's name. */
const DETERMINERS = englishGrammar.nounPhraseDeterminers
/** How many sentences back a pronoun may reach for its antecedent. */
const PRONOUN_REACH = 4

/**
 * Resolves each attribution's source: a name inside it; a pronoun to the latest compatible person;
 * "the Kremlin spokesman" to the person seen with that role; "who" to the name it follows.
 */
export function resolveSpeakers(a: Analysis, lex: NameLexicon, names: NameFindings, attributions: Attribution[]): ResolvedSpeaker[] {
  const resolved: ResolvedSpeaker[] = []
  const antecedents = new Antecedents(names)
  for (let n = 0; n < attributions.length; n++) {
    const at = attributions[n]!
    const speaker = at.source ? resolveSource(a, lex, names, antecedents, at.source, resolved, attributions, n) : unknown()
    resolved.push(speaker)
  }
  return resolved
}

function unknown(): ResolvedSpeaker {
  return { name: null }
}

function fromCluster(names: NameFindings, index: number, roleHere?: string): ResolvedSpeaker {
  const c = names.clusters[index]!
  const role = roleHere ?? c.roles[0]
  return { cluster: index, name: c.name, ...(role ? { role } : {}) }
}

function resolveSource(
  a: Analysis,
  lex: NameLexicon,
  names: NameFindings,
  antecedents: Antecedents,
  [start, end]: [number, number],
  earlier: ResolvedSpeaker[],
  attributions: Attribution[],
  n: number,
): ResolvedSpeaker {
  const head = headChunkEnd(a, start, end)
  const first = a.lower[start]!
  if (end - start === 1 && pronouns.relative.has(first)) return antecedentOfRelative(a, names, start)
  if (head - start === 1 && (pronouns.male.has(first) || pronouns.female.has(first))) {
    return antecedentOfPronoun(a, names, start, pronouns.male.has(first) ? 'male' : 'female', earlier, attributions, n)
  }
  if (head - start === 1 && (pronouns.group.has(first) || pronouns.interlocutors.has(first))) {
    if (pronouns.impersonal.has(first)) {
      const previous = earlier[n - 1]
      if (previous?.cluster !== undefined && names.clusters[previous.cluster]!.type !== 'person') return previous
    }
    return unknown()
  }
  const headWord = a.lower[head - 1]!
  // "The Kremlin spokesman", "the senator": a role noun heads the phrase.
  if (lex.roleNouns.has(headWord) && !a.tok.startsUpper(head - 1)) {
    // "The ministry spokeswoman, Lenna Corvish,": the name may stand in the apposition.
    const named = firstMention(names, start, end, 'person')
    if (named) return fromCluster(names, named.entity, roleFromHead(a, start, head))
    return byRole(a, names, antecedents, start, head, headWord)
  }
  // "the ministry", "the agency": the organisation of that kind named last.
  if (lex.orgWords.has(headWord) && DETERMINERS.has(first) && !firstMention(names, start, head, null)) {
    return byOrganisationNoun(names, antecedents, start, headWord)
  }
  // A name in the head chunk; people before organisations.
  const m = firstMention(names, start, end, 'person')
  if (m) {
    return fromCluster(names, m.entity, roleInSource(a, lex, m.end, end) ?? m.role)
  }
  const other = firstMention(names, start, head, null)
  if (other) {
    const m = other
    // A name that only qualifies a lower-case head ("Telvarian mediators") is not the speaker.
    const qualifies = m.end < head && !a.tok.startsUpper(head - 1)
    if (!lex.groupNouns.has(headWord) && !qualifies) return fromCluster(names, m.entity)
  }
  // A group with a qualifier is a speaker we can name ("US officials", "the Telvarian mediators");
  // a bare one is not.
  if (lex.groupNouns.has(headWord) || (headWord.length > 3 && headWord.endsWith('s') && !a.tok.startsUpper(head - 1) && a.tok.isWord(head - 1))) {
    let from = start
    while (from < head && DETERMINERS.has(a.lower[from]!)) from++
    if (head - from >= 2) return { name: a.tok.slice(from, head) }
  }
  return unknown()
}

function roleFromHead(a: Analysis, start: number, head: number): string | undefined {
  let from = start
  while (from < head && DETERMINERS.has(a.lower[from]!)) from++
  return from < head ? a.tok.slice(from, head) : undefined
}

function byOrganisationNoun(names: NameFindings, antecedents: Antecedents, at: number, noun: string): ResolvedSpeaker {
  const cluster = antecedents.organisationBefore(at, noun)
  return cluster >= 0 ? fromCluster(names, cluster) : unknown()
}

/** End of the source's first comma-delimited chunk: "Dmitry Peskov" in "Dmitry Peskov, spokesman …,". */
function headChunkEnd(a: Analysis, start: number, end: number): number {
  for (let k = start; k < end; k++) if (a.lower[k] === ',' || a.lower[k] === '(') return k > start ? k : end
  let last = end
  while (last > start + 1 && !a.tok.isWord(last - 1) && a.tok.kind(last - 1) !== TokenKind.Initialism) last--
  return last
}

function firstMention(names: NameFindings, start: number, end: number, type: 'person' | null): NameMention | undefined {
  for (let k = start; k < end; k++) {
    const m = mentionAt(names, k)
    if (m && (type === null || m.type === type)) return m
  }
  return undefined
}

/** The apposition inside a source: "Dmitry Peskov, spokesman for Kremlin leader Vladimir Putin,". */
function roleInSource(a: Analysis, lex: NameLexicon, nameEnd: number, end: number): string | undefined {
  if (a.lower[nameEnd] !== ',') return undefined
  let from = nameEnd + 1
  let to = end
  while (to > from && (a.lower[to - 1] === ',' || a.tok.isPunct(to - 1))) to--
  if (to <= from) return undefined
  if (DETERMINERS.has(a.lower[from]!) && to - from > 1) from++
  const words = a.lower.slice(from, Math.min(to, from + 5))
  if (!words.some((w) => lex.roleNouns.has(w))) return undefined
  return a.tok.slice(from, to)
}

function antecedentOfRelative(a: Analysis, names: NameFindings, who: number): ResolvedSpeaker {
  let k = who - 1
  if (k >= 0 && a.lower[k] === ',') k--
  const m = mentionAt(names, k)
  return m ? fromCluster(names, m.entity) : unknown()
}

/**
 * "he"/"she": the previous statement's speaker when compatible (news keeps one speaker per passage),
 * else the latest person mentioned outside quotations within a few sentences.
 */
function antecedentOfPronoun(
  a: Analysis,
  names: NameFindings,
  at: number,
  gender: 'male' | 'female',
  earlier: ResolvedSpeaker[],
  attributions: Attribution[],
  n: number,
): ResolvedSpeaker {
  const sentence = a.sent.of(at)
  const compatible = (c: EntityCluster) => c.type === 'person' && (c.gender === undefined || c.gender === gender)
  // The latest person named before the pronoun, outside quotations.
  let latest = -1
  for (let k = at - 1; k >= 0 && sentence - a.sent.of(k) <= PRONOUN_REACH; k--) {
    const mention = mentionAt(names, k)
    if (!mention || a.quote.isQuoted(k)) continue
    if (compatible(names.clusters[mention.entity]!)) {
      latest = mention.entity
      break
    }
    k = mention.titleStart
  }
  for (let p = n - 1; p >= 0; p--) {
    const prev = earlier[p]!
    const prevAt = attributions[p]!
    if (sentence - a.sent.of(prevAt.cue.head) > PRONOUN_REACH) break
    if (prev.cluster === undefined) continue
    const c = names.clusters[prev.cluster]!
    if (!compatible(c)) continue
    // A person named after the previous statement, in this or the last sentence, wins over it.
    if (latest >= 0 && latest !== prev.cluster && mentionedBetween(a, names, latest, prevAt.cue.head, at)) break
    remember(c, gender)
    return { cluster: prev.cluster, name: c.name, ...(c.roles[0] ? { role: c.roles[0] } : {}) }
  }
  if (latest < 0) return unknown()
  remember(names.clusters[latest]!, gender)
  return fromCluster(names, latest)
}

function mentionedBetween(a: Analysis, names: NameFindings, entity: number, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (mentionAt(names, k)?.entity === entity && !a.quote.isQuoted(k)) return true
  }
  return false
}

function remember(c: EntityCluster, gender: 'male' | 'female'): void {
  if (!c.gender) c.gender = gender
}

/** "the Kremlin spokesman": the latest person whose role has that noun and the phrase's modifiers. */
function byRole(a: Analysis, names: NameFindings, antecedents: Antecedents, start: number, head: number, noun: string): ResolvedSpeaker {
  const modifiers = a.lower.slice(start, head - 1).filter((w) => !DETERMINERS.has(w))
  let best = -1
  let bestScore = 0
  for (const index of antecedents.peopleWithRole(start, noun)) {
    for (const role of names.clusters[index]!.roles) {
      const r = role.toLowerCase()
      if (!r.includes(noun)) continue
      const score = 1 + modifiers.filter((w) => r.includes(w)).length
      if (score > bestScore || (score === bestScore && index > best)) {
        best = index
        bestScore = score
      }
    }
  }
  return best >= 0 ? fromCluster(names, best) : unknown()
}
