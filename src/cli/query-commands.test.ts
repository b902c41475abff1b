// The query commands (timeline, who-said, entity, event, and search's --stance and --event) run
// in-process, as main.test.ts runs the others, against a real SQLite file built from hand-written
// documents (query-fixtures.ts: fictional people, outlets and places only).

import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type SearchHit, openSqliteStore } from '../index.js'
import type { EntityReport } from './entity-command.js'
import type { EventList, EventReport } from './event-command.js'
import { runCli } from './run-in-process.js'
import { clip } from './query-common.js'
import { MEETING, TALKS, buildQueryStore } from './query-fixtures.js'
import type { Timeline } from './timeline-command.js'
import type { WhoSaid } from './who-said-command.js'

interface Run {
  code: number
  stdout: string
  stderr: string
}

let tmp: string
let db: string

async function run(argv: string[], options: { columns?: number } = {}): Promise<Run> {
  return runCli([...argv, '--db', db], options)
}

function lines(output: string): string[] {
  return output.trimEnd().split('\n')
}

async function expectError(argv: string[], code: number, message: string | RegExp): Promise<void> {
  const r = await run(argv)
  expect(r.code, r.stderr).toBe(code)
  expect(r.stdout).toBe('')
  const [first, ...rest] = lines(r.stderr)
  if (typeof message === 'string') expect(first).toBe(message)
  else expect(first).toMatch(message)
  // One line; usage mistakes add the hint to --help.
  expect(rest).toEqual(code === 2 ? [expect.stringMatching(/^Run "wirewatch [\w-]+ --help" for usage\.$/)] : [])
}

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'wirewatch-query-'))
  db = join(tmp, 'query.db')
  await buildQueryStore(db)
})

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true })
})

