// `wirewatch serve`: the HTTP API and the web UI over the store, on 127.0.0.1:4000 unless told
// otherwise, until SIGINT or SIGTERM; then it stops taking requests, finishes those under way and
// closes the store.

import type { Command } from 'commander'
import { openSqliteStore } from '../index.js'
import { DEFAULT_HOST, DEFAULT_PORT, serve } from '../server/serve.js'
import type { CliIo } from './io.js'
import { UsageError } from './errors.js'
import { addDbOption, dbPath } from './store-option.js'
import { packageVersion } from './version.js'

interface ServeFlags {
  port: string
  host: string
  db?: string
}

const EXAMPLES = `
Examples:
  wirewatch serve                                  http://127.0.0.1:4000, read-only: open it in a browser
  WIREWATCH_TOKEN=$(openssl rand -hex 32) wirewatch serve --port 8080
  curl 'http://127.0.0.1:4000/search?speaker=Varga&limit=5'
  curl -H "Authorization: Bearer $WIREWATCH_TOKEN" -H 'Content-Type: application/json' \\
       -d '{"text": "…", "date": "2026-03-19", "outlet": "Harbour Gazette"}' http://127.0.0.1:4000/documents

GET /openapi.json describes every endpoint. Writes (POST /documents) need the token in
WIREWATCH_TOKEN, sent as "Authorization: Bearer <token>"; without WIREWATCH_TOKEN they are refused.`

const LOOPBACK = /^(?:127(?:\.\d{1,3}){3}|::1|localhost)$/i

export function registerServeCommand(program: Command, io: CliIo, finish: (exitCode: number) => void): void {
  addDbOption(
    program
      .command('serve')
      .summary('serve the store over HTTP: the web UI at /, a JSON API described at /openapi.json')
      .description('Serve the store, as a web UI (open http://127.0.0.1:4000/ in a browser) and a JSON API, until interrupted (Ctrl-C). Writes need WIREWATCH_TOKEN.')
      .option('--port <n>', 'the port to listen on (0: any free one)', String(DEFAULT_PORT))
      .option('--host <address>', 'the address to listen on; other than loopback, anyone who can reach it can read', DEFAULT_HOST),
  )
    .addHelpText('after', EXAMPLES)
    .action(async (flags: ServeFlags) => {
      const port = checkPort(flags.port)
      const host = flags.host.trim()
      if (!host) throw new UsageError('--host must not be empty', 'wirewatch serve')
      const env = io.env ?? process.env
      const token = env.WIREWATCH_TOKEN || undefined
      const db = dbPath(flags.db, io)
      const store = await openSqliteStore(db)
      let server: Awaited<ReturnType<typeof serve>>
      try {
        server = await serve({ store, port, host, version: await packageVersion(), log: (line) => void io.stderr.write(`${line}\n`), ...(token ? { token } : {}) })
      } catch (error) {
        await store.close()
        throw error
      }
      io.stdout.write(`wirewatch: serving ${db} at ${server.url} (the web UI at ${server.url}/, the JSON API described at ${server.url}/openapi.json)\n`)
      if (!token) io.stderr.write('wirewatch: writes are disabled: set WIREWATCH_TOKEN to allow POST /documents\n')
      else if (token.length < 16) io.stderr.write('wirewatch: WIREWATCH_TOKEN is short: use a long random one, e.g. $(openssl rand -hex 32)\n')
      if (!LOOPBACK.test(host)) io.stderr.write(`wirewatch: listening on ${host}, not loopback: anyone who can reach it can read the store\n`)
      await stopRequested(io.signal)
      io.stderr.write('wirewatch: stopping\n')
      try {
        await server.close()
      } finally {
        await store.close()
      }
      finish(0)
    })
}

function checkPort(value: string): number {
  const n = /^\d+$/.test(value) ? Number(value) : NaN
  if (!(n >= 0 && n <= 65535)) throw new UsageError(`--port must be a whole number from 0 to 65535, got "${value}"`, 'wirewatch serve')
  return n
}

/** Resolves when `signal` aborts, or (without one) on the first SIGINT or SIGTERM; a second one ends the process as usual. */
function stopRequested(signal: AbortSignal | undefined): Promise<void> {
  if (signal) {
    return signal.aborted ? Promise.resolve() : new Promise((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }))
  }
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop)
      process.off('SIGTERM', stop)
      resolve()
    }
    process.on('SIGINT', stop)
    process.on('SIGTERM', stop)
  })
}
