// A small store for the query commands' tests, written by hand: three FICTIONAL reports of talks
// in Lenmark between Valdoria and Norland, days apart, from different outlets, with the events and
// the statements' speakers, stances, channels (via), subjects (about) and dates set as the tests need.
// Every person, outlet and place in them is invented.

import type { Document, Entity, Event, Stance, Statement, StatementKind, Span } from '../index.js'
import { openSqliteStore } from '../index.js'

const person = (name: string, roles: string[] = [], aliases: string[] = []): Entity => ({
  id: `person:${slug(name)}`,
  type: 'person',
  name,
  aliases: [name, ...aliases],
  roles,
  mentions: [],
})
const place = (name: string): Entity => ({ id: `place:${slug(name)}`, type: 'place', name, aliases: [name], roles: [], mentions: [] })
const outlet = (name: string, kind: Entity['kind'], labels: string[] = [], translation?: string): Entity => ({
  id: `outlet:${slug(name)}`,
  type: 'outlet',
  name,
  aliases: [name],
  roles: [],
  kind,
  ...(labels.length ? { labels } : {}),
  ...(translation ? { translation } : {}),
  mentions: [],
})

function slug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-')
}

export const VARGA = person('Ilsa Varga', ['trade minister'], ['Varga'])
const VARGA_NEGOTIATOR = person('Ilsa Varga', ['chief negotiator for Valdoria'], ['Varga'])
export const KORVATH = person('Anselm Korvath', ["Norland's Prime Minister"], ['Korvath'])
export const TALLOW = person('Brin Tallow', ['spokeswoman for the Norland Farmers Union'])
export const PETR_VARGA = person('Petr Varga', ['mayor of Lenmark'])
const UNION: Entity = { id: 'organization:norland-farmers-union', type: 'organization', name: 'Norland Farmers Union', aliases: ['Norland Farmers Union'], roles: [], mentions: [] }
const VALDORIA = place('Valdoria')
const NORLAND = place('Norland')
export const LENMARK = place('Lenmark')
export const MERIDIAN = outlet('Meridian Press', 'newspaper')
export const ASTER = outlet('Aster News', 'news agency', ['state-owned'])
export const GLAS = outlet('Glas Severa', 'telegram channel', ['pro-government'], 'Voice of the North')
export const GAZETTE = outlet('Harbour Gazette', 'newspaper')

export const TALKS = 'event:lenmark-talks'
export const MEETING = 'event:farmers-meeting'

interface StatementSpec {
  speaker: Entity | { name: null; mention: string }
  role?: string
  cue: string | null
  content: string
  kind?: StatementKind
  date?: string
  dateUncertain?: boolean
  via?: Entity[]
  about?: Entity[]
  event?: string
  stance?: Stance
}

interface DocumentSpec {
  id: string
  date?: string
  title: string
  outlet?: Entity
  text: string
  entities: Entity[]
  sources?: Entity[]
  events: (Omit<Event, 'mentions'> & { mention: string })[]
  statements: StatementSpec[]
}

/** A span for the first occurrence of `part` in `text` at or after `from`. */
function spanOf(text: string, part: string, from = 0): Span {
  const start = text.indexOf(part, from)
  if (start < 0) throw new Error(`fixture: "${part}" is not in the text`)
  return { start, end: start + part.length, text: part }
}

function documentOf(spec: DocumentSpec): Document {
  const { text } = spec
  const statements = spec.statements.map((s, n): Statement => {
    const content = spanOf(text, s.content)
    // The speaker's mention and the cue are looked for in the content's paragraph.
    const paragraph = Math.max(0, text.lastIndexOf('\n\n', content.start))
    const mention = 'mention' in s.speaker ? s.speaker.mention : s.speaker.name.split(' ').at(-1)!
    return {
      id: `${spec.id}:s${n + 1}`,
      kind: s.kind ?? 'indirect',
      speaker: {
        name: s.speaker.name,
        ...('id' in s.speaker ? { entity: s.speaker.id } : {}),
        ...(s.role ? { role: s.role } : {}),
        mentions: [spanOf(text, mention, paragraph)],
      },
      cue: s.cue === null ? null : spanOf(text, s.cue, paragraph),
      content: [content],
      ...(s.date ? { date: s.date } : {}),
      ...(s.dateUncertain ? { dateUncertain: true } : {}),
      via: (s.via ?? []).map((e) => e.id),
      about: (s.about ?? []).map((e) => e.id),
      ...(s.event ? { event: s.event } : {}),
      ...(s.stance ? { stance: s.stance } : {}),
      confidence: 0.9,
    }
  })
  return {
    id: spec.id,
    title: spec.title,
    ...(spec.date ? { date: spec.date } : {}),
    lang: 'en',
    ...(spec.outlet ? { outlet: spec.outlet.id } : {}),
    text,
    sources: (spec.sources ?? []).map((o) => ({ outlet: o.id, span: spanOf(text, o.name, text.lastIndexOf('Source:')) })),
    entities: [...spec.entities, ...(spec.outlet ? [spec.outlet] : []), ...(spec.sources ?? [])],
    statements,
    events: spec.events.map(({ mention, ...e }) => ({ ...e, mentions: [spanOf(text, mention)] })),
    diagnostics: [],
  }
}

