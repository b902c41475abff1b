import { entityId } from '../../core/ids.js'
import type { Entity, Span, Statement } from '../../core/records.js'
import { span } from '../../core/span.js'
import { type OutletRegistry, outletEntity } from '../../lexicon/outlet-registry.js'
import { type SlavicLexicon, slavicLexicon } from '../../lexicon/slavic.js'
import type { TokenView } from '../../text/token-view.js'
import { mergeEntity } from '../pipeline/context.js'
import { stanceOf } from '../stance.js'
import type { SlavicAttribution } from './attribution.js'
import type { Dateline } from './dateline.js'
import { type Gender, genderOfFirstName, genderOfName, isCaseOf, isNameWord, nameOfRun, nominative, sameNameWord } from './names.js'
import { type PersonMention, findPeople, firstNameNominative, isInstitution } from './people.js'

// Russian and Ukrainian statements from their attributions (attribution.ts): speakers named in the
// nominative and resolved through the document ("он" → the last man named; "Белов" → "Александр
// Белов"), an outlet that reports as the channel of what it reports, people as entities, and the
// wire dateline's place and outlet (dateline.ts).

export interface SlavicOptions {
  lang: 'ru' | 'uk'
  docId: string
  date?: string
  dateline?: Dateline
  outlets: OutletRegistry
}

export interface SlavicFindings {
  /** In the order of their cues, with their ids. */
  statements: Statement[]
  entities: Map<string, Entity>
}

interface Person {
  name: string
  words: string[]
  gender?: Gender
  role?: string
  /** Words written next to the name that are no role word: "Скульптор", "создатель социальной сети", ", жена бизнесмена". */
  descriptor?: string
  /** Token where it was last named. */
  at: number
}

/** How far back (in tokens) a nominal subject ("Чиновник заметил") may refer to the last person who spoke. */
const NOMINAL_REACH = 120

