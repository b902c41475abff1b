// Events: meetings, talks, negotiations, calls, visits and summits, with who takes part, where,
// when and how far along they are.
//
// One pass over the token arrays finds trigger words (a typed-array test of each token's first two
// letters and length, a Map lookup for the few that pass); everything else looks only at the few
// tokens around each trigger. A trigger's noun phrase gives participants ("between
// A and B", "of representatives from A, B and C", "with A", "A–B talks", "Ukrainian and Russian
// delegations") and a place ("in Istanbul"); a verb form gives its subject and object ("X met Y",
// "X will visit Z", "X spoke by phone with Y"). Cue words around the trigger give the status; the
// latest stage any mention reaches wins ("the planned meeting took place" is held). A mention with
// no participants and no place ("such a meeting", "the talks") refers back to the most recent
// compatible event instead of making a new one.
//
// The stages live in ./events/: triggers.ts finds trigger words, reader.ts reads a mention around
// each (its participants with parties.ts and party-words.ts, its place with places.ts, its status
// with status.ts), dates.ts dates it, coreference.ts gathers mentions into events.

import { Intervals } from '../core/intervals.js'
import type { Event, Span } from '../core/records.js'
import { englishEvents, type EventLexicon } from '../lexicon/events.js'
import { englishNames, type NameLexicon } from '../lexicon/names.js'
import type { Analysis } from './analysis.js'
import type { NameFindings } from './entities.js'
import { Drafts, finish, resolve } from './events/coreference.js'
import { mentionDate } from './events/dates.js'
import type { EventFindings, EventOptions } from './events/mention.js'
import { Reader } from './events/reader.js'
import { findTriggers } from './events/triggers.js'

export type { EventFindings, EventOptions } from './events/mention.js'

/**
 * Events in the document, and the place entities their participants needed that `names` lacks.
 * `entityIds[c]` is the id of `names.clusters[c]`. Lexicons default to the English ones; pass the
 * name lexicon `names` was found with.
 */
export function findEvents(
  a: Analysis,
  names: NameFindings,
  entityIds: readonly string[],
  options: EventOptions,
  lexicons: { events?: EventLexicon; names?: NameLexicon } = {},
): EventFindings {
  const lex = lexicons.events ?? englishEvents
  const nameLex = lexicons.names ?? englishNames
  // The lexicon is English; other languages have none yet.
  if (lex === englishEvents && !(options.lang ?? 'en').toLowerCase().startsWith('en')) return { events: [], entities: [] }
  const candidates = findTriggers(a, names, lex)
  if (candidates.length === 0) return { events: [], entities: [] }
  const reader = new Reader(a, names, entityIds, lex, nameLex)
  const drafts = new Drafts()
  const contents = new Intervals(options.contents ?? [])
  for (let n = 0; n < candidates.length; n++) {
    const m = reader.mention(candidates, n)
    if (!m) continue
    resolve(drafts, m, lex, (x) => (x.date === undefined ? (x.date = mentionDate(a, x, options, contents) ?? null) : x.date))
  }
  return finish(a, drafts.all, reader.words, options)
}

/**
 * For a statement's content, the id of the event whose mention it overlaps first (the mention that
 * starts earliest; on a tie, the earlier event). Built once per document, each lookup a bisection.
 */
export function eventLookup(events: readonly Event[]): (content: readonly Span[]) => string | undefined {
  const mentions = new Intervals(events.flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, id: e.id }))))
  return (content) => {
    let best = -1
    for (const c of content) {
      const k = mentions.firstOverlapping(c.start, c.end)
      if (k >= 0 && (best < 0 || k < best)) best = k
    }
    return best < 0 ? undefined : mentions.at(best).id
  }
}