describe('wirewatch timeline', () => {
  it('reads a last name as a person: their statements, oldest first, with outlet names and stance', async () => {
    const r = await run(['timeline', 'Varga'])
    expect(r.code, r.stderr).toBe(0)
    expect(lines(r.stderr)).toEqual([
      'timeline of Ilsa Varga (person:ilsa-varga), 2 statements',
      '"Varga" also matches Petr Varga (person:petr-varga); give an id to choose',
    ])
    expect(lines(r.stdout)).toEqual([
      '2026-03-01  Ilsa Varga — Meridian Press via Aster News — support — the talks in Lenmark would open a new chapter for the harbour trade between Valdoria and Norland',
      '2026-03-10  Ilsa Varga — Aster News via Glas Severa — neutral — Nothing is settled until the grain is settled',
    ])
  })

  it('points to --about when someone said nothing but was spoken about', async () => {
    const r = await run(['timeline', 'Norland Farmers Union'])
    expect(r.code).toBe(0)
    expect(r.stderr).toBe('timeline of Norland Farmers Union (organization:norland-farmers-union), 0 statements (--about shows the 1 statement about them)\n')
    expect(r.stdout).toBe('no statements found\n')
    const about = await run(['timeline', 'Norland Farmers Union', '--about'])
    expect(lines(about.stdout)[0]).toMatch(/^2026-03-10\? Brin Tallow — /)
  })

  it('takes an entity id to choose between people of one name', async () => {
    const r = await run(['timeline', 'person:petr-varga'])
    expect(r.code).toBe(0)
    expect(r.stderr).toBe('timeline of Petr Varga (person:petr-varga), 1 statement\n')
    expect(lines(r.stdout)[0]).toBe('2026-03-12? Petr Varga — Meridian Press — the city had been glad to host the delegations')
  })

  it('with --about: the statements about them, undated last, "?" on document dates, unknown speakers shown by their mention', async () => {
    const r = await run(['timeline', 'Ilsa', 'Varga', '--about'])
    expect(r.code).toBe(0)
    expect(r.stderr).toBe('timeline of statements about Ilsa Varga (person:ilsa-varga), 4 statements\n')
    expect(lines(r.stdout)).toEqual([
      '2026-02-27  Anselm Korvath — Meridian Press via Aster News — skeptical — Valdoria had promised a harbour deal before and that Varga would have to prove it this time',
      '2026-03-10? Brin Tallow — Aster News — oppose — Varga was selling out the farmers of Norland',
      '2026-03-11  Anselm Korvath — Meridian Press — neutral — Varga had negotiated in good faith',
      'undated     (unknown: A diplomat) — Meridian Press via Harbour Gazette — Varga would be back to settle the harbour question in the spring',
      '',
      '? the date is the document date, not a date read from the text',
    ])
  })

  it('reads an event id: the statements concerning the event', async () => {
    const r = await run(['timeline', TALKS])
    expect(r.code).toBe(0)
    expect(r.stderr).toBe(`timeline of event ${TALKS} (talks in Lenmark on 2026-03-10, ended), 4 statements\n`)
    expect(lines(r.stdout).map((l) => l.slice(0, 28))).toEqual(['2026-02-27  Anselm Korvath —', '2026-03-01  Ilsa Varga — Mer', '2026-03-10  Ilsa Varga — Ast', '2026-03-11  Anselm Korvath —'])
  })

  it('reads other words as a topic; the start of a longer name ("Harbour" Gazette) does not make an entity', async () => {
    const r = await run(['timeline', 'harbour'])
    expect(r.code).toBe(0)
    expect(r.stderr).toBe('timeline of statements mentioning "harbour", 3 statements\n')
    const out = lines(r.stdout)
    expect(out.map((l) => l.slice(0, 11))).toEqual(['2026-02-27 ', '2026-03-01 ', 'undated    '])
    for (const line of out) expect(line).toContain('harbour')
  })

  it('reads a place as what was said about it, and an outlet as what it published or carried', async () => {
    const place = await run(['timeline', 'Lenmark'])
    expect(place.stderr).toBe('timeline of statements about Lenmark (place:lenmark), 1 statement\n')
    expect(lines(place.stdout)[0]).toMatch(/^2026-03-12\? Petr Varga — /)

    const outlet = await run(['timeline', 'Aster News'])
    expect(outlet.stderr).toBe('timeline of statements published or carried by Aster News (outlet:aster-news), 4 statements\n')
    expect(outlet.stdout).not.toContain('outlet:')
    expect(lines(outlet.stdout).slice(0, 4).map((l) => l.split(' — ')[1])).toEqual(['Meridian Press via Aster News', 'Meridian Press via Aster News', 'Aster News', 'Aster News via Glas Severa'])
  })

  it('keeps to --from, --to and --limit, and says when the limit cut the list short', async () => {
    const range = await run(['timeline', 'Varga', '--about', '--from', '2026-03-01', '--to', '2026-03-10'])
    expect(lines(range.stderr)[0]).toBe('timeline of statements about Ilsa Varga (person:ilsa-varga), 1 statement from 2026-03-01 to 2026-03-10')
    expect(lines(range.stdout)[0]).toMatch(/^2026-03-10\? Brin Tallow/)

    const limited = await run(['timeline', TALKS, '--limit', '2'])
    expect(limited.stderr).toMatch(/, 2 statements, the first 2 \(raise --limit for more\)\n$/)
    expect(lines(limited.stdout)).toHaveLength(2)
  })

  it('prints the reading and the statements as JSON with --json', async () => {
    const r = await run(['timeline', 'Varga', '--about', '--json'])
    expect(r.code).toBe(0)
    const t = JSON.parse(r.stdout) as Timeline
    expect(t.reading).toBe('about')
    expect(t.subject).toEqual({ id: 'person:ilsa-varga', type: 'person', name: 'Ilsa Varga' })
    expect(t.statements.map((h) => h.statement.id)).toEqual(['doc-0301:s2', 'doc-0310:s1', 'doc-0312:s1', 'doc-0312:s3'])
    expect(t.statements[1]!.statement).toMatchObject({ date: '2026-03-10', dateUncertain: true, stance: 'oppose' })
    expect(t.statements[0]!.outlets).toEqual([
      { name: 'Meridian Press', as: 'publisher' },
      { id: 'outlet:aster-news', name: 'Aster News', as: 'via' },
    ])

    const event = JSON.parse((await run(['timeline', TALKS, '--json'])).stdout) as Timeline
    expect(event.reading).toBe('event')
    expect(event.subject).toEqual({ id: TALKS, type: 'talks', status: 'ended', date: '2026-03-10', place: { id: 'place:lenmark', type: 'place', name: 'Lenmark' } })
    const topic = JSON.parse((await run(['timeline', 'grain', '--json'])).stdout) as Timeline
    expect(topic).toMatchObject({ reading: 'topic', subject: { text: 'grain' } })
  })

  it('fits each line to a terminal, cutting the content at a word', async () => {
    const r = await run(['timeline', 'Varga'], { columns: 100 })
    const out = lines(r.stdout)
    for (const line of out) expect(line.length).toBeLessThanOrEqual(100)
    expect(out[0]).toBe('2026-03-01  Ilsa Varga — Meridian Press via Aster News — support — the talks in Lenmark would open…')
    expect(out[1]).toBe('2026-03-10  Ilsa Varga — Aster News via Glas Severa — neutral — Nothing is settled until the grain…')
    // A narrow terminal still shows the start of what was said.
    const narrow = lines((await run(['timeline', 'Varga'], { columns: 60 })).stdout)
    expect(narrow[0]).toBe('2026-03-01  Ilsa Varga — Meridian Press via Aster News — support — the talks in Lenmark…')
  })

  describe('errors', () => {
    it('nothing matches: one line, exit code 1, with names that begin the same way', async () => {
      await expectError(['timeline', 'Zorblat'], 1, 'wirewatch: nothing stored matches "Zorblat": it is no event id or known name, and no statement mentions it')
      await expectError(['timeline', 'Harb'], 1, /\(did you mean Harbour Gazette \(outlet:harbour-gazette\)\?\)$/)
    })

    it('--about needs someone', async () => {
      await expectError(['timeline', 'Zorblat', '--about'], 1, 'wirewatch: no person, organisation, place or outlet is stored under the name or id "Zorblat"')
      await expectError(['timeline', TALKS, '--about'], 2, `wirewatch: --about takes a person, organisation or place, but "${TALKS}" is an event id`)
    })

    it('bad option values are usage errors', async () => {
      await expectError(['timeline', 'Varga', '--from', '2026-02-30'], 2, 'wirewatch: --from must be a calendar date written YYYY-MM-DD (e.g. 2025-05-16), got "2026-02-30"')
      await expectError(['timeline', 'Varga', '--to', 'March'], 2, /^wirewatch: --to must be a calendar date/)
      await expectError(['timeline', 'Varga', '--from', '2026-03-10', '--to', '2026-03-01'], 2, 'wirewatch: --from 2026-03-10 is after --to 2026-03-01')
      await expectError(['timeline', 'Varga', '--limit', '0'], 2, 'wirewatch: --limit must be a whole number from 1 to 1000, got "0"')
      await expectError(['timeline', 'Varga', '--limit', '5000'], 2, 'wirewatch: --limit must be a whole number from 1 to 1000, got "5000"')
      await expectError(['timeline'], 2, "wirewatch: missing required argument 'what'")
    })
  })
})

