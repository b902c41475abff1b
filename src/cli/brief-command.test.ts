// `wirewatch brief`, run in-process against a store filled by `wirewatch ingest` from the project's
// fictional sample briefs (samples/briefs, samples/registry.json).

import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { PassThrough } from 'node:stream'
import { text } from 'node:stream/consumers'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Brief, extract } from '../index.js'
import { main } from './main.js'

const SAMPLES = fileURLToPath(new URL('../../samples/', import.meta.url))

let tmp: string
let db: string

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdin = new PassThrough()
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  const out = text(stdout)
  const err = text(stderr)
  stdin.end('')
  const code = await main([...argv, '--db', db], { stdin, stdout, stderr, env: {} })
  stdout.end()
  stderr.end()
  return { code, stdout: await out, stderr: await err }
}

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'wirewatch-brief-cli-'))
  db = join(tmp, 'briefs.db')
  const r = await run(['ingest', join(SAMPLES, 'briefs'), '--registry', join(SAMPLES, 'registry.json')])
  expect(r.code, r.stderr).toBe(0)
})
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true })
})

describe('wirewatch brief', () => {
  it("writes a speaker's latest day in the seed's layout, which extract reads back as theirs", async () => {
    const r = await run(['brief', '--speaker', 'Reivik'])
    expect(r.code, r.stderr).toBe(0)
    expect(r.stdout.startsWith('date 2026-03-13 Tomas Reivik, spokesman for Valdorian President Corin Aldamar, has said that')).toBe(true)
    expect(r.stdout).toMatch(/\n\nSource: State-aligned news agencies Meridian Press; Valdoria Wire Service; Telegram channel Kaal Meriva \(The Harbor Bell\), publishing video comments by Reivik\n\nDetails: Reivik noted that /)
    expect(r.stdout).toContain('\n\nQuote: "')
    const back = extract(r.stdout)
    expect(back.date).toBe('2026-03-13')
    expect(back.statements.filter((s) => s.speaker.name === 'Tomas Reivik').length).toBeGreaterThanOrEqual(8)
  })

  it('--json gives the brief with the statement ids of every sentence; --format html links them', async () => {
    const r = await run(['brief', '--speaker', 'Varga', '--on', '2026-04-17', '--json'])
    expect(r.code, r.stderr).toBe(0)
    const brief = JSON.parse(r.stdout) as Brief
    expect(brief.speaker).toMatchObject({ id: 'person:ilsa-varga', name: 'Ilsa Varga' })
    expect(brief.lead.statements).toHaveLength(1)
    for (const s of [...brief.details, ...brief.quotes]) expect(s.statements.length).toBeGreaterThan(0)
    const html = await run(['brief', '--speaker', 'Varga', '--on', '2026-04-17', '--format', 'html'])
    expect(html.stdout).toContain(`href="/statements/${encodeURIComponent(brief.lead.statements[0]!)}"`)
  })

  it('briefs an event and a document', async () => {
    const doc = await run(['brief', '--doc', (JSON.parse((await run(['brief', '--speaker', 'Reivik', '--json'])).stdout) as Brief).lead.statements[0]!.split(':')[0]!])
    expect(doc.code, doc.stderr).toBe(0)
    expect(doc.stdout.startsWith('date 2026-03-13 Tomas Reivik')).toBe(true)
    const event = (JSON.parse((await run(['brief', '--speaker', 'Reivik', '--json'])).stdout) as Brief).background.find((s) => s.events?.length)!.events![0]!
    const r = await run(['brief', '--event', event, '--format', 'md'])
    expect(r.code, r.stderr).toBe(0)
    expect(r.stdout).toMatch(/^date 2026-03-13\n\n/)
  })

  it('says what is wrong: an unknown speaker, event or document, a day without statements, a bad request', async () => {
    const cases: [string[], number, RegExp][] = [
      [['brief', '--speaker', 'Nobody Atall'], 1, /^wirewatch: no person or organisation is stored under the name or id "Nobody Atall"/],
      [['brief', '--event', 'event:none'], 1, /^wirewatch: no event is stored under the id "event:none"/],
      [['brief', '--doc', 'ffffffffffffffff'], 1, /^wirewatch: no document is stored under the id "ffffffffffffffff"/],
      [['brief', '--speaker', 'Reivik', '--on', '2026-01-01'], 1, /made no statement on 2026-01-01 \(their statements run from 2026-03-13 to 2026-03-13\)/],
      [['brief'], 2, /^wirewatch: give one of --speaker NAME, --event ID or --doc ID$/],
      [['brief', '--speaker', 'Reivik', '--doc', 'x'], 2, /^wirewatch: give one of/],
      [['brief', '--doc', 'x', '--on', '2026-03-13'], 2, /--on goes with --speaker or --event/],
      [['brief', '--speaker', 'Reivik', '--on', '13/03/2026'], 2, /--on must be a calendar date/],
      [['brief', '--speaker', 'Reivik', '--format', 'pdf'], 2, /argument 'pdf' is invalid/],
    ]
    for (const [argv, code, message] of cases) {
      const r = await run(argv)
      expect(r.code, argv.join(' ')).toBe(code)
      expect(r.stdout).toBe('')
      expect(r.stderr.split('\n')[0]).toMatch(message)
    }
  })

  it('has help with examples', async () => {
    const r = await run(['brief', '--help'])
    expect(r.code).toBe(0)
    expect(r.stdout.startsWith('Usage: wirewatch brief [options]\n')).toBe(true)
    expect(r.stdout).toContain('Examples:\n  wirewatch brief --speaker')
    expect((await run(['--help'])).stdout).toMatch(/^ {2}brief /m)
  })
})
