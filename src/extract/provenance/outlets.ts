// Outlets named in running text: a registry's names and aliases ("TASS", "the Associated Press"),
// or an unknown name that a type noun introduces or ends ("the newspaper Vesti", "the Rybar
// Telegram channel"), with the descriptors written before it ("the Kremlin-aligned …").

import type { OutletKind } from '../../core/records.js'
import { englishCalendar } from '../../lexicon/calendar.js'
import { englishNames } from '../../lexicon/names.js'
import type { OutletEntry, OutletRegistry } from '../../lexicon/outlet-registry.js'
import { englishProvenance } from '../../lexicon/provenance.js'
import { Gap, TokenKind } from '../../text/tokenizer.js'
import { type Analysis, isCapitalized } from '../analysis.js'
import { casedOk, type NameMatcher, nameMatcher } from './name-matcher.js'
import { type Phrase, phraseAt, phraseIndex, tokenWords } from './phrases.js'
import { isHyphenAdjective, isPossessive } from './word-forms.js'
import { mayBe, wordShapes } from './word-shapes.js'

/** An outlet named in the text: a registry entry, or a name that a type noun introduces ("the newspaper Vesti"). */
export interface OutletFound {
  start: number
  end: number
  entry: OutletEntry | null
  kind: OutletKind | null
  /** Tokens of descriptors written before it: "Kremlin-aligned", "state-run". */
  descriptors: number[]
}

// Objects made in one shape only, so that the code reading them stays specialised.
function outletFound(start: number, end: number, entry: OutletEntry | null, kind: OutletKind | null, descriptors: number[]): OutletFound {
  return { start, end, entry, kind, descriptors }
}

const ARTICLES = englishProvenance.articles
const KIND_NOUNS = phraseIndex<OutletKind>([...englishNames.outletKindNouns])
/** Last word of each outlet-type phrase, for reading "…, the TASS news agency reported" backwards. */
const KIND_NOUN_ENDS = new Set([...englishNames.outletKindNouns.keys()].map((n) => n.slice(n.lastIndexOf(' ') + 1)))
/** Type nouns that, capitalised, end an outlet's own name: "Christian News Service". */
const NAMING_KIND_NOUNS = new Set(englishProvenance.namingKindNouns.map((n) => tokenWords(n).join(' ')))
/** Capitalised words that name no outlet after "told …" or "on …": weekdays, months, pronouns. */
const NOT_A_NAME = new Set([...englishNames.nonNameCapitals, ...englishCalendar.weekdays, ...englishCalendar.months])

/** A word's part before an outlet's name, looked up once. */
const OUTLET_DESCRIPTOR = 1
const OUTLET_PREFIX = 2
const OUTLET_NATIONALITY = 4
const OUTLET_KIND = 8
const OUTLET_ROLES = new Map<string, number>()
const addRole = (w: string, role: number) => OUTLET_ROLES.set(w, (OUTLET_ROLES.get(w) ?? 0) | role)
for (const w of englishProvenance.descriptors) addRole(w, OUTLET_DESCRIPTOR)
for (const w of [...englishProvenance.outletPrefixes, ...ARTICLES]) addRole(w, OUTLET_PREFIX)
for (const w of englishNames.nationalities) addRole(w, OUTLET_NATIONALITY)
for (const w of KIND_NOUNS.keys()) addRole(w, OUTLET_KIND)
const OUTLET_ROLE_SHAPES = wordShapes(OUTLET_ROLES.keys())

/** The outlet names of a registry as a token matcher, ambiguous aliases too; built once per registry. */
const outletMatchers = new WeakMap<OutletRegistry, NameMatcher<OutletEntry>>()

export function outletMatcher(registry: OutletRegistry): NameMatcher<OutletEntry> {
  let m = outletMatchers.get(registry)
  if (!m) {
    m = nameMatcher<OutletEntry>(
      registry.outlets.flatMap((o) => [
        ...[o.name, ...o.aliases].map((n): [string, OutletEntry, boolean] => [n, o, false]),
        ...(o.ambiguousAliases ?? []).map((n): [string, OutletEntry, boolean] => [n, o, true]),
      ]),
    )
    // A type noun may introduce an outlet too: "the news agency Interfax".
    for (const noun of KIND_NOUNS.keys()) m.heads.add(noun)
    m.headShapes = wordShapes(m.heads)
    outletMatchers.set(registry, m)
  }
  return m
}

