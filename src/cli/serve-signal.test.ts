// `wirewatch serve` as a real process (the CLI's TypeScript entry point under tsx, as the other
// child-process tests run it): SIGTERM while a long POST /documents is under way is acted on at
// once (the port closes), and the process ends within seconds, whatever the POST is doing.

import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const TOKEN = 'signal-test-token-0123456789'
// Fictional people and places.
const SENTENCES = 'Trade Minister Ilsa Varga said that the corridor would reopen on Monday. "We are ready," she said. '

let tmp: string

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'wirewatch-serve-signal-'))
})
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true })
})

/** Resolves with the URL the server prints once it listens. */
function listening(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = ''
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const url = /at (http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1]
      if (url) resolve(url)
    })
    child.once('exit', (code) => reject(new Error(`the server exited (code ${code}) before it listened`)))
  })
}

/** Whether a TCP connection to `port` is accepted (false: refused). */
function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1')
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })
}

describe('wirewatch serve and SIGTERM', () => {
  it('stops taking connections at once and exits within seconds while a long POST runs', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/entry.ts'), 'serve', '--port', '0', '--db', join(tmp, 'signal.db')], {
      cwd: ROOT,
      env: { ...process.env, WIREWATCH_TOKEN: TOKEN },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stderr = ''
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((resolve) =>
      child.once('exit', (code, signal) => resolve({ code, signal, at: Date.now() })),
    )
    try {
      const url = await listening(child)
      const port = Number(new URL(url).port)
      // 1.9 MB of attributed sentences: seconds of work for the server.
      const text = SENTENCES.repeat(Math.floor(1_850_000 / (SENTENCES.length + 2)))
      const posting = fetch(`${url}/documents`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}`, connection: 'close' },
        body: JSON.stringify({ text, date: '2026-04-27', outlet: 'Meridian Press' }),
      }).then(
        (r) => r.status,
        () => 'cut off' as const,
      )
      await new Promise((resolve) => setTimeout(resolve, 1_000))
      const signalled = Date.now()
      child.kill('SIGTERM')
      // The port closes at once: the server heard the signal while the POST was under way.
      await new Promise((resolve) => setTimeout(resolve, 500))
      expect(await accepts(port)).toBe(false)
      const exit = await exited
      // A grace of 3 s for the requests under way, then they are ended.
      expect(exit.at - signalled, stderr).toBeLessThan(6_000)
      expect(exit).toMatchObject({ code: 0, signal: null })
      expect(stderr).toContain('stopping')
      // Finished within the grace, or ended with the server.
      expect([201, 503, 'cut off']).toContain(await posting)
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
    }
  }, 60_000)
})