export function slavicStatements(v: TokenView, found: SlavicAttribution[], options: SlavicOptions): SlavicFindings {
  const text = v.source
  const lex = slavicLexicon(options.lang)
  const named = findPeople(v, lex, (w) => isRoleWord(lex, w))
  const people = peopleNamed(v, lex, named)
  const canon = surnameForms(v, options.lang)
  const proper = capitalisedInside(v)
  const { date, dateline, docId: id } = options
  const entities = new Map<string, Entity>()
  const spoken: Person[] = []
  // Where a source names its speaker, and the name it was read as ("министра … Хенрика Солласа" → "Хенрик Соллас").
  const speakerNames: { start: number; end: number; name: string }[] = []
  const statements: Statement[] = found
    .sort((a, b) => a.cue[0] - b.cue[0])
    .map((written, k) => {
      // "сообщает «Коммерсантъ» со ссылкой на X": X speaks (in an oblique case), through the outlet.
      const reporter = written.citing && written.source ? outletOf(v.slice(written.source[0], written.source[1]), options.outlets, [span(text, ...v.charRange(written.source[0], written.source[1]))], lex) : undefined
      if (reporter) addEntity(entities, reporter)
      const at: SlavicAttribution = reporter && written.citing ? { ...written, source: written.citing, oblique: true } : written
      const speaker = speakerOf(v, lex, at, people, spoken, canon, named, proper)
      const mentions: Span[] = at.source ? [span(text, v.start(at.source[0]), v.end(at.source[1] - 1))] : []
      let entity: string | undefined
      if (speaker.person) {
        entity = entityId('person', speaker.name!)
        // The entity's mentions are its names; a pronoun or a role that stands for it stays the statement's evidence only.
        const named = speaker.nameAt ? [span(text, v.start(speaker.nameAt[0]), v.end(speaker.nameAt[1] - 1))] : []
        if (speaker.nameAt) speakerNames.push({ start: speaker.nameAt[0], end: speaker.nameAt[1], name: speaker.name! })
        addEntity(entities, { id: entity, type: 'person', name: speaker.name!, aliases: [speaker.name!], roles: speaker.role ? [speaker.role] : [], mentions: named })
      } else if (at.source) {
        // An outlet the registry knows ("сообщает ТАСС", "по данным Интерфакса"): the outlet speaks.
        const outlet = outletOf(v.slice(at.source[0], at.source[1]), options.outlets, mentions, lex)
        if (outlet) {
          entity = outlet.id
          speaker.name = outlet.name
          addEntity(entities, outlet)
        }
      }
      // "написал в Telegram-канале «…», что …": the channel is the medium and the way it reached us, not what was said.
      const channel = telegramChannel(text, at.content[0]!, options.outlets)
      if (channel) {
        at.content[0] = [channel.contentStart, at.content[0]![1]]
        addEntity(entities, channel.outlet)
      }
      const content = at.content.map(([s, e]) => span(text, s, e))
      const cueText = v.slice(at.cue[0], at.cue[1])
      const stance = stanceOf(content.map((c) => c.text).join(' '), cueText, options.lang)
      return {
        id: `${id}:s${k + 1}`,
        kind: at.kind === 'indirect' && content.every((c) => isQuoted(text, c)) ? 'direct' : at.kind,
        speaker: { name: speaker.name, ...(entity ? { entity } : {}), ...(speaker.role ? { role: speaker.role } : {}), mentions },
        cue: span(text, v.start(at.cue[0]), v.end(at.cue[1] - 1)),
        content,
        ...(date ? { date, dateUncertain: true } : {}),
        // An outlet that speaks ("сообщает ТАСС") is a channel of what it says, as in English.
        via: [...new Set([...(dateline?.outlet ? [dateline.outlet.id] : []), ...(reporter ? [reporter.id] : []), ...(entity?.startsWith('outlet:') ? [entity] : []), ...(channel ? [channel.outlet.id] : [])])],
        ...(channel ? { medium: 'Telegram' } : {}),
        about: [],
        ...(stance ? { stance } : {}),
        confidence: at.source ? 0.7 : 0.5,
      } satisfies Statement
    })
  // What an outlet reports reached us through it: "Песков заявил, что …, передает ТАСС".
  const outletIds = new Set([...entities.values()].filter((e) => e.type === 'outlet').map((e) => e.id))
  for (const outer of statements) {
    if (!outer.speaker.entity || !outletIds.has(outer.speaker.entity)) continue
    for (const inner of statements) {
      if (inner === outer || !inner.cue || !outer.content.some((c) => inner.cue!.start >= c.start && inner.cue!.end <= c.end)) continue
      inner.via = [...new Set([...inner.via, outer.speaker.entity])]
      // "…, что протест вручён, передает ТАСС": the inner content ends before the outlet's cue.
      inner.content = inner.content.map((c) => {
        if (!(outer.cue && outer.cue.start > c.start && outer.cue.start < c.end)) return c
        const cut = text.lastIndexOf(',', outer.cue.start)
        const end = cut > c.start ? cut : outer.cue.start
        return span(text, c.start, c.start + text.slice(c.start, end).trimEnd().length)
      })
    }
  }
  // Everyone the text names, and whom each statement's words are about.
  // A name a source gave its speaker is that speaker's: its nominative was read with the cue's help.
  const nameOf = (m: PersonMention) => speakerNames.find((n) => n.start < m.end && m.start < n.end)?.name ?? canon(m.words).join(' ')
  for (const m of named) {
    const name = nameOf(m)
    const written = v.slice(m.start, m.end)
    addEntity(entities, { id: entityId('person', name), type: 'person', name, aliases: [...new Set([name, written])], roles: [], mentions: [span(text, v.start(m.start), v.end(m.end - 1))] })
  }
  for (const st of statements) {
    const about = named
      .filter((m) => st.content.some((c) => v.start(m.start) >= c.start && v.end(m.end - 1) <= c.end))
      .map((m) => entityId('person', nameOf(m)))
      .filter((id) => id !== st.speaker.entity)
    st.about = [...new Set(about)]
  }
  if (dateline?.outlet) addEntity(entities, dateline.outlet)
  if (dateline?.place) addEntity(entities, dateline.place)
  return { statements, entities }
}

