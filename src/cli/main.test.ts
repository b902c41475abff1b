// The CLI run in-process: main() with fake streams, as bin/wirewatch.js runs it with real ones.

import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import { text } from 'node:stream/consumers'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writeFixtureCorpora } from '../eval/eval-fixtures.js'
import type { Document, EvalReport } from '../index.js'
import { main } from './main.js'
import { type RunOptions, runCli } from './run-in-process.js'

const root = fileURLToPath(new URL('../../', import.meta.url))
const harbor = join(root, 'samples/briefs/harbor-talks.txt')
const polnearDev = join(root, '../shared/polnear/dev')

interface Run {
  code: number
  stdout: string
  stderr: string
}

async function run(argv: string[], options: RunOptions = {}): Promise<Run> {
  return runCli(argv, options)
}

function parseDocument(json: string): Document {
  return JSON.parse(json) as Document
}

let tmp: string
let harborText: string

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'wirewatch-cli-'))
  harborText = await readFile(harbor, 'utf8')
})

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true })
})

describe('wirewatch extract', () => {
  it('prints the Document as pretty JSON by default', async () => {
    const r = await run(['extract', harbor])
    expect(r.code).toBe(0)
    expect(r.stderr).toBe('')
    expect(r.stdout).toContain('\n  "statements": [')
    const doc = parseDocument(r.stdout)
    expect(doc.text).toBe(harborText)
    expect(doc.date).toBe('2026-03-13')
    expect(doc.statements.length).toBeGreaterThan(3)
    expect(doc.statements.map((s) => s.speaker.name)).toContain('Tomas Reivik')
  })

  it('prints one line per statement after a header with --format text', async () => {
    const doc = parseDocument((await run(['extract', harbor])).stdout)
    const r = await run(['extract', harbor, '--format', 'text'])
    expect(r.code).toBe(0)
    const [header, ...lines] = r.stdout.trimEnd().split('\n')
    expect(header).toMatch(/^date 2026-03-13 · sources: .*Meridian Press/)
    expect(lines).toHaveLength(doc.statements.length)
    for (const line of lines) expect(line).toMatch(/^.+ — (direct|indirect|mixed) — .+ \[(cue: [^\]]+|no cue)(; date \d{4}-\d{2}-\d{2}( \(assumed\))?)?\]$/)
    expect(lines[0]).toMatch(/^Tomas Reivik — \w+ — .*"essential".* \[cue: has said; date 2026-03-13\]$/)
  })

  it('prints brat standoff with --format brat', async () => {
    const doc = parseDocument((await run(['extract', harbor])).stdout)
    const r = await run(['extract', harbor, '--format', 'brat'])
    expect(r.code).toBe(0)
    const lines = r.stdout.trimEnd().split('\n')
    for (const line of lines) expect(line).toMatch(/^(T\d+\t\w+ \d+ \d+(;\d+ \d+)*\t.*|E\d+\tAttribution(-no-source)?:T\d+( \w+:T\d+)*)$/)
    expect(lines.filter((l) => l.startsWith('E'))).toHaveLength(doc.statements.length)
  })

  it('reads standard input for "-" and when no FILE is given', async () => {
    const fromFile = parseDocument((await run(['extract', harbor])).stdout)
    for (const argv of [['extract', '-'], ['extract']]) {
      const r = await run(argv, { stdin: harborText })
      expect(r.code).toBe(0)
      expect(parseDocument(r.stdout).statements).toEqual(fromFile.statements)
    }
  })

  it('asks for input instead of waiting on a terminal', async () => {
    const r = await run(['extract'], { stdinIsTty: true })
    expect(r.code).toBe(2)
    expect(r.stderr).toBe('wirewatch: no input: give a FILE, or pipe text into standard input\nRun "wirewatch extract --help" for usage.\n')
  })

  it('uses --date as the document date', async () => {
    const r = await run(['extract', '-', '--date', '2025-05-16'], { stdin: 'The minister said that talks would resume on Friday.' })
    expect(r.code).toBe(0)
    expect(parseDocument(r.stdout).date).toBe('2025-05-16')
  })

  it('prints diagnostics on stderr in text format (JSON carries them)', async () => {
    const text = 'The minister said that talks would resume on Friday.'
    const plain = await run(['extract', '-', '--format', 'text'], { stdin: text })
    expect(plain.code).toBe(0)
    expect(plain.stderr).toMatch(/^wirewatch: info \[date-missing\]: The document has no date/)
    const json = await run(['extract', '-'], { stdin: text })
    expect(json.stderr).toBe('')
    expect(parseDocument(json.stdout).diagnostics.map((d) => d.rule)).toEqual(['date-missing'])
    const dated = await run(['extract', '-', '--format', 'text', '--date', '2025-05-16'], { stdin: text })
    expect(dated.stderr).toBe('')
  })

  it('decodes UTF-16 with a BOM and strips a UTF-8 BOM', async () => {
    const expected = parseDocument((await run(['extract', harbor])).stdout)
    const le = join(tmp, 'utf16le.txt')
    await writeFile(le, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(harborText, 'utf16le')]))
    const be = join(tmp, 'utf16be.txt')
    await writeFile(be, Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(harborText, 'utf16le').swap16()]))
    const bom8 = join(tmp, 'bom.txt')
    await writeFile(bom8, `\uFEFF${harborText}`)
    for (const file of [le, be, bom8]) {
      const r = await run(['extract', file])
      expect(r.code, r.stderr).toBe(0)
      const doc = parseDocument(r.stdout)
      expect(doc.text).toBe(harborText)
      expect(doc.statements).toEqual(expected.statements)
    }
  })

  describe('errors: one line on stderr, nothing on stdout, no stack trace', () => {
    async function expectError(argv: string[], code: number, message: string | RegExp): Promise<Run> {
      const r = await run(argv)
      expect(r.code).toBe(code)
      expect(r.stdout).toBe('')
      const [first] = r.stderr.split('\n')
      if (typeof message === 'string') expect(first).toBe(message)
      else expect(first).toMatch(message)
      expect(r.stderr).not.toMatch(/^\s+at /m)
      return r
    }

    it('a missing file', async () => {
      await expectError(['extract', 'x.txt'], 1, 'wirewatch: cannot read "x.txt": no such file')
    })

    it('a directory', async () => {
      await expectError(['extract', tmp], 1, `wirewatch: cannot read "${tmp}": it is a directory`)
    })

    it('an empty file, and one of white space only', async () => {
      const empty = join(tmp, 'empty.txt')
      await writeFile(empty, '')
      await expectError(['extract', empty], 1, `wirewatch: cannot read "${empty}": it is empty`)
      const blank = join(tmp, 'blank.txt')
      await writeFile(blank, ' \n\t\n')
      await expectError(['extract', blank], 1, `wirewatch: cannot read "${blank}": it contains only white space`)
    })

    it('a binary file', async () => {
      const binary = join(tmp, 'binary.bin')
      await writeFile(binary, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00]))
      await expectError(['extract', binary], 1, `wirewatch: cannot read "${binary}": it looks like a binary file (it contains NUL bytes), not text`)
    })

    it('a file that is not valid in the encoding its BOM names', async () => {
      const broken = join(tmp, 'broken-utf16.txt')
      await writeFile(broken, Buffer.from([0xff, 0xfe, 0x41]))
      await expectError(['extract', broken], 1, `wirewatch: cannot read "${broken}": it is not valid UTF-16LE text`)
    })

    it('a bad --date, before reading the input', async () => {
      for (const date of ['2025-13-45', '2025-02-30', '16/05/2025', 'yesterday']) {
        const r = await expectError(['extract', 'never-read.txt', '--date', date], 2, `wirewatch: --date must be a calendar date written YYYY-MM-DD (e.g. 2025-05-16), got "${date}"`)
        expect(r.stderr).toContain('Run "wirewatch extract --help" for usage.')
      }
    })

    it('an unknown --format', async () => {
      await expectError(['extract', harbor, '--format', 'xml'], 2, "wirewatch: option '--format <format>' argument 'xml' is invalid. Allowed choices are json, text, brat.")
    })

    it('a bad --lang', async () => {
      await expectError(['extract', harbor, '--lang', 'english'], 2, /^wirewatch: --lang must be one of en, ru, uk/)
    })

    it('too many arguments', async () => {
      await expectError(['extract', harbor, harbor], 2, /^wirewatch: too many arguments for 'extract'/)
    })

    it('shows the stack trace only with WIREWATCH_DEBUG=1', async () => {
      const r = await run(['extract', 'x.txt'], { env: { WIREWATCH_DEBUG: '1' } })
      expect(r.code).toBe(1)
      expect(r.stderr).toMatch(/^wirewatch: cannot read "x.txt": no such file\nWirewatchError: .*\n\s+at /)
    })
  })
})

