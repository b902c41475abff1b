// Where an event is: a place phrase after a preposition — "in Istanbul", "in the Turkish city of
// Istanbul", "in the port of Dunmarrow".

import { isCapitalized } from '../analysis.js'
import { mentionAt } from '../entities.js'
import type { MentionText } from './mention.js'

/** The place named from token `from` (just after "in"), within `limit`: its entity id and where it ends. */
export function placeAt(c: MentionText, from: number, limit: number): { id: string; end: number } | null {
  const { a, lex, nameLex, names } = c
  let j = from
  let placeNoun = false
  if (lex.nameArticles.has(a.lower[j]!)) j++
  while (j < limit && !mentionAt(names, j) && (nameLex.nationalities.has(a.lower[j]!) || c.words.demonym(j) !== undefined)) j++
  // "the Telvarian port of Dunmarrow": before "<place noun> of", one capitalised word is an adjective, known or not.
  if (j + 2 < limit && isCapitalized(a, j) && lex.placeNouns.has(a.lower[j + 1]!) && lex.placeNounLinks.has(a.lower[j + 2]!)) j++
  if (j < limit && lex.placeNouns.has(a.lower[j]!) && lex.placeNounLinks.has(a.lower[j + 1]!)) {
    placeNoun = true
    j += 2
  }
  const mention = j < limit ? mentionAt(names, j) : undefined
  if (!mention) return null
  if (mention.titleStart !== j && mention.start !== j) return null
  const cluster = names.clusters[mention.entity]!
  if (cluster.type !== 'place' && !(placeNoun && mention.tentative)) return null
  return { id: c.entityIds[mention.entity]!, end: mention.end }
}