/** Reads outlets' names over one document's tokens. */
export class OutletReader {
  constructor(
    private readonly a: Analysis,
    private readonly outlets: NameMatcher<OutletEntry>,
  ) {}

  /** Whether tokens [start, end) hold a word that may begin an outlet's name or type: a cheap test before outletAt. */
  mayHoldOutlet(start: number, end: number): boolean {
    const { a } = this
    for (let k = start; k < end; k++) {
      if (!a.tok.isWord(k) && a.tok.kind(k) !== TokenKind.Initialism) continue
      if (mayBe(a, this.outlets.headShapes, k) && this.outlets.heads.has(a.lower[k]!)) return true
    }
    return false
  }

  /**
   * The outlet named from token k: "TASS", "the Associated Press", "Russia's state news agency RIA
   * Novosti", "the Kremlin-aligned Telegram channel Rybar", "the Rybar Telegram channel".
   */
  outletAt(k: number, to: number, framed = true): OutletFound | null {
    const { a } = this
    const descriptors: number[] = []
    let kind: OutletKind | undefined
    for (let steps = 0; k < to && steps < 6; steps++) {
      if (steps > 0 && a.tok.gap(k) >= Gap.Newline) return null
      // An ambiguous name ("Bloomberg") is an outlet only where a channel phrase or a type noun says so.
      const known = this.knownAt(k, to, framed || kind !== undefined)
      if (known) return outletFound(k, known.end, known.entry, null, descriptors)
      const role = mayBe(a, OUTLET_ROLE_SHAPES, k) ? (OUTLET_ROLES.get(a.lower[k]!) ?? 0) : 0
      // A type noun ends lower case ("news agency", "Telegram channel"); "the Daily News" is a name.
      const typed = role & OUTLET_KIND ? this.kindNounAt(k, to) : null
      if (typed && !isCapitalized(a, k + typed.words.length - 1)) {
        kind = typed.value
        k += typed.words.length
        continue
      }
      if (kind) {
        const name = this.nameAt(k, to)
        return name ? outletFound(name.start, name.end, null, kind, descriptors) : null
      }
      if (role & OUTLET_DESCRIPTOR) {
        descriptors.push(k)
        k++
      } else if (role & OUTLET_NATIONALITY || (role & OUTLET_PREFIX && (!isCapitalized(a, k) || ARTICLES.has(a.lower[k]!)))) {
        k++
      } else if (a.tok.isQuote(k) || isHyphenAdjective(a, k)) {
        // '"Fox News Sunday"', "the Moscow-based newspaper …"
        k++
      } else if (k + 1 < to && isPossessive(a, k + 1) && isCapitalized(a, k)) {
        k += 2
      } else {
        // "the Rybar Telegram channel": a name before a type noun; "the Valdoria Wire Service": a name
        // that ends with one; not "the National Security Agency".
        const name = this.nameAt(k, to)
        const after = name ? this.kindNounAt(name.end, to) : null
        if (!name || !after || !this.mayNameOutlet(name.start, name.end, after.words)) return null
        const typeEnd = name.end + after.words.length
        if (!isCapitalized(a, typeEnd - 1)) return outletFound(name.start, name.end, null, after.value, descriptors)
        return NAMING_KIND_NOUNS.has(after.words.join(' ')) ? outletFound(name.start, typeEnd, null, after.value, descriptors) : null
      }
    }
    return null
  }

