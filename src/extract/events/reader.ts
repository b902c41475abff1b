// Reading one mention around its trigger: participants from its noun phrase ("between A and B",
// "A–B talks", "Ukrainian and Russian delegations") or its verb's subject and object ("X met Y"),
// a place ("in Istanbul"), and a status from the cue words around it.

import type { Entity, EventStatus } from '../../core/records.js'
import { entityId } from '../../core/ids.js'
import { span } from '../../core/span.js'
import { type EventLexicon, STATUS_RANK, type StatusCue } from '../../lexicon/events.js'
import type { NameLexicon } from '../../lexicon/names.js'
import { Gap, TokenKind } from '../../text/tokenizer.js'
import { type Analysis, isCapitalized } from '../analysis.js'
import type { NameFindings } from '../entities.js'
import { type Candidate, matches, type Mention, POSSESSIVE_MARK } from './mention.js'
import { markerLength } from './triggers.js'

const LIST_DASH = new Set(['-', '–', '—', '/', 'and'])
/** Words of a date phrase between a status cue and its place: "held on 20 May in Ankara". */
const DATE_FILLER = new Set(['on', 'for', 'next', 'this', 'last', 'early', 'late', 'week', 'month', 'year', 'weekend', 'today', 'tomorrow', 'yesterday', 'morning', 'evening', ','])

export class Reader {
  /** Places named only by an adjective, by id, with the spans they were read from. */
  readonly extra = new Map<string, Entity>()
  private readonly known: Set<string>
  private forms: Map<string, string> | undefined

  constructor(
    readonly a: Analysis,
    readonly names: NameFindings,
    readonly entityIds: readonly string[],
    readonly lex: EventLexicon,
    readonly nameLex: NameLexicon,
  ) {
    this.known = new Set(entityIds)
  }

