// `wirewatch serve` run in-process: it listens on 127.0.0.1, prints its URL, answers, and stops
// cleanly (closing the store) when told to, as it does on SIGINT or SIGTERM.

import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import cluster from 'node:cluster'
import { PassThrough } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { main } from './main.js'

let tmp: string

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'wirewatch-serve-cli-'))
})
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true })
})

function streams() {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  let out = ''
  let err = ''
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()))
  return { stdout, stderr, out: () => out, err: () => err }
}

async function until<T>(probe: () => T | undefined, ms = 10_000): Promise<T> {
  const end = Date.now() + ms
  for (;;) {
    const value = probe()
    if (value !== undefined) return value
    if (Date.now() > end) throw new Error('timed out')
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

describe('wirewatch serve', () => {
  it('serves the store on 127.0.0.1, refuses writes without WIREWATCH_TOKEN, and stops on the signal', async () => {
    const io = streams()
    const stop = new AbortController()
    const db = join(tmp, 'serve.db')
    const running = main(['serve', '--port', '0', '--db', db], { stdin: new PassThrough(), stdout: io.stdout, stderr: io.stderr, env: {}, signal: stop.signal })
    const url = await until(() => /at (http:\/\/127\.0\.0\.1:\d+)/.exec(io.out())?.[1])
    expect(io.out()).toContain(db)
    expect(io.err()).toContain('writes are disabled')

    const health = await fetch(`${url}/health`)
    expect(await health.json()).toEqual({ status: 'ok', store: 'sqlite' })
    const write = await fetch(`${url}/documents`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text": "Mireille Oskane said so."}' })
    expect(write.status).toBe(403)

    stop.abort()
    expect(await running).toBe(0)
    expect(io.err()).toContain('stopping')
    await expect(fetch(`${url}/health`)).rejects.toThrow()
  })

  it('takes writes with the token from WIREWATCH_TOKEN', async () => {
    const io = streams()
    const stop = new AbortController()
    const token = 'cli-test-token-0123456789'
    const running = main(['serve', '--port', '0', '--db', join(tmp, 'writes.db')], {
      stdin: new PassThrough(),
      stdout: io.stdout,
      stderr: io.stderr,
      env: { WIREWATCH_TOKEN: token },
      signal: stop.signal,
    })
    const url = await until(() => /at (http:\/\/[^ ]+) /.exec(io.out())?.[1])
    expect(io.err()).not.toContain('writes are disabled')
    const write = await fetch(`${url}/documents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ text: 'Harbour pilot Mireille Oskane said on Friday that the Dovrin docks would stay closed.', date: '2026-05-08' }),
    })
    expect(write.status).toBe(201)
    stop.abort()
    expect(await running).toBe(0)
  })

  it('refuses a bad port as a usage error', async () => {
    const io = streams()
    const code = await main(['serve', '--port', '70000', '--db', join(tmp, 'bad.db')], { stdin: new PassThrough(), stdout: io.stdout, stderr: io.stderr, env: {} })
    expect(code).toBe(2)
    expect(io.err()).toContain('--port must be a whole number from 0 to 65535, got "70000"')
  })

  it('serves one port from --workers processes, each with its own connection, and stops them all', async () => {
    const io = streams()
    const stop = new AbortController()
    const token = 'cli-test-token-0123456789'
    const db = join(tmp, 'workers.db')
    const running = main(['serve', '--port', '0', '--workers', '2', '--db', db], { stdin: new PassThrough(), stdout: io.stdout, stderr: io.stderr, env: { ...process.env, WIREWATCH_TOKEN: token }, signal: stop.signal })
    const url = await until(() => /at (http:\/\/127\.0\.0\.1:\d+) with 2 processes/.exec(io.out())?.[1], 60_000)
    // New connections go to one worker, then the other: a write through one is read through both.
    const write = await fetch(`${url}/documents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, connection: 'close' },
      body: JSON.stringify({ text: 'Harbour pilot Mireille Oskane said on Friday that the Dovrin docks would stay closed.', date: '2026-05-08' }),
    })
    expect(write.status).toBe(201)
    for (let k = 0; k < 6; k++) {
      const response = await fetch(`${url}/search?q=docks`, { headers: { connection: 'close' } })
      expect(((await response.json()) as { items: unknown[] }).items).toHaveLength(1)
    }
    // This process is the primary: the workers are its cluster's.
    const workers = Object.values(cluster.workers ?? {})
    expect(workers).toHaveLength(2)
    stop.abort()
    expect(await running).toBe(0)
    expect(workers.every((w) => w!.isDead())).toBe(true)
    await expect(fetch(`${url}/health`)).rejects.toThrow()
  }, 90_000)

  it('refuses a bad number of workers as a usage error', async () => {
    const io = streams()
    const code = await main(['serve', '--workers', '0', '--db', join(tmp, 'bad.db')], { stdin: new PassThrough(), stdout: io.stdout, stderr: io.stderr, env: {} })
    expect(code).toBe(2)
    expect(io.err()).toContain('--workers must be a whole number from 1 to 64, got "0"')
  })
})
