// `wirewatch timeline PERSON|EVENT|TOPIC`: statements in date order, oldest first, undated last.
// The argument is read as an event id, else as a person, organisation, place or outlet the store
// knows, else as words to search for; stderr says which reading was taken.

import type { Command } from 'commander'
import { type EventRef, type SearchQuery, type Store, WirewatchError, eventRef, readSubject, timelineFilter, timelineHits } from '../index.js'
import type { CliIo } from './io.js'
import { checkDateRange, checkLimit } from './options.js'
import {
  EntityNames,
  type EntityRef,
  type QueryHit,
  UNCERTAIN_NOTE,
  hasUncertainDate,
  json,
  labelOf,
  limitNote,
  othersNote,
  plural,
  refOf,
  timelineLine,
  withOutlets,
} from './query-common.js'
import { addDbOption, withStore } from './store-option.js'
import { printable } from './printable.js'

interface TimelineFlags {
  about?: boolean
  from?: string
  to?: string
  limit: string
  json?: boolean
  db?: string
}

export const TIMELINE_LIMIT = 50

const EXAMPLES = `
Examples:
  wirewatch timeline Varga                         what Ilsa Varga said, oldest first
  wirewatch timeline Varga --about                 what was said about her
  wirewatch timeline 5d1f283e99f4e15e:e1           statements concerning an event
  wirewatch timeline harbour talks --from 2026-03-01 --to 2026-03-31
  wirewatch timeline "Meridian Press" --json       what an outlet published or carried

How the argument is read, first match wins:
  an event id                          the statements that concern the event
  a person or organisation (a name,    what they said; with --about, what was said about them
    an alias, a last name or an id)
  a place                              what was said about it
  an outlet                            the statements it published or carried
  anything else                        the statements that mention all of its words
Each line: date (? when it is the document's date, not one the text gives), speaker, outlets,
stance, what was said.`

/** How the argument was read, and what was found; `subject` and `statements` are the --json output. */
export interface Timeline {
  reading: 'event' | 'speaker' | 'about' | 'outlet' | 'topic'
  subject: EntityRef | EventRef | { text: string }
  from?: string
  to?: string
  statements: QueryHit[]
}

export function registerTimelineCommand(program: Command, io: CliIo, finish: (exitCode: number) => void): void {
  addDbOption(
    program
      .command('timeline')
      .summary('statements by or about someone, on an event or a topic, in date order')
      .description('Statements in date order, oldest first (undated last): by a person or organisation, about them, concerning an event, or on a topic.')
      .argument('<what...>', 'an event id, a name (or an entity id), or words to search for')
      .option('--about', 'statements about the person or organisation, not by them')
      .option('--from <YYYY-MM-DD>', 'said on or after this date')
      .option('--to <YYYY-MM-DD>', 'said on or before this date')
      .option('--limit <n>', 'how many statements, from the oldest (1 to 1000)', String(TIMELINE_LIMIT))
      .option('--json', 'print the reading taken and the statements as JSON'),
  )
    .addHelpText('after', EXAMPLES)
    .action(async (words: string[], flags: TimelineFlags) => {
      const what = words.join(' ').trim()
      if (!what) throw new WirewatchError('E_USAGE', 'give a name, an event id or words to search for')
      const limit = checkLimit(flags.limit, 1000)
      const range = checkDateRange(flags.from, flags.to)
      const { timeline, note } = await withStore(flags.db, io, (store) => buildTimeline(store, what, { about: flags.about === true, limit, ...range }))
      io.stderr.write(printable(note))
      io.stdout.write(flags.json ? json(timeline) : printable(formatTimeline(timeline.statements, io)))
      finish(0)
    })
}

interface TimelineOptions {
  about: boolean
  limit: number
  from?: string
  to?: string
}

async function buildTimeline(store: Store, what: string, options: TimelineOptions): Promise<{ timeline: Timeline; note: string }> {
  const names = new EntityNames(store)
  const range = { ...(options.from ? { from: options.from } : {}), ...(options.to ? { to: options.to } : {}) }
  const search = async (filter: SearchQuery): Promise<QueryHit[]> => withOutlets(await timelineHits(store, filter, { ...range, limit: options.limit }), names)
  const count = (hits: QueryHit[]): string => `${plural(hits.length, 'statement')}${limitNote(hits.length, options.limit)}${period(options)}`

  // A name that only begins a longer one ("Harbour" of "Harbour Gazette") is read as a topic,
  // unless --about asks for an entity.
  const subject = await readSubject(store, what, { about: options.about, prefixForAbout: true })
  if (subject.reading === 'event') {
    if (options.about) throw new WirewatchError('E_USAGE', `--about takes a person, organisation or place, but "${what}" is an event id`)
    const ref = await eventRef(subject.event.event, names)
    const statements = await search(timelineFilter(subject))
    const about = [ref.type, ...(ref.place ? [`in ${ref.place.name}`] : []), ...(ref.date ? [`on ${ref.date}`] : [])].join(' ')
    return {
      timeline: { reading: 'event', subject: ref, ...range, statements },
      note: `timeline of event ${ref.id} (${about}, ${ref.status}), ${count(statements)}\n`,
    }
  }
  if (subject.reading !== 'none') {
    const { reading, entity: chosen } = subject
    const entity = chosen.entity
    const statements = await search(timelineFilter(subject))
    const of = reading === 'about' ? 'statements about ' : reading === 'outlet' ? 'statements published or carried by ' : ''
    const hint = reading === 'speaker' && statements.length === 0 && chosen.aboutCount > 0 ? ` (--about shows the ${plural(chosen.aboutCount, 'statement')} about them)` : ''
    return {
      timeline: { reading, subject: refOf(entity), ...range, statements },
      note: `timeline of ${of}${labelOf(entity)}, ${count(statements)}${hint}\n${othersNote(what, subject.others)}`,
    }
  }
  if (options.about) throw new WirewatchError('E_NOT_FOUND', `no person, organisation, place or outlet is stored under the name or id "${what}"`)

  const statements = await search({ text: what })
  if (statements.length === 0) {
    const guesses = subject.candidates.slice(0, 3).map((c) => labelOf(c.stored.entity))
    throw new WirewatchError(
      'E_NOT_FOUND',
      `nothing stored matches "${what}": it is no event id or known name, and no statement${period(options)} mentions it${guesses.length ? ` (did you mean ${guesses.join(', ')}?)` : ''}`,
    )
  }
  return {
    timeline: { reading: 'topic', subject: { text: what }, ...range, statements },
    note: `timeline of statements mentioning "${what}", ${count(statements)}\n`,
  }
}

function period(options: { from?: string; to?: string }): string {
  if (options.from && options.to) return ` from ${options.from} to ${options.to}`
  if (options.from) return ` from ${options.from} on`
  if (options.to) return ` up to ${options.to}`
  return ''
}

export function formatTimeline(hits: QueryHit[], io: CliIo): string {
  if (hits.length === 0) return 'no statements found\n'
  const lines = hits.map((hit) => timelineLine(hit, io))
  if (hasUncertainDate(hits)) lines.push('', UNCERTAIN_NOTE)
  return `${lines.join('\n')}\n`
}
