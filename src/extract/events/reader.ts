// Reading one mention around its trigger: its extent and how it refers ("the talks", "his visit",
// "a meeting"), its participants from its noun phrase or its verb's subject and object (parties.ts),
// a place from the phrases after it (places.ts), and a status from the cue words around it (status.ts).

import type { EventLexicon } from '../../lexicon/events.js'
import type { NameLexicon } from '../../lexicon/names.js'
import type { Analysis } from '../analysis.js'
import type { NameFindings } from '../entities.js'
import type { Candidate, Mention, MentionText } from './mention.js'
import { entityEndingAt, partiesBefore, partyList, pronounReferent, subjectOf } from './parties.js'
import { isPlaceId, PartyWords } from './party-words.js'
import { placeAt } from './places.js'
import { readStatus } from './status.js'
import { markerLength } from './triggers.js'

export class Reader implements MentionText {
  readonly words: PartyWords

  constructor(
    readonly a: Analysis,
    readonly names: NameFindings,
    readonly entityIds: readonly string[],
    readonly lex: EventLexicon,
    readonly nameLex: NameLexicon,
  ) {
    this.words = new PartyWords(a, names, entityIds, nameLex)
  }

  mention(candidates: Candidate[], n: number): Mention | null {
    const c = candidates[n]!
    const { a } = this
    const sentence = a.sent.of(c.head)
    const sentStart = a.sent.start(sentence)
    const sentEnd = a.sent.end(sentence)
    // The status window stops at the neighbouring triggers.
    const prevEnd = n > 0 ? Math.max(sentStart, candidates[n - 1]!.headEnd) : sentStart
    const nextHead = n + 1 < candidates.length ? Math.min(sentEnd, candidates[n + 1]!.head) : sentEnd
    const m: Mention = {
      type: c.type,
      verb: c.verb,
      start: c.head,
      end: c.headEnd,
      head: c.head,
      headEnd: c.headEnd,
      sentence,
      participants: [],
      status: 'unknown',
      modalOnly: false,
      further: false,
      reference: 'indefinite',
    }
    if (c.verb) {
      if (!this.readVerb(m, sentStart, nextHead)) return null
    } else {
      this.readNoun(m, sentStart, prevEnd, nextHead)
    }
    readStatus(this, m, Math.max(prevEnd, sentStart), nextHead)
    return m
  }

  private readNoun(m: Mention, sentStart: number, prevEnd: number, limit: number): void {
    const { a, lex } = this
    const { lower } = a
    let j = m.head - 1
    let steps = 0
    while (j >= prevEnd && steps < 4 && lex.modifiers.has(lower[j]!)) {
      j--
      steps++
    }
    // "Trump’s meeting", "his visit": the possessor takes part.
    if (j - 1 >= prevEnd && lex.possessiveMarks.has(lower[j]!) && a.tok.isAttached(j)) {
      const who = entityEndingAt(this, j - 1, prevEnd)
      if (who) {
        m.participants.push(...who.ids)
        m.reference = 'possessive'
        j = who.start - 1
      }
    } else {
      // "US–Russia talks", "the Putin-Trump summit", "Ukrainian–Russian negotiations".
      const pre = partiesBefore(this, j, prevEnd)
      if (pre) {
        m.participants.push(...pre.ids)
        j = pre.start - 1
      }
    }
    m.start = j + 1
    if (j >= prevEnd) {
      const w = lower[j]!
      if (lex.possessive.has(w)) {
        m.reference = 'possessive'
        const who = pronounReferent(this, j, w)
        if (who) m.participants.unshift(who)
        m.start = j
      } else if (lex.definite.has(w)) {
        m.reference = 'definite'
        m.start = j
      } else if (lex.indefinite.has(w)) {
        // "such a meeting" refers back, as "the meeting" does.
        m.reference = j - 1 >= prevEnd && lex.referringPredeterminers.has(lower[j - 1]!) ? 'definite' : 'indefinite'
        m.start = m.reference === 'definite' ? j - 1 : j
      }
    }
    // "X held talks with Y", "X paid a visit to Z": the subject of a light verb takes part.
    const verbAt = m.start - 1
    if (verbAt >= sentStart && lex.lightVerbs.has(lower[verbAt]!)) {
      const subject: string[] = []
      subjectOf(this, verbAt, sentStart, subject)
      for (const id of subject) if (!m.participants.includes(id)) m.participants.push(id)
    }
    m.end = this.modifiersAfter(m, m.headEnd, limit)
  }

  /** "X met Y", "X will visit Z", "X spoke by phone with Y". False when it names no event. */
  private readVerb(m: Mention, sentStart: number, limit: number): boolean {
    const { a, lex } = this
    const subject: string[] = []
    const first = subjectOf(this, m.head, sentStart, subject)
    m.participants.push(...subject)
    let j = m.headEnd
    // "spoke by phone with Y", "met up with Y".
    const marker = m.type === 'call' ? markerLength(a, lex, j) : 0
    j += marker
    if (lex.verbParticles.has(a.lower[j]!) && lex.companionPrepositions.has(a.lower[j + 1]!)) j++
    if (lex.companionPrepositions.has(a.lower[j]!) || (m.type === 'call' && lex.callRecipientPrepositions.has(a.lower[j]!))) j++
    const object = partyList(this, j, limit)
    if (object) {
      for (const item of object.items) this.addItem(m, item)
      j = object.end
    } else if (j > m.headEnd && lex.companionPrepositions.has(a.lower[j - 1]!)) {
      j--
    }
    m.end = this.modifiersAfter(m, j, limit)
    m.start = subject.length > 0 ? first : m.head
    if (m.type === 'visit') return m.participants.length >= 1 && (m.place !== undefined || m.participants.length >= 2) && subject.length > 0
    return m.participants.length >= 2
  }

  /** Prepositional phrases after a trigger: participants, place, where a visit or a call goes. */
  private modifiersAfter(m: Mention, from: number, limit: number): number {
    const { a, lex } = this
    let j = from
    let end = from
    for (let round = 0; round < 4 && j < limit; round++) {
      const w = a.lower[j]!
      if (lex.participantPrepositions.has(w) || (lex.destinationPrepositions.has(w) && lex.destinationTypes.has(m.type))) {
        const found = partyList(this, j + 1, limit)
        if (!found) break
        const destination = lex.destinationPrepositions.has(w)
        for (const item of found.items) {
          if (destination && m.type === 'visit' && isPlaceId(item[0]!) && !m.place) m.place = item[0]!
          else this.addItem(m, item)
        }
        j = end = found.end
        continue
      }
      if (lex.placePrepositions.has(w)) {
        const place = placeAt(this, j + 1, limit)
        if (!place) break
        m.place ??= place.id
        j = end = place.end
        continue
      }
      break
    }
    return end
  }

  private addItem(m: Mention, item: string[]): void {
    for (const id of item) {
      if (m.type === 'visit' && isPlaceId(id) && !m.place && m.verb) m.place = id
      else if (!m.participants.includes(id)) m.participants.push(id)
    }
  }
}
