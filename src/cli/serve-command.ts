// `wirewatch serve`: the HTTP API and the web UI over the store, on 127.0.0.1:4000 unless told
// otherwise, until SIGINT or SIGTERM; then it stops taking requests, gives those under way a few
// seconds to finish, ends the rest and closes the store.

import type { Command } from 'commander'
import { DEFAULT_HOST, DEFAULT_PORT, serve } from '../server/serve.js'
import { DEFAULT_REQUEST_TIMEOUT_MS } from '../server/time-limit.js'
import type { CliIo } from './io.js'
import { UsageError } from './errors.js'
import { checkWhole } from './options.js'
import { addDbOption, dbPath, openCliStore } from './store-option.js'
import { packageVersion } from './version.js'
import { isServeWorker, reportListening, startWorkers } from './serve-workers.js'

interface ServeFlags {
  port: string
  host: string
  workers: string
  requestTimeout: string
  allowedHost: string[]
  db?: string
}

const EXAMPLES = `
Examples:
  wirewatch serve                                  http://127.0.0.1:4000, read-only: open it in a browser
  WIREWATCH_TOKEN=$(openssl rand -hex 32) wirewatch serve --port 8080
  wirewatch serve --workers 4                      four processes on one port, for a team on a 4-core machine
  wirewatch serve --host 0.0.0.0 --allowed-host wirewatch.example.org    behind a reverse proxy of that name
  curl 'http://127.0.0.1:4000/search?speaker=Varga&limit=5'
  curl -H "Authorization: Bearer $WIREWATCH_TOKEN" -H 'Content-Type: application/json' \\
       -d '{"text": "…", "date": "2026-03-19", "outlet": "Harbour Gazette"}' http://127.0.0.1:4000/documents

GET /openapi.json describes every endpoint. Writes (POST /documents) need the token in
WIREWATCH_TOKEN, sent as "Authorization: Bearer <token>"; without WIREWATCH_TOKEN they are refused.
Requests must name the server as localhost, 127.0.0.1, [::1], the --host address or an
--allowed-host name (the Host header): others get 403, which keeps web pages out (DNS rebinding).`

const LOOPBACK = /^(?:127(?:\.\d{1,3}){3}|::1|localhost)$/i

export function registerServeCommand(program: Command, io: CliIo, finish: (exitCode: number) => void): void {
  addDbOption(
    program
      .command('serve')
      .summary('serve the store over HTTP: the web UI at /, a JSON API described at /openapi.json')
      .description('Serve the store, as a web UI (open http://127.0.0.1:4000/ in a browser) and a JSON API, until interrupted (Ctrl-C). Writes need WIREWATCH_TOKEN.')
      .option('--port <n>', 'the port to listen on (0: any free one)', String(DEFAULT_PORT))
      .option('--host <address>', 'the address to listen on; other than loopback, anyone who can reach it can read', DEFAULT_HOST)
      .option('--workers <n>', 'processes serving the one port, each with its own connection to the store (at most one per core helps)', '1')
      .option('--request-timeout <seconds>', 'time a request may take before it is answered with 503', String(DEFAULT_REQUEST_TIMEOUT_MS / 1000))
      .option('--allowed-host <name>', 'a host name requests may use besides localhost and the --host address (repeatable): a reverse proxy\'s, a LAN name', collect, []),
  )
    .addHelpText('after', EXAMPLES)
    .action(async (flags: ServeFlags) => {
      const port = checkWhole(flags.port, '--port', 0, 65535)
      const host = flags.host.trim()
      if (!host) throw new UsageError('--host must not be empty', 'wirewatch serve')
      const workers = checkWhole(flags.workers, '--workers', 1, 64)
      const requestTimeoutMs = checkWhole(flags.requestTimeout, '--request-timeout', 1, 3600) * 1000
      const allowedHosts = flags.allowedHost.map(checkHostName)
      const env = io.env ?? process.env
      const token = env.WIREWATCH_TOKEN || undefined
      const db = dbPath(flags.db, io)
      if (workers > 1) {
        // Migrated once, here, before the workers open it together.
        await (await openCliStore(db, io)).close()
        const args = ['serve', '--port', String(port), '--host', host, '--db', db, '--workers', '1', '--request-timeout', flags.requestTimeout, ...allowedHosts.flatMap((h) => ['--allowed-host', h])]
        const running = await startWorkers({ count: workers, args, env: { ...env, WIREWATCH_DB: db } })
        announce(io, db, running.url, workers, token, host, allowedHosts)
        const crash = await Promise.race([stopRequested(io.signal).then(() => null), running.crashed])
        if (crash) io.stderr.write(`wirewatch: a server worker (pid ${crash.pid}) stopped (${crash.signal ?? `exit code ${crash.code}`}): stopping the others\n`)
        else io.stderr.write('wirewatch: stopping\n')
        await running.stop()
        finish(crash ? 1 : 0)
        return
      }
      const store = await openCliStore(db, io)
      let server: Awaited<ReturnType<typeof serve>>
      try {
        server = await serve({
          store,
          port,
          host,
          requestTimeoutMs,
          allowedHosts,
          version: await packageVersion(),
          log: (line) => void io.stderr.write(`${line}\n`),
          ...(token ? { token } : {}),
        })
      } catch (error) {
        await store.close()
        throw error
      }
      // A worker of `--workers N`: its primary announces the URL once, for all of them.
      if (isServeWorker()) reportListening(server.url)
      else announce(io, db, server.url, 1, token, host, allowedHosts)
      await stopRequested(io.signal)
      if (!isServeWorker()) io.stderr.write('wirewatch: stopping\n')
      try {
        await server.close()
      } finally {
        await store.close()
      }
      // A worker's channel to its primary would keep it running.
      if (isServeWorker() && process.connected) process.disconnect()
      finish(0)
    })
}

