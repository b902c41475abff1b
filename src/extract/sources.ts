// A brief's Source: line read into the outlets it cites, with their kind, descriptor, translation
// and the medium they published in.

import type { Entity, OutletKind, SourceCitation } from '../core/records.js'
import { entityId } from '../core/ids.js'
import { span, trimRange } from '../core/span.js'
import type { NameLexicon } from '../lexicon/names.js'

export interface SourceLineFindings {
  citations: SourceCitation[]
  outlets: Entity[]
}

const MEDIUM = /,?\s*publishing\s+(.+?)(?:\s+by\s+.+)?$/i
const TRANSLATION = /\(([^()]+)\)/

/**
 * Reads a brief's `Source:` line: "Kremlin-aligned news agencies RIA Novosti; TASS; Telegram channel
 * Vy slushali maiak (You Listened to the Lighthouse), publishing video comments by Peskov".
 * A segment without a type noun inherits the previous segment's type and descriptor.
 */
export function readSourceLine(text: string, [lineStart, lineEnd]: [number, number], lex: NameLexicon): SourceLineFindings {
  const citations: SourceCitation[] = []
  const outlets: Entity[] = []
  let kind: OutletKind | undefined
  let descriptor: string | undefined
  let segStart = lineStart
  for (let k = lineStart; k <= lineEnd; k++) {
    if (k < lineEnd && text[k] !== ';') continue
    let [s, e] = trimRange(text, segStart, k)
    segStart = k + 1
    if (s >= e) continue
    let medium: string | undefined
    const segment = text.slice(s, e)
    const mediumMatch = MEDIUM.exec(segment)
    if (mediumMatch) {
      medium = mediumMatch[1]!.trim()
      e = s + mediumMatch.index
    }
    let translation: string | undefined
    const tr = TRANSLATION.exec(text.slice(s, e))
    if (tr) {
      translation = tr[1]!.trim()
      e = s + tr.index
    }
    ;[s, e] = trimRange(text, s, e)
    const typed = findKindNoun(text.slice(s, e), lex)
    if (typed) {
      kind = typed.kind
      const before = text.slice(s, s + typed.at).trim()
      descriptor = before || undefined
      ;[s, e] = trimRange(text, s + typed.at + typed.length, e)
    }
    if (s >= e) continue
    const written = text.slice(s, e)
    const known = lex.outlets.get(written.toLowerCase())
    const name = known?.name ?? written
    const outletKind = known?.kind ?? kind
    const id = entityId('outlet', name)
    const labels = [...(known?.labels ?? []), ...(descriptor ? [descriptor] : [])]
    const nameSpan = span(text, s, e)
    outlets.push({
      id,
      type: 'outlet',
      name,
      aliases: [...new Set([name, written, ...(known?.aliases ?? []), ...(translation ? [translation] : [])])],
      roles: [],
      ...(outletKind ? { kind: outletKind } : {}),
      ...(labels.length ? { labels } : {}),
      ...(translation ? { translation } : {}),
      mentions: [nameSpan],
    })
    citations.push({ outlet: id, span: nameSpan, ...(descriptor ? { descriptor } : {}), ...(medium ? { medium } : {}) })
  }
  return { citations, outlets }
}

/** The longest outlet-type phrase in a segment ("news agencies", "Telegram channel"). */
function findKindNoun(segment: string, lex: NameLexicon): { kind: OutletKind; at: number; length: number } | null {
  const lower = segment.toLowerCase()
  let best: { kind: OutletKind; at: number; length: number } | null = null
  for (const [noun, kind] of lex.outletKindNouns) {
    const at = findWord(lower, noun)
    if (at < 0 || (best && noun.length <= best.length)) continue
    // "news agencies X" types X; "Valdoria Wire Service" is a name: capitalised, or nothing after it.
    const written = segment.slice(at, at + noun.length)
    const capitalised = written.split(' ').every((w) => w[0] !== w[0]!.toLowerCase())
    const nameFollows = segment.slice(at + noun.length).trim().length > 0
    if ((capitalised && !noun.startsWith('telegram')) || !nameFollows) continue
    best = { kind, at, length: noun.length }
  }
  return best
}

function findWord(haystack: string, word: string): number {
  let at = haystack.indexOf(word)
  while (at >= 0) {
    const before = at === 0 || !/\p{L}/u.test(haystack[at - 1]!)
    const after = at + word.length >= haystack.length || !/\p{L}/u.test(haystack[at + word.length]!)
    if (before && after) return at
    at = haystack.indexOf(word, at + 1)
  }
  return -1
}
