// `wirewatch read` run in-process, as main.test.ts runs the other commands.

import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { type Server, createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import { text } from 'node:stream/consumers'
import { fileURLToPath } from 'node:url'
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { main } from './main.js'

const fixtures = fileURLToPath(new URL('../ingest/fixtures/', import.meta.url))
const fixture = (name: string): string => join(fixtures, name)

interface Run {
  code: number
  stdout: string
  stderr: string
}

async function run(argv: string[], stdinText = ''): Promise<Run> {
  const stdin = new PassThrough()
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  const out = text(stdout)
  const err = text(stderr)
  stdin.end(stdinText)
  const code = await main(argv, { stdin, stdout, stderr, env: {} })
  stdout.end()
  stderr.end()
  return { code, stdout: await out, stderr: await err }
}

let tmp: string
let server: Server
let base: string

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'wirewatch-read-'))
  server = createServer((req, res) => {
    if (req.url === '/story.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      res.end(readFileSync(fixture('meridian-article.html')))
    } else {
      res.writeHead(404)
      res.end()
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true })
  server.closeAllConnections()
  await new Promise<void>((resolve) => server.close(() => resolve()))
})

describe('wirewatch read', () => {
  it('prints the title, the date, then the body of a page', async () => {
    const r = await run(['read', fixture('meridian-article.html')])
    expect(r.code).toBe(0)
    expect(r.stderr).toBe('')
    const expectedBody = readFileSync(fixture('meridian-article.expected.txt'), 'utf8').trim()
    expect(r.stdout).toBe(
      'title: Varga says border talks with Ostrava Sound are "essential"\n' +
        'date: 2026-03-13T09:45:00+01:00\n' +
        'outlet: Meridian Press\n' +
        'url: https://meridian-press.example/politics/2026/03/varga-border-talks\n\n' +
        `${expectedBody}\n`,
    )
  })

  it('prints one object with --json', async () => {
    const r = await run(['read', fixture('kessel-courier-divsoup.html'), '--json'])
    expect(r.code).toBe(0)
    const doc = JSON.parse(r.stdout) as Record<string, unknown>
    expect(Object.keys(doc)).toEqual(['title', 'date', 'outlet', 'url', 'text', 'lang'])
    expect(doc).toMatchObject({ title: 'Tram strike: unions and city hall trade blame', date: '2026-02-20T18:30:00+01:00', outlet: 'Kessel Courier' })
  })

  it('prints an array with --json when the input holds several documents, null for what is missing', async () => {
    const r = await run(['read', fixture('telegram-export.json'), '--json'])
    const docs = JSON.parse(r.stdout) as Record<string, unknown>[]
    expect(docs).toHaveLength(3)
    expect(docs[0]).toMatchObject({ title: null, url: null, outlet: 'Kessel Evening Wire', date: '2026-03-13T09:15:00Z' })
    expect(docs[1]).toMatchObject({ forwardedFrom: ['Port Alder Harbour Council'] })
    // The export has one malformed message: reported, and the exit code says so.
    expect(r.stderr).toBe(`wirewatch: cannot read "${fixture('telegram-export.json')}#5": message 5 has a "text" that is neither a string nor a list of strings and entities\n`)
    expect(r.code).toBe(1)
  })

  it('separates several documents in text output and names each one', async () => {
    const r = await run(['read', fixture('greywater-atom.xml')])
    expect(r.code).toBe(0)
    const parts = r.stdout.split(`\n${'-'.repeat(72)}\n\n`)
    expect(parts).toHaveLength(2)
    expect(parts[1]).toMatch(/^title: Consulate seeks access to detained crew\ndate: 2026-03-02T12:30:00Z\n[\s\S]*\norigin: .*greywater-atom\.xml#tag:greywater-radio\.example,2026:news\/1842\n/)
  })

  it('reads a URL', async () => {
    const r = await run(['read', `${base}/story.html`, '--json'])
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toMatchObject({ title: 'Varga says border talks with Ostrava Sound are "essential"' })
  })

  it('reads standard input with "-"', async () => {
    const r = await run(['read', '-'], 'date 2026-03-13 Varga spoke.\n\nQuote: "Talks now."\n')
    expect(r.code).toBe(0)
    expect(r.stdout).toBe('title: (none)\ndate: 2026-03-13\n\ndate 2026-03-13 Varga spoke.\n\nQuote: "Talks now."\n')
  })

  describe('errors: one line each, exit code 1', () => {
    it.each([
      ['empty.txt', 'it is empty'],
      ['binary.bin', 'it looks like a binary file (it contains NUL bytes), not text'],
    ])('%s', async (name, reason) => {
      const r = await run(['read', fixture(name)])
      expect(r).toEqual({ code: 1, stdout: '', stderr: `wirewatch: cannot read "${fixture(name)}": ${reason}\n` })
    })

    it('a missing file, and a failed fetch', async () => {
      expect(await run(['read', join(tmp, 'nope.html')])).toEqual({ code: 1, stdout: '', stderr: `wirewatch: cannot read "${join(tmp, 'nope.html')}": no such file\n` })
      expect(await run(['read', `${base}/gone`])).toEqual({ code: 1, stdout: '', stderr: `wirewatch: cannot fetch "${base}/gone": HTTP 404 Not Found\n` })
      expect((await run(['read', 'ftp://example.org/x'])).stderr).toMatch(/^wirewatch: cannot fetch "ftp:\/\/example\.org\/x": only http and https/)
    })

    it('prints the good documents and one line per bad one', async () => {
      const file = join(tmp, 'mixed.jsonl')
      await writeFile(file, '{"text": "good one"}\n{broken\n{"text": "good two"}\n')
      const r = await run(['read', file, '--json'])
      expect(r.code).toBe(1)
      expect((JSON.parse(r.stdout) as unknown[]).length).toBe(2)
      expect(r.stderr).toMatch(/^wirewatch: cannot read ".*mixed\.jsonl#2": line 2 is not valid JSON \(.*\)\n$/)
    })

    it('a missing argument is a usage error', async () => {
      const r = await run(['read'])
      expect(r.code).toBe(2)
      expect(r.stderr).toContain("missing required argument 'input'")
    })
  })
})

describe('wirewatch read, input read with a warning', () => {
  it('prints a warning, not "cannot read", and exits 0 when bad bytes were replaced', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'wirewatch-read-warning-'))
    try {
      const file = join(dir, 'stray-byte.txt')
      // Fictional Russian text, valid UTF-8 but for one 0xFF.
      const good = Buffer.from('Министр Ильса Варга заявила, что коридор откроется в понедельник.\n', 'utf8')
      await writeFile(file, Buffer.concat([good.subarray(0, 20), Buffer.from([0xff]), good.subarray(20)]))
      const r = await run(['read', file])
      expect(r.code).toBe(0)
      expect(r.stderr).toMatch(/^wirewatch: warning: /)
      expect(r.stderr).not.toMatch(/cannot read/)
      expect(r.stdout).toContain('коридор')
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