describe('wirewatch who-said', () => {
  it('groups the statements about someone by speaker, most statements first, unknown speakers last', async () => {
    const r = await run(['who-said', '--about', 'Varga'])
    expect(r.code, r.stderr).toBe(0)
    expect(lines(r.stderr)).toEqual([
      'statements about Ilsa Varga (person:ilsa-varga): 4 statements by 3 speakers',
      '"Varga" also matches Petr Varga (person:petr-varga); give an id to choose',
    ])
    expect(lines(r.stdout)).toEqual([
      "Anselm Korvath (person:anselm-korvath), Norland's Prime Minister — 2 statements",
      '  2026-02-27  skeptical — Meridian Press via Aster News — Valdoria had promised a harbour deal before and that Varga would have to prove it this time',
      '  2026-03-11  neutral   — Meridian Press — Varga had negotiated in good faith',
      '',
      'Brin Tallow (person:brin-tallow), a spokeswoman for the Norland Farmers Union — 1 statement',
      '  2026-03-10? oppose    — Aster News — Varga was selling out the farmers of Norland',
      '',
      '(unknown speakers) — 1 statement',
      '  undated     —         (unknown: A diplomat) — Meridian Press via Harbour Gazette — Varga would be back to settle the harbour question in the spring',
      '',
      '? the date is the document date, not a date read from the text',
    ])
  })

  it('prints the groups as JSON, and keeps to --from and --to', async () => {
    const r = await run(['who-said', '--about', 'person:ilsa-varga', '--json'])
    expect(r.code).toBe(0)
    expect(r.stderr).toBe('statements about Ilsa Varga (person:ilsa-varga): 4 statements by 3 speakers\n')
    const w = JSON.parse(r.stdout) as WhoSaid
    expect(w.about).toEqual({ id: 'person:ilsa-varga', type: 'person', name: 'Ilsa Varga' })
    expect(w.statementCount).toBe(4)
    expect(w.speakers.map((g) => [g.speaker.name, g.speaker.entity, g.statements.map((h) => h.statement.id)])).toEqual([
      ['Anselm Korvath', 'person:anselm-korvath', ['doc-0301:s2', 'doc-0312:s1']],
      ['Brin Tallow', 'person:brin-tallow', ['doc-0310:s1']],
      [null, undefined, ['doc-0312:s3']],
    ])

    const march = JSON.parse((await run(['who-said', '--about', 'Varga', '--from', '2026-03-05', '--json'])).stdout) as WhoSaid
    expect(march.speakers.map((g) => [g.speaker.name, g.statements.length])).toEqual([
      ['Anselm Korvath', 1],
      ['Brin Tallow', 1],
    ])
  })

  it('says so when no one spoke about them', async () => {
    const r = await run(['who-said', '--about', 'Korvath'])
    expect(r.code).toBe(0)
    expect(r.stdout).toBe('no statements about Anselm Korvath found\n')
  })

  it('errors: an unknown name, a missing --about, a bad date', async () => {
    await expectError(['who-said', '--about', 'Zorblat'], 1, 'wirewatch: no person, organisation, place or outlet is stored under the name or id "Zorblat"')
    await expectError(['who-said'], 2, "wirewatch: required option '--about <name>' not specified")
    await expectError(['who-said', '--about', 'Varga', '--to', '2026-13-01'], 2, /^wirewatch: --to must be a calendar date/)
  })
})