  /** The outlet whose name, perhaps with a type noun after it, ends just before token `b` ("TASS", "the TASS news agency"), not before `from`. */
  outletEndingAt(b: number, from: number): OutletFound | null {
    const { a } = this
    let kind: OutletKind | undefined
    // Where an unknown name must end: before a lower-case type noun, or after a capitalised naming one.
    let nameEnd = b
    let typeStart = b
    if (b > from && KIND_NOUN_ENDS.has(a.lower[b - 1]!)) {
      for (let s = Math.max(from, b - 3); s < b; s++) {
        const typed = this.kindNounAt(s, b)
        if (!typed || s + typed.words.length !== b) continue
        // "the TASS news agency reported" | "Christian News Service reported" | not "the National Security Agency reported".
        if (!isCapitalized(a, b - 1)) nameEnd = s
        else if (!NAMING_KIND_NOUNS.has(typed.words.join(' '))) return this.knownEndingAt(s, from)
        kind = typed.value
        typeStart = s
        break
      }
    }
    const known = this.knownEndingAt(kind && nameEnd === b ? typeStart : nameEnd, from)
    if (known || !kind) return known
    // "the Rybar Telegram channel reported", "Christian News Service reported": an unknown name.
    let s = typeStart
    while (s > from && typeStart - s < 5 && this.isNameWord(s - 1)) s--
    while (s < typeStart && NOT_A_NAME.has(a.lower[s]!)) s++
    if (s >= typeStart || !this.mayNameOutlet(s, typeStart, a.lower.slice(typeStart, b))) return null
    return outletFound(s, nameEnd, null, kind, [])
  }

  /**
   * Whether the name in tokens [start, end), before the type noun `typeWords`, may be an outlet's:
   * "the Rybar Telegram channel", not "a New Hampshire paper" (a place), "Multiple outlets" (plural).
   */
  private mayNameOutlet(start: number, end: number, typeWords: readonly string[]): boolean {
    const last = typeWords[typeWords.length - 1]!
    if (last.endsWith('s')) return false
    const name = end - start === 1 ? this.a.lower[start]! : this.a.lower.slice(start, end).join(' ')
    return !englishNames.places.has(name) && !englishNames.nationalities.has(name)
  }

  /** The longest registry name ending just before token `b`. */
  private knownEndingAt(b: number, from: number): OutletFound | null {
    const { a } = this
    let best: OutletFound | null = null
    if (b <= from || !mayBe(a, this.outlets.lastShapes, b - 1)) return null
    let node = this.outlets.backward.next?.get(a.lower[b - 1]!)
    for (let s = b - 1; node; ) {
      const hit = node.hit
      if (hit && casedOk(a, hit.cased, s)) best = outletFound(s, b, hit.value, null, [])
      if (--s < from) break
      node = node.next?.get(a.lower[s]!)
    }
    return best
  }

  /** The longest registry name at token k. */
  private knownAt(k: number, to: number, ambiguousToo: boolean): { end: number; entry: OutletEntry } | null {
    const { a } = this
    let best: { end: number; entry: OutletEntry } | null = null
    if (!mayBe(a, this.outlets.firstShapes, k)) return null
    let node = this.outlets.forward.next?.get(a.lower[k]!)
    for (let j = k; node; ) {
      const hit = node.hit
      if (hit && (ambiguousToo || !hit.ambiguous) && casedOk(a, hit.cased, k)) best = { end: j + 1, entry: hit.value }
      if (++j >= to) break
      node = node.next?.get(a.lower[j]!)
    }
    return best
  }

  private kindNounAt(k: number, to: number): Phrase<OutletKind> | null {
    return phraseAt(this.a, KIND_NOUNS, k, to)
  }

  /** A run of capitalised words, perhaps in quotation marks: 'Vy slushali maiak', '"Rybar"'. */
  private nameAt(k: number, to: number): { start: number; end: number } | null {
    const { a } = this
    const quoted = k < to && a.tok.isQuote(k)
    if (quoted) k++
    if (k >= to || !this.isNameWord(k) || NOT_A_NAME.has(a.lower[k]!)) return null
    let end = k + 1
    while (end < to && end - k < 6 && a.tok.gap(end) < Gap.Newline && (this.isNameWord(end) || a.tok.isNumber(end)) && !this.kindNounAt(end, to)) end++
    if (quoted && (end >= to || !a.tok.isQuote(end))) return null
    return { start: k, end }
  }

  private isNameWord(k: number): boolean {
    const { a } = this
    return (a.tok.isWord(k) || a.tok.kind(k) === TokenKind.Initialism) && isCapitalized(a, k) && !isHyphenAdjective(a, k)
  }
}