describe('wirewatch eval (and its earlier form, eval polnear)', () => {
  it('prints the score table for --limit 2', async () => {
    const r = await run(['eval', 'polnear', polnearDev, '--limit', '2'])
    expect(r.code, r.stderr).toBe(0)
    expect(r.stderr).toBe('') // stderr is not a terminal here: no progress line
    expect(r.stdout).toMatch(/^PolNeAR .*polnear[/\\]dev\n2 documents, language en, /)
    expect(r.stdout).toMatch(/^source +[\d.]+/m)
    expect(r.stdout).toMatch(/^speaker accuracy /m)
    expect(r.stdout).toMatch(/^speaker-name accuracy [\d.]+ \(\d+ of \d+ matched statements with a named gold speaker\)$/m)
    // The same without the old subcommand's name.
    expect((await run(['eval', polnearDev, '--limit', '2'])).stdout.replace(/\d+ ms/g, '')).toBe(r.stdout.replace(/\d+ ms/g, ''))
  })

  it('scores several folders, a table each, and a JSON array of reports', async () => {
    const { en, ru } = await writeFixtureCorpora(join(tmp, 'eval-fixtures'))
    const r = await run(['eval', en, ru])
    expect(r.code, r.stderr).toBe(0)
    const tables = r.stdout.split(/\n(?=PolNeAR )/)
    expect(tables).toHaveLength(2)
    expect(tables[0]).toMatch(/^PolNeAR .*[/\\]en\n1 documents, language en, /)
    expect(tables[1]).toMatch(/^PolNeAR .*[/\\]ru\n1 documents, language ru, /)
    const json = await run(['eval', en, ru, '--json'])
    const reports = JSON.parse(json.stdout) as EvalReport[]
    expect(reports.map((report) => report.languages)).toEqual([{ en: 1 }, { ru: 1 }])
    expect(reports[0]?.scores.speakerName.named).toBeGreaterThan(0)
    const told = JSON.parse((await run(['eval', ru, '--json', '--lang', 'en'])).stdout) as EvalReport
    expect(told.languages).toEqual({ en: 1 })
  })

  it('adds what each article missed with --misses', async () => {
    const plain = await run(['eval', 'polnear', polnearDev, '--limit', '2'])
    const r = await run(['eval', 'polnear', polnearDev, '--limit', '2', '--misses'])
    expect(r.code).toBe(0)
    expect(r.stdout.startsWith(plain.stdout.split('\n')[0]!)).toBe(true)
    expect(r.stdout).toMatch(/^ {2}(missed|false\+) {2}@\d+ cue /m)
  })

  it('prints the report as JSON with --json', async () => {
    const r = await run(['eval', 'polnear', polnearDev, '--limit', '2', '--json'])
    expect(r.code).toBe(0)
    const report = JSON.parse(r.stdout) as EvalReport
    expect(report.documents).toBe(2)
    expect(report.perDocument).toHaveLength(2)
    expect(report.scores.exact.source.f1).toBeGreaterThanOrEqual(0)
  })

  it('says so when DIR is missing or not a PolNeAR folder', async () => {
    const missing = await run(['eval', 'polnear', join(tmp, 'nope')])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toBe(`wirewatch: cannot read "${join(tmp, 'nope')}": no such folder\n`)

    const plain = join(tmp, 'not-polnear')
    await mkdir(plain, { recursive: true })
    const wrong = await run(['eval', 'polnear', plain])
    expect(wrong.code).toBe(1)
    expect(wrong.stderr).toMatch(/^wirewatch: .*not-polnear is not in the PolNeAR layout: it needs text\/ and attributions\/ folders.*\n$/)
  })

  it('refuses a bad --limit and a missing DIR argument', async () => {
    const limit = await run(['eval', 'polnear', polnearDev, '--limit', 'ten'])
    expect(limit.code).toBe(2)
    expect(limit.stderr).toBe('wirewatch: --limit must be a whole number of 1 or more, got "ten"\nRun "wirewatch eval --help" for usage.\n')
    const noDir = await run(['eval', 'polnear'])
    expect(noDir.code).toBe(2)
    expect(noDir.stderr).toBe("wirewatch: missing required argument 'dir'\nRun \"wirewatch eval --help\" for usage.\n")
    const lang = await run(['eval', polnearDev, '--lang', 'fr'])
    expect(lang.code).toBe(2)
    expect(lang.stderr).toMatch(/^wirewatch: --lang must be one of en, ru, uk/)
  })
})