describe('wirewatch entity', () => {
  it('shows the best match with roles over time, the outlets quoting them and counts; lists the other matches by id', async () => {
    const r = await run(['entity', 'Varga'])
    expect(r.code, r.stderr).toBe(0)
    expect(lines(r.stdout)).toEqual([
      'Ilsa Varga — person — person:ilsa-varga',
      'aliases      Ilsa Varga, Varga',
      'roles        trade minister (2026-03-01); chief negotiator for Valdoria (2026-03-10)',
      'quoted by    Aster News (2), Glas Severa (1), Meridian Press (1)',
      'seen         2026-03-01 to 2026-03-12, in 3 documents',
      'statements   2 made, 4 about them',
      '',
      '"Varga" also matches:',
      '  Petr Varga — person — person:petr-varga (1 document)',
      'To see one of them: wirewatch entity person:petr-varga',
    ])
    const byId = await run(['entity', 'person:petr-varga'])
    expect(lines(byId.stdout)[0]).toBe('Petr Varga — person — person:petr-varga')
    expect(byId.stdout).not.toContain('also matches')
  })

  it('shows an outlet with its kind, labels and translated name', async () => {
    const r = await run(['entity', 'Glas Severa'])
    expect(lines(r.stdout)).toEqual([
      'Glas Severa — outlet, telegram channel — outlet:glas-severa',
      'aliases      Glas Severa',
      'translation  Voice of the North',
      'labels       pro-government',
      'seen         2026-03-10, in 1 document',
      'statements   0 made, 0 about it',
    ])
  })

  it('prints the StoredEntity fields and the other matches as JSON', async () => {
    const r = await run(['entity', 'Varga', '--json'])
    const e = JSON.parse(r.stdout) as EntityReport
    expect(e.entity).toMatchObject({ id: 'person:ilsa-varga', type: 'person', name: 'Ilsa Varga', aliases: ['Ilsa Varga', 'Varga'] })
    expect(e.roleHistory).toEqual([
      { role: 'trade minister', firstSeen: '2026-03-01', lastSeen: '2026-03-01' },
      { role: 'chief negotiator for Valdoria', firstSeen: '2026-03-10', lastSeen: '2026-03-10' },
    ])
    expect(e.outlets).toEqual([
      { id: 'outlet:aster-news', name: 'Aster News', statements: 2 },
      { id: 'outlet:glas-severa', name: 'Glas Severa', statements: 1 },
      { id: 'outlet:meridian-press', name: 'Meridian Press', statements: 1 },
    ])
    expect(e).toMatchObject({ statementCount: 2, aboutCount: 4, documentCount: 3, firstSeen: '2026-03-01', lastSeen: '2026-03-12' })
    expect(e.otherMatches).toEqual([{ id: 'person:petr-varga', type: 'person', name: 'Petr Varga', documentCount: 1 }])
  })

  it('follows an id merged into another entity', async () => {
    const merged = join(tmp, 'merged.db')
    await buildQueryStore(merged)
    const store = await openSqliteStore(merged)
    await store.mergeEntities('person:ilsa-varga', ['person:petr-varga'])
    await store.close()
    const saved = db
    db = merged
    try {
      const r = await run(['entity', 'person:petr-varga'])
      expect(r.code, r.stderr).toBe(0)
      expect(lines(r.stdout)[0]).toBe('Ilsa Varga — person — person:ilsa-varga')
      expect((await run(['timeline', 'person:petr-varga'])).stderr).toBe('timeline of Ilsa Varga (person:ilsa-varga), 3 statements\n')
    } finally {
      db = saved
    }
  })

  it('an unknown name is one line and exit code 1', async () => {
    await expectError(['entity', 'Zorblat'], 1, 'wirewatch: no person, organisation, place or outlet is stored under the name or id "Zorblat"')
  })
})

