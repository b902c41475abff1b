// Text from the store reaches the terminal shown, not obeyed: a document whose text, title and
// outlet carry escape sequences (retitle the terminal, clear it, colour it) is ingested into a real
// SQLite file, and every command that prints stored or read text for people prints none of them;
// --json keeps them, escaped as JSON escapes them. Fictional people and outlets only.

import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SearchHit, StoredDocument } from '../index.js'
import { runCli } from './run-in-process.js'

const RETITLE = '\x1b]0;pwned\x07'
const CLEAR = '\x1b[2J'
const RED = '\x9b31m'

const ITEM = {
  title: `Corridor to reopen${RETITLE}`,
  date: '2026-04-27',
  outlet: `Meridian${CLEAR} Press`,
  text:
    `Trade Minister Ilsa Varga said that the corridor${RETITLE} would reopen on Monday${CLEAR}. ` +
    `"We are ready${RED} to\rsign," Varga said.\n\nVarga also said the Lenmark talks would go on.`,
}

/** No control character a terminal would act on: ESC, BEL, CSI, a bare CR. */
const ACTIVE = /[\x1b\x07\x9b]|\r(?!\n)/

/** Without the marks `show` puts around evidence on a terminal (bold, underline, reverse, reset). */
function withoutMarks(output: string): string {
  return output.replace(/\x1b\[[0147]m/g, '')
}

let tmp: string
let db: string
let input: string

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'wirewatch-terminal-'))
  db = join(tmp, 'terminal.db')
  input = join(tmp, 'item.jsonl')
  await writeFile(input, `${JSON.stringify(ITEM)}\n`)
  const ingested = await runCli(['ingest', input, '--db', db])
  expect(ingested.code, ingested.stderr).toBe(0)
})
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true })
})

async function ids(): Promise<{ document: string; statement: string; outlet: string }> {
  const r = await runCli(['search', 'corridor', '--json', '--db', db])
  const hit = (JSON.parse(r.stdout) as SearchHit[])[0]!
  return { document: hit.document.id, statement: hit.statement.id, outlet: hit.document.outletId! }
}

describe('human output of stored text', () => {
  it('the store holds the escape sequences, and --json gives them back escaped', async () => {
    const { document } = await ids()
    const r = await runCli(['show', document, '--json', '--db', db])
    expect(r.stdout).toContain('\\u001b]0;pwned\\u0007')
    expect(r.stdout).not.toMatch(/[\x1b\x07]/)
    const stored = JSON.parse(r.stdout) as StoredDocument
    expect(stored.document.text).toContain(RETITLE)
    expect(stored.document.title).toBe(ITEM.title)
  })

  it('shows them as pictures in every command that prints it', async () => {
    const { document, statement, outlet } = await ids()
    const runs: [string, string[], { columns?: number }?][] = [
      ['search', ['search', 'corridor']],
      ['show document', ['show', document]],
      ['show statement', ['show', statement]],
      ['show statement on a terminal', ['show', statement], { columns: 100 }],
      ['show entity', ['show', outlet]],
      ['show outlet by name', ['show', 'Meridian']],
      ['show by name', ['show', 'Varga']],
      ['timeline', ['timeline', 'Varga']],
      ['timeline on a terminal', ['timeline', 'Varga'], { columns: 100 }],
      ['who-said', ['who-said', '--about', 'Lenmark']],
      ['entity', ['entity', 'Varga']],
      ['documents', ['documents']],
      ['brief', ['brief', '--speaker', 'Varga']],
      ['stats', ['stats']],
    ]
    for (const [name, argv, options] of runs) {
      const r = await runCli([...argv, '--db', db], options)
      expect(r.code, `${name}: ${r.stderr}`).toBe(0)
      expect(withoutMarks(r.stdout), name).not.toMatch(ACTIVE)
      expect(r.stderr, name).not.toMatch(ACTIVE)
    }
    const search = await runCli(['search', 'corridor', '--db', db])
    expect(search.stdout).toContain('"Corridor to reopen␛]0;pwned␇"')
    expect(search.stdout).toContain('the corridor␛]0')
    // show on a terminal still marks the evidence with its own sequences, around safe text.
    const shown = await runCli(['show', statement, '--db', db], { columns: 100 })
    expect(shown.stdout).toContain('\x1b[7m')
    expect(withoutMarks(shown.stdout)).not.toMatch(ACTIVE)
    expect(shown.stdout).toContain('␛]0;pwned␇')
  })

  it('shows them in what read and extract print of a file', async () => {
    const read = await runCli(['read', input])
    expect(read.code, read.stderr).toBe(0)
    expect(read.stdout).toContain('␛[2J')
    expect(read.stdout).not.toMatch(ACTIVE)
    const text = join(tmp, 'item.txt')
    await writeFile(text, ITEM.text)
    const extracted = await runCli(['extract', text, '--format', 'text'])
    expect(extracted.code, extracted.stderr).toBe(0)
    expect(extracted.stdout).toContain('␛')
    expect(extracted.stdout).not.toMatch(ACTIVE)
  })
})