describe('the program', () => {
  it('prints help with examples for the program and each command', async () => {
    const cases: [string[], string, string][] = [
      [['--help'], 'Usage: wirewatch [options] [command]', 'wirewatch extract samples/briefs/harbor-talks.txt --format text'],
      [['extract', '--help'], 'Usage: wirewatch extract [options] [file]', 'wirewatch extract samples/briefs/harbor-talks.txt --format text'],
      [['eval', '--help'], 'Usage: wirewatch eval [options] [dir...]', 'wirewatch eval ../shared/polnear/dev ../shared/attribution-ru/dev'],
      [['eval', 'polnear', '--help'], 'Usage: wirewatch eval [options] [dir...]', '"wirewatch eval polnear DIR" (the earlier form)'],
      [['help', 'extract'], 'Usage: wirewatch extract [options] [file]', 'Examples:'],
    ]
    for (const [argv, usage, example] of cases) {
      const r = await run(argv)
      expect(r.code, argv.join(' ')).toBe(0)
      expect(r.stderr).toBe('')
      expect(r.stdout.startsWith(`${usage}\n`)).toBe(true)
      expect(r.stdout).toContain(example)
    }
  })

  it('prints the version from package.json', async () => {
    const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { version: string }
    for (const flag of ['--version', '-V']) {
      const r = await run([flag])
      expect(r.code).toBe(0)
      expect(r.stdout).toBe(`${pkg.version}\n`)
    }
  })

  it('refuses unknown commands and options with a hint to --help', async () => {
    const command = await run(['frobnicate'])
    expect(command.code).toBe(2)
    expect(command.stdout).toBe('')
    expect(command.stderr).toBe('wirewatch: unknown command \'frobnicate\'\nRun "wirewatch --help" for usage.\n')

    const option = await run(['extract', harbor, '--fromat', 'text'])
    expect(option.code).toBe(2)
    expect(option.stderr).toBe('wirewatch: unknown option \'--fromat\' (Did you mean --format?)\nRun "wirewatch extract --help" for usage.\n')

    const global = await run(['--verbose'])
    expect(global.code).toBe(2)
    expect(global.stderr).toMatch(/^wirewatch: unknown option '--verbose'\nRun "wirewatch --help" for usage.\n$/)
  })

  it('stops quietly when the reader of stdout goes away (| head)', async () => {
    const stdout = new PassThrough()
    const stderr = new PassThrough()
    const err = text(stderr)
    const code = await main(['--version'], { stdin: new PassThrough(), stdout, stderr, env: {} })
    stdout.emit('error', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }))
    stderr.end()
    expect(code).toBe(0)
    expect(await err).toBe('')
  })

  it('shows the help on stderr, exit code 2, when no command is given', async () => {
    for (const argv of [[], ['eval']]) {
      const r = await run(argv)
      expect(r.code).toBe(2)
      expect(r.stdout).toBe('')
      expect(r.stderr).toMatch(/^Usage: wirewatch/)
    }
  })
})