describe('wirewatch event', () => {
  it('shows an event: names for place and participants, the status history, its statements in date order', async () => {
    const r = await run(['event', TALKS])
    expect(r.code, r.stderr).toBe(0)
    expect(lines(r.stdout)).toEqual([
      `${TALKS} — talks, ended`,
      'date          2026-03-10',
      'place         Lenmark',
      'participants  Anselm Korvath, Ilsa Varga, Norland, Valdoria',
      'reported      in 3 documents, 2026-03-01 to 2026-03-12; 4 statements concern it',
      '',
      'status history: document date, status told, event date told, document',
      '  2026-03-01  planned    2026-03-10  doc-0301 "Valdoria and Norland to hold talks in Lenmark"',
      '  2026-03-10  began      2026-03-10  doc-0310 "Talks open in Lenmark"',
      '  2026-03-12  ended      2026-03-10  doc-0312 "Lenmark talks end without a grain deal"',
      '',
      'statements, oldest first: 4',
      '  2026-02-27  Anselm Korvath — Meridian Press via Aster News — skeptical — Valdoria had promised a harbour deal before and that Varga would have to prove it this time',
      '  2026-03-01  Ilsa Varga — Meridian Press via Aster News — support — the talks in Lenmark would open a new chapter for the harbour trade between Valdoria and Norland',
      '  2026-03-10  Ilsa Varga — Aster News via Glas Severa — neutral — Nothing is settled until the grain is settled',
      '  2026-03-11  Anselm Korvath — Meridian Press — neutral — Varga had negotiated in good faith',
    ])
  })

  it('shows an event nobody spoke about', async () => {
    const r = await run(['event', MEETING])
    expect(lines(r.stdout)).toEqual([
      `${MEETING} — meeting, proposed`,
      'date          —',
      'place         —',
      'participants  Anselm Korvath, Brin Tallow',
      'reported      in 1 document, 2026-03-12; 0 statements concern it',
      '',
      'status history: document date, status told, event date told, document',
      '  2026-03-12  proposed   —           doc-0312 "Lenmark talks end without a grain deal"',
      '',
      'statements: none concern it',
    ])
  })

  it('prints the event, its reports, the entities it names and its statements as JSON', async () => {
    const r = await run(['event', TALKS, '--json'])
    const e = JSON.parse(r.stdout) as EventReport
    expect(e.event).toMatchObject({ id: TALKS, type: 'talks', status: 'ended', date: '2026-03-10', place: 'place:lenmark' })
    expect(e.reports).toEqual([
      { documentId: 'doc-0301', documentDate: '2026-03-01', status: 'planned', date: '2026-03-10', documentTitle: 'Valdoria and Norland to hold talks in Lenmark' },
      { documentId: 'doc-0310', documentDate: '2026-03-10', status: 'began', date: '2026-03-10', documentTitle: 'Talks open in Lenmark' },
      { documentId: 'doc-0312', documentDate: '2026-03-12', status: 'ended', date: '2026-03-10', documentTitle: 'Lenmark talks end without a grain deal' },
    ])
    expect(e.entities).toContainEqual({ id: 'place:lenmark', type: 'place', name: 'Lenmark' })
    expect(e.entities.map((x) => x.name)).toEqual(['Anselm Korvath', 'Ilsa Varga', 'Norland', 'Valdoria', 'Lenmark'])
    expect(e.statementCount).toBe(4)
    expect(e.statements.map((h) => h.statement.id)).toEqual(['doc-0301:s2', 'doc-0301:s1', 'doc-0310:s2', 'doc-0312:s1'])
  })

  it('lists events, most reported first, filtered by participant and type', async () => {
    const all = await run(['event', '--list'])
    expect(all.code).toBe(0)
    expect(lines(all.stdout)).toEqual([
      `${TALKS} — talks, ended, 2026-03-10, in Lenmark`,
      '  Anselm Korvath, Ilsa Varga, Norland, Valdoria · 3 documents, 4 statements',
      `${MEETING} — meeting, proposed`,
      '  Anselm Korvath, Brin Tallow · 1 document, 0 statements',
    ])

    const tallow = await run(['event', '--list', '--participant', 'Tallow'])
    expect(tallow.stderr).toBe('events with Brin Tallow (person:brin-tallow): 1 event\n')
    expect(lines(tallow.stdout)[0]).toBe(`${MEETING} — meeting, proposed`)

    const vargas = await run(['event', '--list', '--participant', 'Varga'])
    expect(vargas.stderr).toBe('events with Ilsa Varga (person:ilsa-varga) or Petr Varga (person:petr-varga): 1 event\n')

    const talks = await run(['event', '--type', 'talks'])
    expect(lines(talks.stdout)[0]).toBe(`${TALKS} — talks, ended, 2026-03-10, in Lenmark`)
    expect(talks.stdout).not.toContain(MEETING)

    const none = await run(['event', '--list', '--type', 'summit'])
    expect(none.stdout).toBe('no events found\n')

    const list = JSON.parse((await run(['event', '--list', '--limit', '1', '--json'])).stdout) as EventList
    expect(list.events.map((x) => x.event.id)).toEqual([TALKS])
    expect(list.entities.map((x) => x.name).sort()).toEqual(['Anselm Korvath', 'Ilsa Varga', 'Lenmark', 'Norland', 'Valdoria'])
  })

  it('errors: an unknown id or participant, no ID and no --list, both, a bad --type', async () => {
    await expectError(['event', 'event:nope'], 1, 'wirewatch: no event is stored under the id "event:nope" (wirewatch event --list shows the stored events)')
    await expectError(['event', '--list', '--participant', 'Zorblat'], 1, 'wirewatch: no person, organisation, place or outlet is stored under the name or id "Zorblat"')
    await expectError(['event'], 2, 'wirewatch: give an event ID, or --list to list the stored events')
    await expectError(['event', TALKS, '--list'], 2, 'wirewatch: give an event ID or --list, not both')
    await expectError(['event', TALKS, '--type', 'talks'], 2, 'wirewatch: --participant and --type filter --list; they do not go with an event ID')
    await expectError(['event', '--list', '--type', 'party'], 2, /^wirewatch: option '--type <type>' argument 'party' is invalid\. Allowed choices are meeting, talks/)
    await expectError(['event', '--list', '--limit', 'many'], 2, 'wirewatch: --limit must be a whole number from 1 to 1000, got "many"')
  })
})

