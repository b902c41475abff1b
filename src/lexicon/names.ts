import names from './en/names.json' with { type: 'json' }
import outlets from './en/outlets.json' with { type: 'json' }
import places from './en/places.json' with { type: 'json' }
import type { OutletKind } from '../core/records.js'
import { type OutletEntry, type OutletRegistry, shippedOutletRegistry } from './outlet-registry.js'

export type { OutletEntry } from './outlet-registry.js'

/** Lexicons that shape name, role and outlet recognition; lower case, multi-word entries with spaces. */
export interface NameLexicon {
  titles: Set<string>
  /** Titles by their first word, as word lists, longest first: "secretary" → [secretary of state, …]. */
  titlesByFirstWord: Map<string, string[][]>
  roleNouns: Set<string>
  male: Set<string>
  female: Set<string>
  orgWords: Set<string>
  groupNouns: Set<string>
  nonNameCapitals: Set<string>
  nameConnectors: Set<string>
  nationalities: Set<string>
  /** Titles that are no role: "mr", "dr". */
  honorifics: Set<string>
  /** Words that may open a role set off by commas after a name: "Smith, former deputy minister, …". */
  roleModifiers: Set<string>
  /** Lone capitalised words that name nothing: month abbreviations, "a.m.". */
  notNames: Set<string>
  places: Set<string>
  placePrefixes: Set<string>
  placeSuffixes: Set<string>
  /** A lone unknown capitalised word ending so is a place: "Valdoria", "Finland". */
  placeWordEnding: RegExp
  /** Every form of a place with a canonical name, lower case → that name: "u.s." → "United States". */
  placeAliases: Map<string, string>
  /** A country's adjective, lower case → the country's canonical name: "ukrainian" → "Ukraine". */
  demonyms: Map<string, string>
  /** Lower-case outlet name or alias → its registry entry (ambiguous aliases excluded). */
  outlets: ReadonlyMap<string, OutletEntry>
  /** Phrases naming an outlet type ("news agencies" → news agency). */
  outletKindNouns: Map<string, OutletKind>
}

function buildNameLexicon(): NameLexicon {
  const kindNouns = new Map<string, OutletKind>()
  for (const [kind, nouns] of Object.entries(outlets.kindNouns)) for (const n of nouns) kindNouns.set(n, kind as OutletKind)
  const placeAliases = new Map<string, string>()
  for (const [name, forms] of Object.entries(places.aliases)) for (const f of [name.toLowerCase(), ...forms]) placeAliases.set(f, name)
  return {
    titles: new Set(names.titles),
    titlesByFirstWord: groupByFirstWord(names.titles),
    roleNouns: new Set(names.roleNouns),
    male: new Set(names.maleMarkers),
    female: new Set(names.femaleMarkers),
    orgWords: new Set(names.orgWords),
    groupNouns: new Set(names.groupNouns),
    nonNameCapitals: new Set(names.nonNameCapitals),
    nameConnectors: new Set(names.nameConnectors),
    nationalities: new Set(names.nationalities),
    honorifics: new Set(names.honorifics),
    roleModifiers: new Set(names.roleModifiers),
    notNames: new Set(names.notNames),
    places: new Set([...places.places, ...placeAliases.keys()]),
    placePrefixes: new Set(places.prefixes),
    placeSuffixes: new Set(places.suffixes),
    placeWordEnding: new RegExp(`(?:${places.wordEndings.join('|')})$`),
    placeAliases,
    demonyms: new Map(Object.entries(places.demonyms)),
    outlets: shippedOutletRegistry.byName,
    outletKindNouns: kindNouns,
  }
}

function groupByFirstWord(phrases: string[]): Map<string, string[][]> {
  const map = new Map<string, string[][]>()
  for (const phrase of phrases) {
    const words = phrase.split(' ')
    const list = map.get(words[0]!) ?? []
    list.push(words)
    list.sort((x, y) => y.length - x.length)
    map.set(words[0]!, list)
  }
  return map
}

export const englishNames: NameLexicon = buildNameLexicon()

const withRegistry = new WeakMap<OutletRegistry, NameLexicon>()

/** The English name lexicon recognising the outlets of `registry`; built once per registry. */
export function namesWithOutlets(registry: OutletRegistry): NameLexicon {
  if (registry === shippedOutletRegistry) return englishNames
  let lex = withRegistry.get(registry)
  if (!lex) {
    lex = { ...englishNames, outlets: registry.byName }
    withRegistry.set(registry, lex)
  }
  return lex
}