/** The registry's outlet a source names, in the nominative or an oblique case ("ТАСС", "Интерфакса", "РИА Новости"). */
function outletOf(written: string, outlets: OutletRegistry, mentions: Span[], lex: SlavicLexicon): Entity | undefined {
  const key = written.toLowerCase().replace(/[«»"“”]/gu, '').replace(lex.outletPrefix, '').trim()
  const entry = outlets.byName.get(key) ?? outlets.byName.get(key.replace(/(а|у|ом|ы|и|е)$/u, '')) ?? outlets.byName.get(key.replace(/(и|ы|у|е)$/u, 'а'))
  return entry ? outletEntity(entry, written, mentions) : undefined
}

// "в Telegram-канале «…»", "у своєму телеграм-каналі «…»": where a post was written, before what it says.
const TELEGRAM_CHANNEL = /^(?:в|во|у)\s+(?:(?:сво[её]м|своєму)\s+)?(?:telegram|телеграм|телеграмм)[-‑–]?канал[еіі]\s+«([^»\n]{1,80})»\s*,?\s*/iu

/** The Telegram channel a content opens with, as an outlet, and where the content proper starts. */
function telegramChannel(text: string, [start, end]: [number, number], outlets: OutletRegistry): { outlet: Entity; contentStart: number } | undefined {
  const m = TELEGRAM_CHANNEL.exec(text.slice(start, end))
  if (!m || start + m[0].length >= end) return undefined
  const name = m[1]!.trim()
  const at = start + m[0].indexOf(m[1]!)
  const entry = outlets.byName.get(name.toLowerCase())
  const outlet = outletEntity(entry, name, [span(text, at, at + m[1]!.length)])
  return { outlet: entry?.kind ? outlet : { ...outlet, kind: 'telegram channel' }, contentStart: start + m[0].length }
}

function isQuoted(text: string, s: Span): boolean {
  return /[«"“„]$/.test(text.slice(Math.max(0, s.start - 1), s.start)) && /^[»"”“]/.test(text.slice(s.end, s.end + 1))
}

/** mergeEntity on a copy, so that merging into it later never changes the entity it was made from. */
function addEntity(entities: Map<string, Entity>, e: Entity): void {
  mergeEntity(entities, { ...e, aliases: [...e.aliases], roles: [...e.roles], mentions: [...e.mentions] })
}

/** Every run of two or more name words in the text ("Дмитрий Песков"), in order: whom a bare surname or a pronoun may mean. */
function peopleNamed(v: TokenView, lex: SlavicLexicon, mentions: readonly PersonMention[]): Person[] {
  return mentions.map((m) => {
    // The role written before the name ("президент Грузии Михаил Саакашвили"): what "президент" alone may later mean.
    let r = m.start
    while (r > 0 && r > m.start - 5 && v.isWord(r - 1) && !lex.complementizers.has(v.lower(r - 1))) r--
    const role = hasRoleWord(v, lex, r, m.start) ? v.slice(r, m.start) : undefined
    const descriptor = [role ? '' : v.slice(r, m.start), appositionAfter(v, lex, m.end)].join(' ').trim()
    // A first name alone ("Виктор", "Алла") has the gender of its ending, as a full name does.
    const gender = genderOfName(m.words) ?? (m.words.length === 1 && firstNameNominative(m.words[0]!, lex.firstNames) !== undefined ? genderOfFirstName(m.words[0]!) : undefined)
    return { name: m.words.join(' '), words: m.words, ...optionalGender(gender), ...(role ? { role } : {}), ...(descriptor ? { descriptor } : {}), at: m.start }
  })
}

/** ", жена российского бизнесмена," after a name: the words up to the next punctuation, when few. */
function appositionAfter(v: TokenView, lex: SlavicLexicon, end: number): string {
  if (end >= v.count || !v.isPunct(end, ',')) return ''
  let k = end + 1
  while (k < v.count && k - end <= 5 && v.isWord(k) && !lex.complementizers.has(v.lower(k))) k++
  return k > end + 1 && k - end <= 5 && (k >= v.count || v.isPunct(k)) ? v.slice(end + 1, k) : ''
}

function optionalGender(g: Gender | undefined): { gender?: Gender } {
  return g ? { gender: g } : {}
}

interface Speaker {
  name: string | null
  role?: string
  person: boolean
  /** Token range of the name as the source writes it; none for a pronoun or a nominal ("он", "скульптор"). */
  nameAt?: [number, number]
}

/** Who the source is: a named person (in the nominative, in full when the document names them so), a pronoun's antecedent, or the source's own words. */
function speakerOf(v: TokenView, lex: SlavicLexicon, at: SlavicAttribution, people: Person[], spoken: Person[], canon: Canon, named: readonly PersonMention[], proper: ReadonlySet<string>): Speaker {
  if (!at.source) return { name: null, person: false }
  const [from, to] = at.source
  // A pronoun: the last person spoken of (then named) before it, of its gender.
  if (to - from === 1 && lex.pronouns.has(v.lower(from))) {
    const g = lex.pronouns.get(v.lower(from))!
    if (g === 'p' || g === 's') return { name: null, person: false }
    const gender = at.gender && at.gender !== 'p' ? at.gender : g
    const before = (p: Person) => p.at < from && (p.gender === undefined || p.gender === gender)
    // The nearest before it, spoken or only named: news refer back to the last person in view.
    const who = [...spoken, ...people].filter(before).sort((a, b) => b.at - a.at)[0]
    return who ? remember(spoken, who, from, canon) : { name: null, person: false }
  }
  // The name: the run of name words the source ends in, after its role.
  let end = to
  while (end > from && !v.isWord(end - 1)) end--
  let start = end
  while (start > from && isNameWord(v.text(start - 1)) && !isRoleWord(lex, v.lower(start - 1))) start--
  if (start === end || (end - start === 1 && start === from && isCommonNoun(v, from, proper))) {
    const nominal = nominalReferent(v, lex, at, from, to, people, spoken)
    return nominal ? remember(spoken, nominal, from, canon) : { name: v.slice(from, to), person: false }
  }
  let words = Array.from({ length: end - start }, (_, k) => v.text(start + k))
  const trimmed = nameOfRun(words, lex.lang)
  start += words.length - trimmed.length
  words = trimmed
  const role = start > from ? v.slice(from, start).trim() : undefined
  const hasRole = role !== undefined && isRoleWord(lex, v.lower(from))
  // "представитель Philips", "создатель Facebook", "глава Минсвязи": someone described earlier, if anyone.
  const described = start > from && !v.isCapitalized(from) ? nominalReferent(v, lex, at, from, to, people, spoken, false) : undefined
  if (described && !named.some((m) => m.start < end && start < m.end)) return remember(spoken, described, from, canon)
  // A capitalised word after other words that are no role ("МИД России"): an organisation, not a
  // person — unless the text names a person there ("тренер Виктор Тальвин").
  const isNamed = named.some((m) => m.start < end && start < m.end)
  if (start > from && !hasRole && !hasRoleWord(v, lex, from, start) && !isNamed) return { name: v.slice(from, to), person: false }
  // Not a name the text gives a person ("Голос Америки", "Пхеньяна"), nor after a role: an organisation or a place speaks.
  // A lone word after a role counts only after a title in the nominative ("президент Обама", not "Депутаты Приморья").
  const titled = hasRole && (words.length > 1 || lex.roleWords.has(v.lower(start - 1)))
  // A lone surname of someone who already spoke is that person ("Варга" after "Ілса Варга заявила").
  const spokenBefore = words.length === 1 ? [...spoken].reverse().find((p) => p.words.length >= 2 && sameNameWord(p.words.at(-1)!, words[0]!)) : undefined
  if (!titled && !spokenBefore && !isNamed) return { name: v.slice(from, to), person: false }
  if (at.oblique) words = knownForm(words, people, start) ?? nominative(words, lex.lang)
  const full = words.length === 1 ? fullName(words[0]!, people, spoken, start, lex.lang) : undefined
  const person: Person = full ?? { name: words.join(' '), words, ...optionalGender(genderOfName(words) ?? (at.gender !== 'p' ? at.gender : undefined)), at: start }
  return { ...remember(spoken, { ...person, ...(role ? { role } : {}) }, start, canon), ...(role ? { role } : {}), nameAt: [start, end] }
}

/**
 * Whom a nominal source means: the person seen with that role or description ("представитель МИД",
 * "скульптор" after "Скульптор Георгий Франгулян"); else, for a short singular subject whose verb
 * gives its gender ("Чиновник заметил", "супруга убеждена"), the last person of that gender who spoke.
 * Only a short source: "Комитет защиты журналистов" is no journalist.
 */
function nominalReferent(v: TokenView, lex: SlavicLexicon, at: SlavicAttribution, from: number, to: number, people: Person[], spoken: Person[], alsoLastSpeaker = true): Person | undefined {
  if (to - from > 4 || !v.isWord(from) || lex.pronouns.has(v.lower(from))) return undefined
  const words = v.slice(from, to)
  // A description matches on the nominal's head noun ("тренер" of "главный тренер сборной"), not on any word it shares.
  const head = headNoun(v, from, to)
  const fits = (p: Person) => (p.role !== undefined && sharesRoleWord(p.role, words)) || (head !== undefined && p.descriptor !== undefined && sharesRoleWord(p.descriptor, head))
  const described = [...spoken].reverse().find(fits) ?? [...people].filter((p) => p.at < from).reverse().find(fits) ?? (isRoleWord(lex, v.lower(from)) ? people.find(fits) : undefined)
  if (described || !alsoLastSpeaker) return described
  // An institution ("суд встановив", "Рада ухвалила") is no person who spoke before.
  if (head === undefined || isInstitution(head)) return undefined
  const gender = at.gender
  if (gender !== 'm' && gender !== 'f') return undefined
  return [...spoken].reverse().find((p) => p.at < from && p.at >= from - NOMINAL_REACH && p.gender === gender)
}

/** The first word of a nominal that is no adjective ("главный тренер" → "тренер"); none when it is plural-looking. */
function headNoun(v: TokenView, from: number, to: number): string | undefined {
  for (let k = from; k < to; k++) {
    const w = v.lower(k)
    if (!v.isWord(k) || ADJECTIVE_ENDING.test(w)) continue
    return PLURAL_ENDING.test(w) ? undefined : w
  }
  return undefined
}

const ADJECTIVE_ENDING = /(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ій|ої|ою|ього)$/u
const PLURAL_ENDING = /(?:цы|ты|ки|ры|ди|ли|ти|ці)$/u

/**
 * A capitalised word that is a common noun at a sentence's start ("Чиновник", "Супруга"): the
 * document never writes it capitalised inside a sentence, nor in capitals alone (МИД, ФАС).
 */
function isCommonNoun(v: TokenView, k: number, proper: ReadonlySet<string>): boolean {
  const w = v.text(k)
  return w.length > 3 && w !== w.toUpperCase() && !proper.has(v.lower(k))
}

/** Words the document writes capitalised inside a sentence: names, not sentence openers. */
function capitalisedInside(v: TokenView): Set<string> {
  const out = new Set<string>()
  for (let k = 1; k < v.count; k++) {
    if (v.isCapitalized(k) && v.isWord(k - 1) && !v.startsLine(k)) out.add(v.lower(k))
  }
  return out
}

function sharesRoleWord(a: string, b: string): boolean {
  const words = (t: string) => t.toLowerCase().split(/\s+/u).filter((w) => w.length >= 4)
  const bs = words(b)
  return words(a).some((x) => bs.some((y) => sameNameWord(x, y)))
}

function hasRoleWord(v: TokenView, lex: SlavicLexicon, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isRoleWord(lex, v.lower(k))) return true
  return false
}

/** A role word in any case: "главы" is "глава", "министра" "министр". */
function isRoleWord(lex: SlavicLexicon, word: string): boolean {
  if (lex.roleWords.has(word)) return true
  if (word.length < 4) return false
  let byPrefix = ROLE_PREFIXES.get(lex)
  if (!byPrefix) {
    byPrefix = new Map()
    for (const r of lex.roleWords) if (r.length >= 4) byPrefix.set(r.slice(0, 4), [...(byPrefix.get(r.slice(0, 4)) ?? []), r])
    ROLE_PREFIXES.set(lex, byPrefix)
  }
  return (byPrefix.get(word.slice(0, 4)) ?? []).some((r) => sameNameWord(r, word))
}

/** Role words by their first four letters: a word is compared with the few that could be its cases. */
const ROLE_PREFIXES = new WeakMap<SlavicLexicon, Map<string, string[]>>()

function remember(spoken: Person[], p: Person, at: number, canon: Canon): Speaker {
  const words = canon(p.words)
  const named = { ...p, words, name: words.join(' '), at }
  spoken.push(named)
  return { name: named.name, person: true }
}

/** A name with its surname as the document writes it in the nominative (see surnameForms). */
type Canon = (words: readonly string[]) => string[]

/**
 * Each surname's shortest spelling among the capitalised words of the document that may be its
 * cases ("Путина", "Путину", "Путин" → "Путин"): the nominative, for men's surnames and women's
 * alike ("Карениной" → "Каренина"). When the surname changes, the first names are put in the
 * nominative too ("Дмитрия Медведева" → "Дмитрий Медведев").
 */
function surnameForms(v: TokenView, lang: string): Canon {
  const byPrefix = new Map<string, string[]>()
  for (let i = 0; i < v.count; i++) {
    const w = v.text(i)
    if (!isNameWord(w) || w.length < 4) continue
    const key = w.slice(0, 4).toLowerCase()
    const list = byPrefix.get(key) ?? []
    if (!list.includes(w)) list.push(w)
    byPrefix.set(key, list)
  }
  return (words) => {
    const last = words.at(-1)
    if (!last) return [...words]
    const forms = (byPrefix.get(last.slice(0, 4).toLowerCase()) ?? []).filter((f) => isCaseOf(last, f))
    const shortest = forms.reduce((a, b) => (b.length < a.length ? b : a), last)
    if (shortest === last) return [...words]
    return [...nominative(words.slice(0, -1), lang), shortest]
  }
}

/** The form of an inflected name the document also writes, in the nominative, where it is a subject before. */
function knownForm(words: string[], people: Person[], before: number): string[] | undefined {
  const last = words.at(-1)!
  const match = people.find((p) => p.at !== before && sameNameWord(p.words.at(-1)!, last) && p.words.at(-1)!.length <= last.length)
  return match && words.length === 1 ? [match.words.at(-1)!] : undefined
}

/** The person a bare surname stands for: one the document named in full, before or after. */
function fullName(surname: string, people: Person[], spoken: Person[], at: number, lang: string): Person | undefined {
  const fits = (p: Person) => p.words.length >= 2 && sameNameWord(p.words.at(-1)!, surname)
  const said = [...spoken].reverse().find(fits)
  if (said) return said
  const named = [...people].filter((p) => p.at < at).reverse().find(fits) ?? people.find(fits)
  if (!named) return undefined
  // Named in another case ("Александра Белова"): the first names in the nominative, the surname as the subject has it.
  const words = named.words.at(-1) === surname ? named.words : [...nominative(named.words.slice(0, -1), lang), surname]
  return { ...named, name: words.join(' '), words }
}