describe('wirewatch search --stance, --event', () => {
  it('filters by stance and by event', async () => {
    const oppose = JSON.parse((await run(['search', '--stance', 'oppose', '--json'])).stdout) as SearchHit[]
    expect(oppose.map((h) => h.statement.id)).toEqual(['doc-0310:s1'])

    const event = JSON.parse((await run(['search', '--event', TALKS, '--json'])).stdout) as SearchHit[]
    expect(event.map((h) => h.statement.id)).toEqual(['doc-0312:s1', 'doc-0310:s2', 'doc-0301:s1', 'doc-0301:s2'])

    const both = await run(['search', '--event', TALKS, '--stance', 'neutral'])
    expect(both.code).toBe(0)
    expect(both.stdout).toMatch(/^1\. Anselm Korvath — indirect — 2026-03-11 · Meridian Press\n/)
    expect(both.stdout).toContain('2. Ilsa Varga — direct — 2026-03-10 · Aster News')
    expect(both.stdout).not.toContain('3. ')

    expect((await run(['search', '--event', 'event:nope'])).stdout).toBe('no statements found\n')
  })

  it('refuses a stance it does not know', async () => {
    await expectError(['search', '--stance', 'cheerful'], 2, "wirewatch: option '--stance <stance>' argument 'cheerful' is invalid. Allowed choices are support, oppose, skeptical, neutral.")
  })
})

