// `wirewatch serve` run in-process: it listens on 127.0.0.1, prints its URL, answers, and stops
// cleanly (closing the store) when told to, as it does on SIGINT or SIGTERM.

import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import cluster from 'node:cluster'
import { request } from 'node:http'
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

/** The status of GET /health on 127.0.0.1:`port` with this Host header. */
function statusFor(port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/health', headers: { host, connection: 'close' } }, (res) => {
      res.resume()
      resolve(res.statusCode ?? 0)
    })
    req.on('error', reject)
    req.end()
  })
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

  it('on a wildcard address, says that requests must name it, and answers to the --allowed-host names', async () => {
    const hinted = streams()
    const stopHinted = new AbortController()
    const first = main(['serve', '--port', '0', '--host', '0.0.0.0', '--db', join(tmp, 'hosts.db')], { stdin: new PassThrough(), stdout: hinted.stdout, stderr: hinted.stderr, env: {}, signal: stopHinted.signal })
    await until(() => /at (http:\/\/0\.0\.0\.0:\d+)/.exec(hinted.out())?.[1])
    expect(hinted.err()).toContain('not loopback')
    expect(hinted.err()).toContain('add --allowed-host NAME')
    stopHinted.abort()
    expect(await first).toBe(0)

    const io = streams()
    const stop = new AbortController()
    const running = main(['serve', '--port', '0', '--host', '0.0.0.0', '--allowed-host', 'wirewatch.example.org', '--allowed-host', 'lan-box', '--db', join(tmp, 'hosts.db')], {
      stdin: new PassThrough(),
      stdout: io.stdout,
      stderr: io.stderr,
      env: {},
      signal: stop.signal,
    })
    const port = Number(await until(() => /at http:\/\/0\.0\.0\.0:(\d+)/.exec(io.out())?.[1]))
    expect(io.err()).not.toContain('--allowed-host')
    expect(await statusFor(port, 'wirewatch.example.org')).toBe(200)
    expect(await statusFor(port, 'lan-box:8080')).toBe(200)
    expect(await statusFor(port, `127.0.0.1:${port}`)).toBe(200)
    expect(await statusFor(port, 'rebound.example')).toBe(403)
    stop.abort()
    expect(await running).toBe(0)
  })

  it('refuses a bad --allowed-host or --request-timeout as a usage error', async () => {
    for (const [argv, message] of [
      [['--allowed-host', 'http://x.example/'], '--allowed-host must be a host name or address'],
      [['--allowed-host', ''], '--allowed-host must be a host name or address'],
      [['--request-timeout', '0'], '--request-timeout must be a whole number from 1 to 3600, got "0"'],
      [['--request-timeout', 'soon'], '--request-timeout must be a whole number'],
    ] as const) {
      const io = streams()
      const code = await main(['serve', ...argv, '--db', join(tmp, 'bad.db')], { stdin: new PassThrough(), stdout: io.stdout, stderr: io.stderr, env: {} })
      expect(code, io.err()).toBe(2)
      expect(io.err()).toContain(message)
    }
  })

  it('refuses a bad number of workers as a usage error', async () => {
    const io = streams()
    const code = await main(['serve', '--workers', '0', '--db', join(tmp, 'bad.db')], { stdin: new PassThrough(), stdout: io.stdout, stderr: io.stderr, env: {} })
    expect(code).toBe(2)
    expect(io.err()).toContain('--workers must be a whole number from 1 to 64, got "0"')
  })
})