function announce(io: CliIo, db: string, url: string, workers: number, token: string | undefined, host: string, allowedHosts: readonly string[]): void {
  const processes = workers > 1 ? ` with ${workers} processes` : ''
  io.stdout.write(`wirewatch: serving ${db} at ${url}${processes} (the web UI at ${url}/, the JSON API described at ${url}/openapi.json)\n`)
  if (!token) io.stderr.write('wirewatch: writes are disabled: set WIREWATCH_TOKEN to allow POST /documents\n')
  else if (token.length < 16) io.stderr.write('wirewatch: WIREWATCH_TOKEN is short: use a long random one, e.g. $(openssl rand -hex 32)\n')
  if (!LOOPBACK.test(host)) {
    io.stderr.write(`wirewatch: listening on ${host}, not loopback: anyone who can reach it can read the store\n`)
    // The Host check refuses every name it was not given: behind a proxy, or by a LAN name, say it.
    if (allowedHosts.length === 0) {
      io.stderr.write(`wirewatch: requests must name this server as localhost, 127.0.0.1 or [::1]${WILDCARD.test(host) ? '' : ` or ${host}`}: add --allowed-host NAME for the name clients or your reverse proxy use\n`)
    }
  }
}

/** A bind address for every interface: it names no host of its own. */
const WILDCARD = /^(?:0\.0\.0\.0|::|\[::\])$/

function collect(value: string, previous: string[]): string[] {
  return [...previous, value]
}

/** "wirewatch.example.org", "192.168.1.20", "[fd00::1]", "fd00::1": a name a Host header may give (a port is ignored). */
function checkHostName(value: string): string {
  const name = value.trim()
  if (!/^(?:(?:[\p{L}\p{N}._-]+|\[[0-9a-f:.]+\])(?::\d+)?|[0-9a-f.]*:[0-9a-f:.]+)$/iu.test(name)) {
    throw new UsageError(`--allowed-host must be a host name or address such as wirewatch.example.org, got "${value}"`, 'wirewatch serve')
  }
  return name
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
      process.off('disconnect', stop)
      resolve()
    }
    process.on('SIGINT', stop)
    process.on('SIGTERM', stop)
    // A worker of `--workers N` whose primary is gone stops too.
    if (isServeWorker()) process.on('disconnect', stop)
  })
}