const PLANNED = documentOf({
  id: 'doc-0301',
  date: '2026-03-01',
  title: 'Valdoria and Norland to hold talks in Lenmark',
  outlet: MERIDIAN,
  text: `Trade Minister Ilsa Varga said on Sunday that the talks in Lenmark would open a new chapter for the harbour trade between Valdoria and Norland.

Norland's Prime Minister Anselm Korvath said on Friday that Valdoria had promised a harbour deal before and that Varga would have to prove it this time.

Source: Aster News

(Fictional text written for the Wirewatch CLI tests.)
`,
  entities: [VARGA, KORVATH, VALDORIA, NORLAND, LENMARK],
  sources: [ASTER],
  events: [{ id: TALKS, type: 'talks', participants: [VALDORIA.id, NORLAND.id], place: LENMARK.id, date: '2026-03-10', status: 'planned', mention: 'talks' }],
  statements: [
    {
      speaker: VARGA,
      role: 'trade minister',
      cue: 'said',
      content: 'the talks in Lenmark would open a new chapter for the harbour trade between Valdoria and Norland',
      date: '2026-03-01',
      via: [ASTER],
      about: [VALDORIA, NORLAND],
      event: TALKS,
      stance: 'support',
    },
    {
      speaker: KORVATH,
      role: "Norland's Prime Minister",
      cue: 'said',
      content: 'Valdoria had promised a harbour deal before and that Varga would have to prove it this time',
      date: '2026-02-27',
      via: [ASTER],
      about: [VARGA, VALDORIA],
      event: TALKS,
      stance: 'skeptical',
    },
  ],
})

const BEGAN = documentOf({
  id: 'doc-0310',
  date: '2026-03-10',
  title: 'Talks open in Lenmark',
  outlet: ASTER,
  text: `The talks between Valdoria and Norland began in Lenmark on Tuesday.

Brin Tallow, a spokeswoman for the Norland Farmers Union, said that Varga was selling out the farmers of Norland.

"Nothing is settled until the grain is settled," Ilsa Varga told Glas Severa.

(Fictional text written for the Wirewatch CLI tests.)
`,
  entities: [VARGA_NEGOTIATOR, TALLOW, UNION, VALDORIA, NORLAND, LENMARK, GLAS],
  events: [{ id: TALKS, type: 'talks', participants: [VALDORIA.id, NORLAND.id, VARGA.id], place: LENMARK.id, date: '2026-03-10', status: 'began', mention: 'talks' }],
  statements: [
    {
      speaker: TALLOW,
      role: 'a spokeswoman for the Norland Farmers Union',
      cue: 'said',
      content: 'Varga was selling out the farmers of Norland',
      date: '2026-03-10',
      dateUncertain: true,
      about: [VARGA, UNION],
      stance: 'oppose',
    },
    {
      speaker: VARGA,
      cue: 'told',
      kind: 'direct',
      content: 'Nothing is settled until the grain is settled',
      date: '2026-03-10',
      via: [GLAS],
      event: TALKS,
      stance: 'neutral',
    },
  ],
})

const ENDED = documentOf({
  id: 'doc-0312',
  date: '2026-03-12',
  title: 'Lenmark talks end without a grain deal',
  outlet: MERIDIAN,
  text: `The talks in Lenmark ended on Wednesday without a deal on grain. Korvath proposed a meeting with the farmers' union.

Anselm Korvath said on Wednesday that Varga had negotiated in good faith.

Petr Varga, the mayor of Lenmark, said the city had been glad to host the delegations.

A diplomat who attended said that Varga would be back to settle the harbour question in the spring.

Source: Harbour Gazette

(Fictional text written for the Wirewatch CLI tests.)
`,
  entities: [KORVATH, PETR_VARGA, TALLOW, VALDORIA, NORLAND, LENMARK],
  sources: [GAZETTE],
  events: [
    { id: TALKS, type: 'talks', participants: [VALDORIA.id, NORLAND.id, KORVATH.id], place: LENMARK.id, date: '2026-03-10', status: 'ended', mention: 'talks' },
    { id: MEETING, type: 'meeting', participants: [KORVATH.id, TALLOW.id], status: 'proposed', mention: 'meeting' },
  ],
  statements: [
    { speaker: KORVATH, cue: 'said', content: 'Varga had negotiated in good faith', date: '2026-03-11', about: [VARGA], event: TALKS, stance: 'neutral' },
    {
      speaker: PETR_VARGA,
      role: 'the mayor of Lenmark',
      cue: 'said',
      content: 'the city had been glad to host the delegations',
      date: '2026-03-12',
      dateUncertain: true,
      about: [LENMARK],
    },
    {
      speaker: { name: null, mention: 'A diplomat' },
      cue: 'said',
      content: 'Varga would be back to settle the harbour question in the spring',
      via: [GAZETTE],
      about: [VARGA],
    },
  ],
})

export const QUERY_DOCUMENTS: readonly Document[] = [PLANNED, BEGAN, ENDED]

/** Writes the documents into a new SQLite store at `path`. */
export async function buildQueryStore(path: string): Promise<void> {
  const store = await openSqliteStore(path)
  try {
    for (const document of QUERY_DOCUMENTS) {
      await store.putDocument(structuredClone(document), { origin: `fixtures/${document.id}.txt`, reader: 'text', ingestedAt: '2026-03-13T08:00:00.000Z' })
    }
  } finally {
    await store.close()
  }
}
