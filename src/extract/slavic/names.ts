import { slavicNameForms } from '../../lexicon/slavic.js'
import { rulesOf } from './rules.js'

// Russian and Ukrainian personal names: which capitalised words are a name, the name's grammatical
// gender, and its nominative form when the text inflects it ("по словам Дмитрия Пескова" →
// "Дмитрий Песков", "за словами Зеленського" → "Зеленський"). Suffix rules, measured on the
// attribution and factRuEval dev sets; a name the document also writes in the nominative is taken
// in that form instead (names.ts callers look it up first). The endings are data, Russian's and
// Ukrainian's together (src/lexicon/{ru,uk}/names.json); the rules that undo a case differ by
// language (russian.ts, ukrainian.ts).

export type Gender = 'm' | 'f' | 'p'

const FORMS = slavicNameForms

/** A patronymic, in the nominative: "Владимирович", "Ивановна", "Петрівна". */
export const PATRONYMIC = FORMS.patronymic

/**
 * The name a run of capitalised words ends in: a capitalised place before it ("президент Грузии
 * Михаил Саакашвили") is the role's; three words are a name only with a patronymic in the middle.
 */
export function nameOfRun(words: readonly string[], lang: string): string[] {
  if (words.length > 3 || (words.length === 3 && !PATRONYMIC.test(nominative([words[1]!], lang)[0]!))) return words.slice(-2)
  return [...words]
}

/** A word that can be part of a personal name: capitalised, not all capitals ("МИД", "США"), letters and inner hyphens. */
export function isNameWord(word: string): boolean {
  return /^\p{Lu}\p{Ll}+(?:[-‐]\p{Lu}?\p{Ll}+)*$/u.test(word)
}

/** The gender a nominative name suggests: women's surnames and first names end in -а/-я (-ая, -ова, -ська). */
/** A first name's gender by its ending: -а/-я a woman's, unless it is one of the men's that end so ("Никита"). */
export function genderOfFirstName(name: string): Gender {
  const lower = name.toLowerCase()
  return /[ая]$/.test(lower) && !FORMS.menEndingInA.has(lower) ? 'f' : 'm'
}

export function genderOfName(words: readonly string[]): Gender | undefined {
  const last = words.at(-1)?.toLowerCase()
  if (!last) return undefined
  const first = words.length > 1 ? words[0]!.toLowerCase() : undefined
  if (first && /[ая]$/.test(first) && !FORMS.menEndingInA.has(first)) return 'f'
  if (FORMS.femaleSurname.test(last)) return 'f'
  if (first) return 'm'
  if (FORMS.maleSurname.test(last)) return 'm'
  return undefined
}

/**
 * The nominative of a name the text inflects (genitive, dative or instrumental): each word by its
 * ending. Ambiguous endings are read as a man's surname in the genitive ("Пескова" → "Песков"),
 * which is what follows "по словам" far more often; the caller prefers a form the document gives.
 */
export function nominative(words: readonly string[], lang: string): string[] {
  const out = words.map((w) => nominativeWord(w, lang))
  return out
}

function nominativeWord(word: string, lang: string): string {
  for (const [pattern, replacement] of rulesOf(lang).nominative) {
    if (pattern.test(word)) return word.replace(pattern, replacement)
  }
  return word
}

/**
 * Whether two forms may be one name in different cases ("Песков" and "Пескова", "Зеленский" and
 * "Зеленского"): they share all but at most three letters at the end of each.
 */
export function sameNameWord(a: string, b: string): boolean {
  const x = a.toLowerCase()
  const y = b.toLowerCase()
  if (x === y) return true
  let common = 0
  while (common < x.length && common < y.length && x[common] === y[common]) common++
  return common >= 4 && common >= x.length - 3 && common >= y.length - 3
}

/** `form` is `nominative` in another case: "Путина" of "Путин", "Карениной" of "Каренина" (not "Уильямс" of "Уильям"). */
export function isCaseOf(form: string, nominative: string): boolean {
  if (form === nominative) return true
  if (form.startsWith(nominative)) return FORMS.caseEndings.has(form.slice(nominative.length))
  const stem = nominative.slice(0, -1)
  return /[ая]$/u.test(nominative) && form.startsWith(stem) && FORMS.feminineCaseEndings.has(form.slice(stem.length))
}