  mention(candidates: Candidate[], n: number): Mention | null {
    const c = candidates[n]!
    const { a } = this
    const sentence = a.sentences.ofToken[c.head]!
    const sentStart = a.sentences.starts[sentence]!
    const sentEnd = a.sentences.ends[sentence]!
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
    this.status(m, Math.max(prevEnd, sentStart), nextHead)
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
    if (j - 1 >= prevEnd && POSSESSIVE_MARK.has(lower[j]!) && a.tokens.gaps[j] === Gap.None) {
      const who = this.entityEndingAt(j - 1, prevEnd)
      if (who) {
        m.participants.push(...who.ids)
        m.reference = 'possessive'
        j = who.start - 1
      }
    } else {
      // "US–Russia talks", "the Putin-Trump summit", "Ukrainian–Russian negotiations".
      const pre = this.preModifiers(j, prevEnd)
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
        const who = this.pronoun(j, w)
        if (who) m.participants.unshift(who)
        m.start = j
      } else if (lex.definite.has(w)) {
        m.reference = 'definite'
        m.start = j
      } else if (lex.indefinite.has(w)) {
        // "such a meeting" refers back, as "the meeting" does.
        m.reference = j - 1 >= prevEnd && lower[j - 1] === 'such' ? 'definite' : 'indefinite'
        m.start = m.reference === 'definite' ? j - 1 : j
      }
    }
    // "X held talks with Y", "X paid a visit to Z": the subject of a light verb takes part.
    const verbAt = m.start - 1
    if (verbAt >= sentStart && lex.lightVerbs.has(lower[verbAt]!)) {
      for (const id of this.subject(verbAt, sentStart)) if (!m.participants.includes(id)) m.participants.push(id)
    }
    m.end = this.modifiersAfter(m, m.headEnd, limit)
  }

  /** "X met Y", "X will visit Z", "X spoke by phone with Y". False when it names no event. */
  private readVerb(m: Mention, sentStart: number, limit: number): boolean {
    const { a, lex } = this
    const subject = this.subject(m.head, sentStart)
    const first = this.subjectStart
    m.participants.push(...subject)
    let j = m.headEnd
    // "spoke by phone with Y", "met up with Y".
    const marker = m.type === 'call' ? markerLength(a, lex, j) : 0
    j += marker
    if (a.lower[j] === 'up' && a.lower[j + 1] === 'with') j++
    if (a.lower[j] === 'with' || (m.type === 'call' && a.lower[j] === 'to')) j++
    const object = this.list(j, limit)
    if (object) {
      for (const item of object.items) this.addItem(m, item)
      j = object.end
    } else if (j > m.headEnd && a.lower[j - 1] === 'with') {
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
        const found = this.list(j + 1, limit)
        if (!found) break
        const destination = lex.destinationPrepositions.has(w)
        for (const item of found.items) {
          if (destination && m.type === 'visit' && this.isPlace(item[0]!) && !m.place) m.place = item[0]!
          else this.addItem(m, item)
        }
        j = end = found.end
        continue
      }
      if (lex.placePrepositions.has(w)) {
        const place = this.place(j + 1, limit)
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
      if (m.type === 'visit' && this.isPlace(id) && !m.place && m.verb) m.place = id
      else if (!m.participants.includes(id)) m.participants.push(id)
    }
  }

  /** Entity ids are "<type>:<slug>" (core/ids.ts). */
  private isPlace(id: string): boolean {
    return id.startsWith('place:')
  }

  /** "in Istanbul", "in the Turkish city of Istanbul", "in the port of Dunmarrow". */
  place(from: number, limit: number): { id: string; end: number } | null {
    const { a, lex, nameLex } = this
    let j = from
    let placeNoun = false
    if (a.lower[j] === 'the') j++
    while (j < limit && this.names.ofToken[j] === -1 && (nameLex.nationalities.has(a.lower[j]!) || this.demonym(j) !== undefined)) j++
    // "the Telvarian port of Dunmarrow": before "<place noun> of", one capitalised word is an adjective, known or not.
    if (j + 2 < limit && isCapitalized(a, j) && lex.placeNouns.has(a.lower[j + 1]!) && a.lower[j + 2] === 'of') j++
    if (j < limit && lex.placeNouns.has(a.lower[j]!) && a.lower[j + 1] === 'of') {
      placeNoun = true
      j += 2
    }
    const mi = j < limit ? this.names.ofToken[j]! : -1
    if (mi < 0) return null
    const mention = this.names.mentions[mi]!
    if (mention.titleStart !== j && mention.start !== j) return null
    const cluster = this.names.clusters[mention.entity]!
    if (cluster.type !== 'place' && !(placeNoun && mention.tentative)) return null
    return { id: this.entityIds[mention.entity]!, end: mention.end }
  }

  /**
   * A list of parties: "Putin and US President Donald Trump", "representatives from Türkiye, the
   * United States and Ukraine", "the Ukrainian and Russian delegations". Items after the last "and"
   * that only commas join are left out ("talks with Kyiv, Moscow said").
   */
  list(from: number, limit: number): { items: string[][]; end: number } | null {
    const items: string[][] = []
    const ends: number[] = []
    const seps: string[] = []
    let j = from
    for (;;) {
      const item = this.item(j, limit)
      if (!item) break
      items.push(item.ids)
      ends.push(item.end)
      j = item.end
      const w = this.a.lower[j]
      if (w === ',' && this.a.lower[j + 1] === 'and') {
        seps.push('and')
        j += 2
      } else if (w === 'and' || w === '&') {
        seps.push('and')
        j++
      } else if (w === ',') {
        seps.push(',')
        j++
      } else break
    }
    if (items.length === 0) return null
    let keep = items.length
    if (keep > 1) {
      const lastAnd = seps.lastIndexOf('and')
      keep = lastAnd < 0 ? 1 : Math.min(keep, lastAnd + 2)
    }
    return { items: items.slice(0, keep), end: ends[keep - 1]! }
  }

  /** One party: the last name in it ("the Kremlin leader Vladimir Putin" → Putin), else a country adjective. */
  private item(from: number, limit: number): { ids: string[]; end: number } | null {
    const { a, lex, nameLex, names } = this
    let j = from
    let id: string | undefined
    let adjective: string[] | undefined
    while (j < limit) {
      const w = a.lower[j]!
      const mi = names.ofToken[j]!
      if (mi >= 0) {
        const mention = names.mentions[mi]!
        const dem = mention.tentative && mention.end - mention.start === 1 ? this.demonym(j) : undefined
        if (dem) adjective = [dem]
        else id = this.entityIds[mention.entity]
        j = Math.max(j + 1, mention.end)
        continue
      }
      if (w === 'the' && j + 1 < limit) {
        j++
        continue
      }
      if (a.tokens.kinds[j] === TokenKind.Word && isCapitalized(a, j)) {
        const dem = this.demonym(j) ?? this.compound(j)
        if (dem) {
          adjective = Array.isArray(dem) ? dem : [dem]
          j++
          continue
        }
      }
      const title = titleLength(a, nameLex, j, limit)
      if (title > 0 || lex.groupNouns.has(w) || nameLex.nationalities.has(w)) {
        j += Math.max(1, title)
        if (a.lower[j] === 'of' || a.lower[j] === 'from') j++
        continue
      }
      break
    }
    // The item must end on a party, not on a dangling "the" or "of".
    while (j > from && (a.lower[j - 1] === 'the' || a.lower[j - 1] === 'of' || a.lower[j - 1] === 'from')) j--
    const ids = id ? [id] : adjective
    return ids ? { ids, end: j } : null
  }

  /** Names joined before a trigger: "US–Russia", "Putin-Trump", "Ukrainian and Russian"; one person or organisation alone. */
  private preModifiers(j: number, stop: number): { ids: string[]; start: number } | null {
    const { a } = this
    const ids: string[] = []
    let start = j + 1
    let parts = 0
    let placesOnly = true
    while (j >= stop) {
      const named = this.entityEndingAt(j, stop)
      if (!named) break
      for (const id of named.ids) {
        if (!this.isPlace(id)) placesOnly = false
        if (!ids.includes(id)) ids.unshift(id)
      }
      parts += named.ids.length
      start = named.start
      j = named.start - 1
      if (j >= stop && LIST_DASH.has(a.lower[j]!)) j--
      else break
    }
    if (ids.length === 0) return null
    // A lone place before a trigger says what the talks are about or where they are ("the Ukraine talks"): no party.
    if (parts < 2 && placesOnly) return null
    return { ids, start }
  }

  /** The name, country adjective or joined names ending at token j. */
  private entityEndingAt(j: number, stop: number): { ids: string[]; start: number } | null {
    const { a, names } = this
    const mi = names.ofToken[j]!
    if (mi >= 0) {
      const mention = names.mentions[mi]!
      if (mention.end !== j + 1) return null
      const dem = mention.tentative && mention.end - mention.start === 1 ? this.demonym(j) : undefined
      return { ids: [dem ?? this.entityIds[mention.entity]!], start: Math.max(stop, mention.titleStart) }
    }
    if (a.tokens.kinds[j] !== TokenKind.Word || !isCapitalized(a, j)) return null
    const dem = this.demonym(j) ?? this.compound(j)
    if (!dem) return null
    return { ids: Array.isArray(dem) ? dem : [dem], start: j }
  }

  /** "Ukrainian" → place:ukraine; a document's own place by its adjective ("Valdorian" → Valdoria). */
  demonym(k: number): string | undefined {
    const { a } = this
    if (!isCapitalized(a, k)) return undefined
    return this.word(a.lower[k]!, a.tokens.starts[k]!, true)
  }

  /** "US-Russia", "Putin-Trump": every part must be a known name or adjective. */
  private compound(k: number): string[] | undefined {
    const { a } = this
    const w = a.lower[k]!
    if (!w.includes('-') && !w.includes('–')) return undefined
    const ids: string[] = []
    let offset = a.tokens.starts[k]!
    for (const part of w.split(/[-–]/)) {
      const id = part.length > 1 ? this.word(part, offset, false) : undefined
      if (!id) return undefined
      if (!ids.includes(id)) ids.push(id)
      offset += part.length + 1
    }
    return ids.length >= 2 ? ids : undefined
  }

  /** A single word as a party: a country adjective, or one of the document's names, or a known place. */
  private word(w: string, at: number, adjectiveOnly: boolean): string | undefined {
    const { nameLex } = this
    const country = nameLex.demonyms.get(w)
    if (country) return this.placeId(country, at, w.length)
    if (!adjectiveOnly) {
      const own = this.docForms().get(w)
      if (own) return own
      const alias = nameLex.placeAliases.get(w)
      if (alias) return this.placeId(alias, at, w.length)
      if (nameLex.places.has(w)) return this.placeId(this.a.text.slice(at, at + w.length), at, w.length)
    }
    // An adjective of a place the document names: "Valdorian" → Valdoria, "Kestran" → Kestrania.
    if (/(?:n|ese)$/.test(w)) {
      const forms = this.docForms()
      for (const stem of [w.slice(0, -1), w + 'ia', w.replace(/ian$/, 'y'), w.replace(/an$/, 'a'), w.replace(/ese$/, 'a')]) {
        const own = forms.get(stem)
        if (own && this.isPlace(own)) return own
      }
    }
    return undefined
  }

  private placeId(name: string, at: number, length: number): string {
    const id = entityId('place', name)
    if (!this.known.has(id)) {
      const e = this.extra.get(id)
      const mention = span(this.a.text, at, at + length)
      if (e) {
        if (!e.mentions.some((m) => m.start === at)) e.mentions.push(mention)
      } else this.extra.set(id, { id, type: 'place', name, aliases: [name], roles: [], mentions: [mention] })
    }
    return id
  }

  /** Lower-case forms of the document's names (and surnames of its people) → entity id. */
  private docForms(): Map<string, string> {
    if (this.forms) return this.forms
    const forms = new Map<string, string>()
    this.names.clusters.forEach((c, i) => {
      const id = this.entityIds[i]!
      for (const f of c.forms) {
        const lower = f.toLowerCase()
        if (!forms.has(lower)) forms.set(lower, id)
        if (c.type === 'person') forms.set(lower.slice(lower.lastIndexOf(' ') + 1), id)
      }
      forms.set(c.name.toLowerCase(), id)
    })
    this.forms = forms
    return forms
  }

  private subjectStart = 0

  /**
   * The parties before a verb: "Putin and Trump met", "Trump will visit", "he would meet" (a
   * pronoun is the nearest fitting person before it). Sets `subjectStart`.
   */
  subject(verb: number, sentStart: number): string[] {
    const { a, lex } = this
    let j = verb - 1
    for (let steps = 0; j >= sentStart && steps < 6 && lex.auxiliaries.has(a.lower[j]!); steps++) j--
    const ids: string[] = []
    this.subjectStart = verb
    while (j >= sentStart) {
      const w = a.lower[j]!
      let start = -1
      if (lex.malePronouns.has(w) || lex.femalePronouns.has(w)) {
        if (w === 'his' || w === 'her') break
        const who = this.pronoun(j, w)
        if (!who) break
        if (!ids.includes(who)) ids.unshift(who)
        start = j
      } else {
        // "Ukrainian and Russian delegations held talks": the parties behind a group noun.
        const behind = lex.groupNouns.has(w) && j - 1 >= sentStart ? this.entityEndingAt(j - 1, sentStart) : null
        const named = behind ?? this.entityEndingAt(j, sentStart)
        if (!named) break
        for (const id of named.ids) if (!ids.includes(id)) ids.unshift(id)
        start = named.start
      }
      this.subjectStart = start
      j = start - 1
      if (j >= sentStart && a.lower[j] === 'the') j--
      if (j >= sentStart && (a.lower[j] === 'and' || a.lower[j] === ',') && j - 1 >= sentStart && a.lower[j - 1] !== ',') j--
      else break
    }
    return ids
  }

  /**
   * The person a pronoun at k stands for: the nearest earlier person of its gender in its sentence
   * or the one before, else the nearest of unknown gender.
   */
  private pronoun(k: number, w: string): string | undefined {
    const { a, names, lex } = this
    if (!lex.malePronouns.has(w) && !lex.femalePronouns.has(w)) return undefined
    const gender = lex.malePronouns.has(w) ? 'male' : 'female'
    const sentence = a.sentences.ofToken[k]!
    const from = a.sentences.starts[Math.max(0, sentence - 1)]!
    let unknown: string | undefined
    for (let j = k - 1; j >= from; j--) {
      const mi = names.ofToken[j]!
      if (mi < 0) continue
      const mention = names.mentions[mi]!
      const c = names.clusters[mention.entity]!
      if (c.type === 'person' && c.gender === gender) return this.entityIds[mention.entity]
      if (c.type === 'person' && !c.gender) unknown ??= this.entityIds[mention.entity]
      j = mention.titleStart
    }
    return unknown
  }

  /**
   * The status cues around a mention: a few tokens before it (up to a clause boundary), its own
   * words, and the clause after it. The latest stage any cue names wins; a negated cue counts not.
   * A place right after a cue is the event's ("began in Istanbul", "will be held in Geneva").
   */
  status(m: Mention, low: number, high: number): void {
    const { a, lex } = this
    const { lower } = a
    let from = m.start
    for (let steps = 0; from - 1 >= low && steps < 4 && !lex.beforeBreaks.has(lower[from - 1]!) && a.tokens.kinds[from - 1] !== TokenKind.Quote; steps++) from--
    let to = m.end
    for (let steps = 0; to < high && steps < 10 && !lex.clauseBreaks.has(lower[to]!); steps++) to++
    let best: EventStatus = 'unknown'
    let modalOnly = false
    for (let p = from; p < to; p++) {
      const w = lower[p]!
      if (!m.further && longest(lex.newEventCues.get(w), lower, p, to)) m.further = true
      let cue: StatusCue | undefined
      let length = 0
      let alone = false
      const modal = longest(lex.modals.get(w), lower, p, to)
      if (modal) {
        length = modal.words.length
        // The modal governs the status verb after it: "should be held", "will begin".
        let governs = m.verb && p < m.head && m.head - p <= 3
        for (let q = p + length; q < Math.min(to, p + length + 3); q++) {
          const governed = longest(lex.status.get(lower[q]!), lower, q, to)
          if (governed) {
            length = q - p + governed.words.length
            governs = true
            break
          }
        }
        if (governs || !lex.weakModals.has(w)) cue = modal
        alone = !governs
      } else {
        cue = longest(lex.status.get(w), lower, p, to) ?? (p < m.head ? longest(lex.statusBefore.get(w), lower, p, m.head) : undefined)
        length = cue?.words.length ?? 0
      }
      if (!cue) continue
      if (!negated(lower, lex, p, from) && STATUS_RANK[cue.status] > STATUS_RANK[best]) {
        best = cue.status
        modalOnly = alone
      }
      p += length - 1
      if (!m.place && p + 1 >= m.end) {
        // "began in Istanbul", "is scheduled for 20 May in Ankara": the cue's own words, within
        // the sentence even past the window the cue was looked for in.
        let q = p + 1
        while (q < high && q - p <= 4 && (DATE_FILLER.has(lower[q]!) || a.tokens.kinds[q] === TokenKind.Number || (isCapitalized(a, q) && this.names.ofToken[q] === -1))) q++
        if (q < high && lex.placePrepositions.has(lower[q]!)) {
          const place = this.place(q + 1, high)
          if (place) m.place = place.id
        }
      }
    }
    m.status = best
    m.modalOnly = modalOnly
  }
}

/** Length of a title or role noun at j ("prime minister", "president"), or 0. */
function titleLength(a: Analysis, lex: NameLexicon, j: number, limit: number): number {
  for (const words of lex.titlesByFirstWord.get(a.lower[j]!) ?? []) if (j + words.length <= limit && matches(a.lower, j, words, limit)) return words.length
  return lex.roleNouns.has(a.lower[j]!) ? 1 : 0
}

function longest<T extends { words: string[] }>(list: T[] | undefined, lower: string[], p: number, to: number): T | undefined {
  if (!list) return undefined
  for (const item of list) if (p + item.words.length <= to && matches(lower, p, item.words, to)) return item
  return undefined
}

function negated(lower: string[], lex: EventLexicon, p: number, from: number): boolean {
  for (let q = p - 1; q >= Math.max(from, p - 2); q--) if (lex.negations.has(lower[q]!)) return true
  return false
}
