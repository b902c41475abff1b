// `wirewatch ingest` end to end, in process, on real files and a real local HTTP server: what is a
// warning (stored, exit 0, one line) and what is a failure (exit 1), and that no password is shown.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { type Server, createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runCli } from '../cli/run-in-process.js'
import { openSqliteStore } from '../store/sqlite/index.js'

const work = mkdtempSync(join(tmpdir(), 'wirewatch-outcomes-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

// Fictional.
const RUSSIAN = 'Министр торговли Валдории Ильза Варга заявила в четверг, что переговоры о порте Мерен идут трудно, но честно.\n'

async function storedDocuments(db: string) {
  const store = await openSqliteStore(db)
  try {
    const summaries = await store.listDocuments({ limit: 100, includeDuplicates: true })
    return Promise.all(summaries.map(async (d) => (await store.getDocument(d.id))!.document))
  } finally {
    await store.close()
  }
}

describe('wirewatch ingest: warnings are not failures', () => {
  it('reads UTF-8 with a stray byte as UTF-8, with one warning line naming the file and the offset', async () => {
    const file = join(work, 'stray.txt')
    const utf8 = Buffer.from(RUSSIAN)
    const space = utf8.indexOf(0x20)
    writeFileSync(file, Buffer.concat([utf8.subarray(0, space), Buffer.from([0xff]), utf8.subarray(space)]))
    const run = await runCli(['ingest', file, '--db', join(work, 'stray.db')])
    expect(run.stderr).toContain(`wirewatch: warning: ${file}: it is not valid UTF-8 at byte offset ${space}; read as UTF-8 with that spot replaced by U+FFFD\n`)
    expect(run.stderr.match(/warning/g)).toHaveLength(1)
    expect(run.stdout).toMatch(/^ingested 1 input: 1 new, 0 unchanged, 0 near-duplicate, 0 failed;/)
    expect(run.code).toBe(0)
    const [doc] = await storedDocuments(join(work, 'stray.db'))
    expect(doc?.text).toContain('Министр\uFFFD торговли Валдории Ильза Варга')
  })

  it('stores JSON lines without a "javascript:" URL and a numeric date, warning about each', async () => {
    const file = join(work, 'wire.jsonl')
    writeFileSync(file, '{"text": "Ilsa Varga said the harbor talks would resume on Monday.", "url": "javascript:alert(1)", "date": 12345}\n')
    const db = join(work, 'wire.db')
    const run = await runCli(['ingest', file, '--db', db])
    expect(run.stderr.split('\n').filter((l) => l.startsWith('wirewatch: warning:'))).toEqual([
      `wirewatch: warning: ${file}#1: line 1: "url" "javascript:alert(1)" is not an http(s) URL; read without it`,
      `wirewatch: warning: ${file}#1: line 1: "date" 12345 is a number, not a date written as text ("2026-03-13"); read without it`,
    ])
    expect(run.stdout).toMatch(/1 new, .* 0 failed;/)
    expect(run.code).toBe(0)
    const [doc] = await storedDocuments(db)
    expect(doc?.text).toBe('Ilsa Varga said the harbor talks would resume on Monday.')
    expect(doc).not.toHaveProperty('url')
    expect(doc?.date).toBeUndefined()
  })

  it('reads a feed with a DOCTYPE internal subset as a feed, entities unexpanded', async () => {
    const file = join(work, 'doctype.xml')
    writeFileSync(file, '<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY x "y">]>\n<rss version="2.0"><channel><title>Harbor Ledger</title><item><guid>1</guid><description>Ilsa Varga said the talks &x; would go on.</description></item></channel></rss>\n')
    const db = join(work, 'doctype.db')
    const run = await runCli(['ingest', file, '--db', db])
    expect(run.stderr).toContain(`wirewatch: warning: ${file}: its DOCTYPE declares entities; they were not expanded`)
    expect(run.code).toBe(0)
    const [doc] = await storedDocuments(db)
    expect(doc?.text).toBe('Ilsa Varga said the talks &x; would go on.')
  })
})

describe('wirewatch ingest: nothing to read is a failure', () => {
  it('says an empty folder holds nothing and exits 1', async () => {
    const empty = join(work, 'empty')
    mkdirSync(empty)
    const run = await runCli(['ingest', empty, '--db', join(work, 'empty.db')])
    expect(run.stderr).toContain(`wirewatch: ${empty}: the folder holds no files to read (hidden ones are skipped)\n`)
    expect(run.code).toBe(1)
  })
})

describe('wirewatch ingest: a URL with a password', () => {
  it('is refused without a request, and the password is nowhere in the output', async () => {
    let hits = 0
    const server: Server = createServer((_req, res) => {
      hits++
      res.writeHead(503)
      res.end()
    })
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
    try {
      const port = (server.address() as AddressInfo).port
      const run = await runCli(['ingest', `http://editor:hunter2@127.0.0.1:${port}/feed.xml`, '--db', join(work, 'secret.db')])
      expect(run.stderr).toContain(`wirewatch: http://***@127.0.0.1:${port}/feed.xml: it is a URL with a user name or password`)
      expect(run.stdout + run.stderr).not.toContain('hunter2')
      expect(run.code).toBe(1)
      expect(hits).toBe(0)
    } finally {
      await new Promise<void>((done) => server.close(() => done()))
    }
  })
})
