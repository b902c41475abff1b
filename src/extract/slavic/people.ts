import { memoByWord } from '../../core/memo.js'
import { type SlavicLexicon, slavicNameForms } from '../../lexicon/slavic.js'
import type { TokenView } from '../../text/token-view.js'
import { PATRONYMIC, isCaseOf, isNameWord, nameOfRun, nominative } from './names.js'

// People named in Russian and Ukrainian text, each mention with its name in the nominative: a run
// of capitalised words is a person when it holds a first name (src/lexicon/{ru,uk}/first-names.json)
// or a patronymic, or ends in a surname's suffix after a first word, or is a surname the document
// gives someone in full, or follows a role word ("президент Обама"). Places and organisations
// ("Тверской площади", "Российской Федерации") have none of these.

export interface PersonMention {
  /** Token range of the name as written. */
  start: number
  end: number
  /** The name in the nominative, in full where the document names the person in full. */
  words: string[]
}

/** Endings only surnames have (not -ов, -ин, -ский: Ростов, Пушкин, Луганський are places too). */
const ONLY_SURNAMES = slavicNameForms.onlySurname
/** A surname's endings (src/lexicon/{ru,uk}/names.json, both languages'). */
const SURNAME = slavicNameForms.surname

export function findPeople(v: TokenView, lex: SlavicLexicon, isRole: (word: string) => boolean): PersonMention[] {
  const first = lex.firstNames
  const isFirst = (w: string) => firstNameNominative(w, first) !== undefined
  const runs: { start: number; end: number }[] = []
  for (let i = 0; i < v.count; ) {
    if (!isNameWord(v.text(i)) || isRole(v.lower(i))) {
      i++
      continue
    }
    let j = i + 1
    while (j < v.count && isNameWord(v.text(j)) && !isRole(v.lower(j)) && v.start(j) - v.end(j - 1) === 1) j++
    runs.push({ start: i, end: j })
    i = j
  }
  // Capitalised pairs written inside a sentence somewhere: a pair that opens a sentence is a name only if so, or before a colon.
  const insidePairs = new Set<string>()
  for (const run of runs) if (run.end - run.start >= 2 && !sentenceOpener(v, run.start)) insidePairs.add(`${v.lower(run.start)} ${v.lower(run.start + 1)}`)
  const out: PersonMention[] = []
  const single: { start: number; end: number }[] = []
  for (const run of runs) {
    let { start } = run
    // "Кроме Лукашенко", "По словам…": a preposition or adverb capitalised because it opens the sentence is no part of a name.
    if (run.end - start >= 2 && sentenceOpener(v, start) && (lex.prepositions.has(v.lower(start)) || lex.adverbs.has(v.lower(start)))) start++
    const words = (): string[] => {
      const out: string[] = []
      for (let k = start; k < run.end; k++) out.push(v.text(k))
      return out
    }
    // A place or a capitalised word before a name: the name starts at its first name.
    const firstAt = words().findIndex(isFirst)
    if (firstAt > 0) start += firstAt
    // Three words are a name only with a patronymic in the middle; else the first is a place's ("Вальдории Хенрик Соллас").
    start = run.end - nameOfRun(words(), lex.lang).length
    const w = words()
    // A role before a lone word counts only as a title in the nominative, right before it ("президент Обама", not "Депутаты Приморья").
    const afterRole = w.length === 1 ? start > 0 && lex.roleWords.has(v.lower(start - 1)) && !notAName(v, start) : roleBefore(v, start, isRole)
    const opensSentence = sentenceOpener(v, start)
    const known =
      w.some(isFirst) ||
      w.some((x) => PATRONYMIC.test(nominative([x], lex.lang)[0]!)) ||
      (w.length >= 2 && w.length <= 3 && SURNAME.test(nominative([w.at(-1)!], lex.lang)[0]!) && !opensSentence) ||
      afterRole
    const foreign = !known && foreignName(w, opensSentence) && (!opensSentence || insidePairs.has(`${v.lower(start)} ${v.lower(start + 1)}`) || v.isPunct(run.end, ':') || !commonOpener(w))
    // "Україна", "Східна Україна", "Госдумы России": a run that ends in a place is no person.
    if ((known || foreign) && !isPlace(w.at(-1)!)) out.push({ start, end: run.end, words: w.length >= 2 && !isFirst(w[0]!) ? foreignNominative(w) : inNominative(w, lex.lang, first) })
    else if (w.length === 1) single.push({ start, end: run.end })
  }
  // A surname alone, where the document names that person in full.
  for (const s of single) {
    const word = v.text(s.start)
    const full = out.find((p) => p.words.length >= 2 && isCaseOf(word, p.words.at(-1)!))
    if (full) out.push({ start: s.start, end: s.end, words: full.words })
    // A surname no place or organisation has the ending of ("Порошенка", "Ткачука"), inside a sentence.
    else if (!sentenceOpener(v, s.start) && ONLY_SURNAMES.test(nominative([word], lex.lang)[0]!)) out.push({ start: s.start, end: s.end, words: nominative([word], lex.lang) })
  }
  // "Джошуа Вольфа (Joshua Wolf)": a name in Latin letters in brackets right after a person's is theirs.
  for (const p of [...out]) {
    const latin = latinInBrackets(v, p.end)
    if (latin) out.push({ ...latin, words: p.words })
  }
  return out.sort((a, b) => a.start - b.start)
}

