import names from './en/names.json' with { type: 'json' }
import outlets from './en/outlets.json' with { type: 'json' }
import places from './en/places.json' with { type: 'json' }
import type { OutletKind } from '../core/records.js'

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
  places: Set<string>
  placePrefixes: Set<string>
  placeSuffixes: Set<string>
  /** A lone unknown capitalised word ending so is a place: "Valdoria", "Finland". */
  placeWordEnding: RegExp
  outlets: Map<string, OutletEntry>
  /** Phrases naming an outlet type ("news agencies" → news agency). */
  outletKindNouns: Map<string, OutletKind>
}

export interface OutletEntry {
  name: string
  aliases: string[]
  kind: OutletKind
  country?: string
  labels?: string[]
}

function buildNameLexicon(): NameLexicon {
  const outletMap = new Map<string, OutletEntry>()
  for (const o of outlets.outlets as OutletEntry[]) {
    for (const n of [o.name, ...o.aliases]) outletMap.set(n.toLowerCase(), o)
  }
  const kindNouns = new Map<string, OutletKind>()
  for (const [kind, nouns] of Object.entries(outlets.kindNouns)) for (const n of nouns) kindNouns.set(n, kind as OutletKind)
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
    places: new Set(places.places),
    placePrefixes: new Set(places.prefixes),
    placeSuffixes: new Set(places.suffixes),
    placeWordEnding: new RegExp(`(?:${places.wordEndings.join('|')})$`),
    outlets: outletMap,
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