describe('help', () => {
  it('each query command has a description and examples', async () => {
    for (const [command, usage] of [
      ['timeline', 'Usage: wirewatch timeline [options] <what...>'],
      ['who-said', 'Usage: wirewatch who-said [options]'],
      ['entity', 'Usage: wirewatch entity [options] <name...>'],
      ['event', 'Usage: wirewatch event [options] [id]'],
      ['search', 'Usage: wirewatch search [options] [text...]'],
    ] as const) {
      const r = await run([command, '--help'])
      expect(r.code, command).toBe(0)
      expect(r.stdout.startsWith(`${usage}\n`), command).toBe(true)
      expect(r.stdout, command).toContain(`Examples:\n  wirewatch ${command}`)
    }
    const top = await run(['--help'])
    for (const command of ['timeline', 'who-said', 'entity', 'event']) expect(top.stdout).toMatch(new RegExp(`^  ${command} `, 'm'))
  })
})

describe('clip', () => {
  it('cuts at a word and marks the cut', () => {
    expect(clip('short enough', 20)).toBe('short enough')
    expect(clip('the talks in Lenmark would open a new chapter', 24)).toBe('the talks in Lenmark…')
    expect(clip('Unbreakablewordwithoutanyspaces', 10)).toBe('Unbreakab…')
  })
})

describe('wirewatch documents', () => {
  it('lists documents newest first, with date, outlet, statement count, id and title', async () => {
    const r = await run(['documents'])
    expect(r.code, r.stderr).toBe(0)
    const out = lines(r.stdout)
    expect(out[0]).toMatch(/^doc-0312 {2}2026-03-12 · Meridian Press · \d+ statements?$/)
    expect(out[1]).toBe('   Lenmark talks end without a grain deal')
    expect(out.filter((l) => l.startsWith('doc-')).map((l) => l.split(' ')[0])).toEqual(['doc-0312', 'doc-0310', 'doc-0301'])
  })

  it('filters by words, outlet and dates, and pages; --json gives the summaries', async () => {
    const ids = async (argv: string[]) => ((JSON.parse((await run(['documents', ...argv, '--json'])).stdout) as { id: string }[]).map((d) => d.id))
    expect(await ids(['grain', 'deal'])).toEqual(['doc-0312'])
    expect(await ids(['--outlet', 'aster news'])).toEqual(['doc-0310'])
    expect(await ids(['--from', '2026-03-05', '--to', '2026-03-11'])).toEqual(['doc-0310'])
    expect(await ids(['--limit', '1', '--offset', '1'])).toEqual(['doc-0310'])
    expect((await run(['documents', 'zeppelin'])).stdout).toBe('no documents found\n')
    await expectError(['documents', '--limit', '0'], 2, 'wirewatch: --limit must be a whole number from 1 to 1000, got "0"')
  })
})