/** Two to four capitalised Latin words in brackets at token k: their token range. */
function latinInBrackets(v: TokenView, k: number): { start: number; end: number } | undefined {
  if (k >= v.count || !v.isPunct(k, '(')) return undefined
  let j = k + 1
  while (j < v.count && j - k <= 6 && (LATIN_NAME_WORD.test(v.text(j)) || v.isPunct(j, '-.'))) j++
  return j - (k + 1) >= 2 && j < v.count && v.isPunct(j, ')') && LATIN_NAME_WORD.test(v.text(j - 1)) ? { start: k + 1, end: j } : undefined
}

const LATIN_NAME_WORD = /^(?:\p{Lu}[\p{Script=Latin}'’]*|al|el|de|van|von|bin|ibn)$/u

/**
 * Two or three capitalised words inside a sentence that no rule above reads and that look like no
 * adjective, abbreviation or number: a name from another language ("Фернандо Алонсо", "Реджеп
 * Тайип Эрдоган"), which neither the first-name lexicon nor the surname endings know.
 */
function foreignName(words: readonly string[], opensSentence: boolean): boolean {
  if (words.length < 2 || words.length > 3) return false
  // At a sentence's start a capitalised pair may be an institution ("Совет Федерации"): not when it opens with one's head.
  if (opensSentence && isInstitution(words[0]!.toLowerCase())) return false
  return words.every((w) => w.length >= 2 && CYRILLIC.test(w) && w !== w.toUpperCase() && !/\d/u.test(w) && !ADJECTIVE.test(w.toLowerCase()) && !isPlace(w))
}

/**
 * A lone capitalised word after a role that names no one: a place ("министр | Франции"), an
 * institution ("председатель | Правительства", "директор | Института"), or an adjective before a
 * lower-case noun ("глава | Следственного комитета").
 */
function notAName(v: TokenView, k: number): boolean {
  const w = v.text(k)
  const lower = w.toLowerCase()
  return isPlace(w) || INSTITUTION.test(lower) || (ADJECTIVE.test(lower) && k + 1 < v.count && v.isWord(k + 1) && !v.isCapitalized(k + 1))
}

/** Endings of institution nouns, in their cases: -ство, -ние, -ция, -тет, -тут, -ата ("Правительства", "Движения", "Комитета", "Палаты"). */
const INSTITUTION = /(?:ств[оауе]|ни[еяюи]|ці[яїю]|ци[яию]|тет[ауе]?|тут[ауе]?|лат[аыуеі])$/u

/**
 * A capitalised pair at a sentence's start that reads as a common noun and a place or thing in the
 * genitive ("Рыбаки Веннета", "Вестник Кестрании"): a plural first word, or a last word in -ии/-ії.
 */
function commonOpener(words: readonly string[]): boolean {
  return /(?:ки|ги|хи|цы|ты|ры|ны|вы|ды|мы)$/u.test(words[0]!.toLowerCase()) || /(?:ии|ії|ією|ии)$/u.test(words.at(-1)!.toLowerCase())
}

/** An institution's head noun in any case ("Совета", "Партии") or an institution ending. */
export function isInstitution(lower: string): boolean {
  return INSTITUTION.test(lower) || slavicNameForms.institutionHeads.some((head) => isCaseOf(lower, head))
}

/** Cyrillic only: a capitalised pair in Latin letters is as often a company or a band ("Red Bull"). */
const CYRILLIC = /^[\p{Script=Cyrillic}'’ʼ-]+$/u

/** A country, region or city the lexicon lists, in any case ("России", "Луганщини"). */
function isPlace(word: string): boolean {
  return (slavicNameForms.places.get(word.slice(0, 3)) ?? []).some((place) => isCaseOf(word, place) || softCaseOf(word, place))
}

/** A case of a place in -ь or -й, which name rules do not inflect: "Израиля", "Китаю", "Таїланду". */
function softCaseOf(word: string, place: string): boolean {
  if (!/[ьй]$/u.test(place)) return false
  const stem = place.slice(0, -1)
  return word.startsWith(stem) && ['я', 'ю', 'е', 'ем', 'ем', 'і', 'ю', 'ї', 'єм'].includes(word.slice(stem.length))
}

/**
 * A man's name the first-name lexicon does not know, inflected as a whole in the instrumental:
 * both words end in -ом/-ем/-ым/-им after a consonant ("с Оливером Каном", "Веселином Топаловым")
 * → "Оливер Кан". Only that case: in the others a woman's name in the nominative ends alike
 * ("Ілса Варга", "Ілсу Варгу"), and a name whose words do not agree ("Кими Райкконена") is kept
 * as written, since which word declines is unknown.
 */
function foreignNominative(words: string[]): string[] {
  for (const endings of OBLIQUE_MASCULINE) {
    const stems = words.map((w) => {
      const ending = endings.find((e) => w.endsWith(e))
      return ending ? w.slice(0, -ending.length) : undefined
    })
    if (stems.every((stem) => stem !== undefined && stem.length >= 2 && CONSONANT_END.test(stem))) return stems as string[]
  }
  return words
}

/** A man's instrumental endings. */
const OBLIQUE_MASCULINE = [['ом', 'ым', 'ем', 'им']]
const CONSONANT_END = /[бвгджзклмнпрстфхцчшщ]$/iu

/** Adjective endings, Russian and Ukrainian: "Единая", "Свердловской", "Української" are no names. */
const ADJECTIVE = /(?:ая|яя|ой|ий|ый|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ых|их|ую|юю|ій|ої|ою|ього|ьому|ська|ськ|ське|ські|цька|цьке)$/u

/** A capitalised word that opens its line or sentence may be any word: not a surname on its suffix alone. */
function sentenceOpener(v: TokenView, i: number): boolean {
  return v.startsLine(i) || (i > 0 && v.isPunct(i - 1, '.!?…'))
}

/** A role word among the few lower-case words before token `start` ("министр обороны Вальдории | Хенрик Соллас"). */
function roleBefore(v: TokenView, start: number, isRole: (word: string) => boolean): boolean {
  for (let k = start - 1; k >= 0 && k >= start - 4; k--) {
    if (!v.isWord(k)) return false
    if (isRole(v.lower(k))) return true
  }
  return false
}

// A first name's case endings and what its nominative ends in instead; the lexicon says which one it is.
const FIRST_NAME_ENDINGS: [string, string][] = [
  ['', ''], ['а', ''], ['у', ''], ['ом', ''], ['е', ''], ['ым', ''], ['ові', ''], ['я', 'й'], ['ю', 'й'], ['ем', 'й'], ['ю', 'я'], ['и', 'я'], ['ей', 'я'],
  ['у', 'а'], ['ы', 'а'], ['и', 'а'], ['ой', 'а'], ['ою', 'а'], ['е', 'а'], ['і', 'а'], ['я', 'ь'], ['ю', 'ь'], ['ем', 'ь'], ['ії', 'ія'], ['ию', 'ия'], ['ии', 'ия'], ['ью', 'ья'], ['ьи', 'ья'],
]

/** The nominative of a first name the lexicon knows, in any case ("Юрия" → "Юрий", "Анну" → "Анна"), or undefined. */
export function firstNameNominative(word: string, names: ReadonlySet<string>): string | undefined {
  // News repeats its capitalised words: each is looked up once per lexicon.
  let lookUp = FIRST_NAME_MEMO.get(names)
  if (!lookUp) FIRST_NAME_MEMO.set(names, (lookUp = memoByWord((w) => lookUpFirstName(w, names), 50_000)))
  return lookUp(word)
}

const FIRST_NAME_MEMO = new WeakMap<ReadonlySet<string>, (word: string) => string | undefined>()

function lookUpFirstName(word: string, names: ReadonlySet<string>): string | undefined {
  const lower = word.toLowerCase()
  for (const [ending, nominativeEnding] of FIRST_NAME_ENDINGS) {
    if (!lower.endsWith(ending)) continue
    const candidate = lower.slice(0, lower.length - ending.length) + nominativeEnding
    if (candidate.length >= 2 && names.has(candidate)) return word.slice(0, 1) + candidate.slice(1)
  }
  return undefined
}

/** The name in the nominative: when the first name is inflected ("Юрия", "Анну"), the surname is too, as a man's or a woman's. */
function inNominative(words: string[], lang: string, names: ReadonlySet<string>): string[] {
  if (words.length < 2) return words
  const head = firstNameNominative(words[0]!, names)
  if (!head || head === words[0]) return words
  const female = /[ая]$/u.test(head) && !/(илья|никита|ілля|микита)$/iu.test(head)
  const surname = words.at(-1)!
  const rest = female ? surname.replace(/(ов|ев|ёв|ин|ын)(у|ой|ою)$/u, '$1а').replace(/(ск|цк)(ую|ой|ою)$/u, '$1ая').replace(/(ськ|цьк)(у|ої|ою)$/u, '$1а') : nominative([surname], lang)[0]!
  return [head, ...nominative(words.slice(1, -1), lang), rest]
}
