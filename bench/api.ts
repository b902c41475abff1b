// API search latency under load: builds (or reuses) the synthetic store of bench:search, starts
// `wirewatch serve` on it as a second process on 127.0.0.1, and fires bench:search's queries at
// GET /search from this process with exactly --concurrency requests in flight (closed loop, one
// keep-alive connection each). Reports client-side p50/p95/p99/max per request, requests/s and
// errors for 'text + speaker' (the issue's target: p95 under 50 ms at 50 in flight over 1,000,000
// statements) and for 'text' alone. The server is stopped at the end, on errors and on signals.
// Run: npm run build && npm run bench:api [-- --db FILE --reuse] [--concurrency N] [--json] [--help]
import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { Agent, request } from 'node:http'
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import type { SearchQuery } from '../src/store/store.js'
import { repoRoot } from './lib/corpus.js'
import { num, round, table } from './lib/format.js'
import { latency, type Latency } from './lib/latency.js'
import { API_USAGE, type ApiBenchOptions, parseApiOptions } from './lib/api-options.js'
import { build, counted, KINDS, queriesOf, type QueryKind } from './lib/search-store.js'
import { World } from './lib/synthetic.js'

/** The issue's target: p95 of GET /search with text + speaker, 50 requests in flight, 1M statements. */
const TARGET_MS = 50
const TARGET_KIND: QueryKind = 'text + speaker'
/** The rows, target first. */
const MEASURED: readonly QueryKind[] = ['text + speaker', 'text']
const LIMIT = 20
const HOST = '127.0.0.1'
/** A request that takes longer than this counts as an error. */
const REQUEST_TIMEOUT_MS = 60_000
const START_TIMEOUT_MS = 120_000
/** Requests per window of the warm-up curve: p95 of each run of this many answers, in order. */
const WINDOW = 1000

interface Row extends Latency {
  kind: QueryKind
  errors: number
  /** Error statuses or messages, with how often each occurred. */
  errorKinds: Record<string, number>
  seconds: number
  requestsPerSecond: number
  meanHits: number
  meanBytes: number
  /** The server's CPU time over the row's wall time, in cores (null off Linux). */
  serverCores: number | null
  /** This (client) process's CPU time over the row's wall time, in cores. */
  clientCores: number
  /** 1-minute load average before and after the row. */
  load: [number, number]
  /** p95 of each WINDOW answers in the order they came (the last window may be shorter): how far the server had warmed up. */
  windowP95: number[]
  example: string
}

async function main(argv: string[]): Promise<number> {
  let options: ApiBenchOptions
  try {
    options = parseApiOptions(argv)
  } catch (err) {
    process.stderr.write(`wirewatch bench:api: ${(err as Error).message}\n${API_USAGE}\n`)
    return 2
  }
  if (options.help) {
    process.stdout.write(`${API_USAGE}\n`)
    return 0
  }
  const root = repoRoot(import.meta.url)
  const cli = join(root, 'bin', 'wirewatch.js')
  if (!existsSync(join(root, 'dist', 'src', 'cli', 'main.js'))) {
    process.stderr.write(`wirewatch bench:api: ${cli} needs the build: run npm run build first\n`)
    return 2
  }
  const path = options.db ?? join(mkdtempSync(join(tmpdir(), 'wirewatch-bench-')), 'search.db')
  if (!options.keep) temporary = options.db ? path : dirname(path)
  if (existsSync(path) !== options.reuse) {
    process.stderr.write(`wirewatch bench:api: ${path} ${options.reuse ? 'does not exist' : 'exists; remove it, choose another --db, or measure it with --reuse'}\n`)
    return 2
  }
  const progress = (line: string) => process.stderr.write(`${line}\n`)
  let server: Server | null = null
  const agent = new Agent({ keepAlive: true, maxSockets: options.concurrency, maxFreeSockets: options.concurrency })
  try {
    const world = new World(options.seed)
    // The same build settings as bench:search's defaults, so either bench can reuse the other's store.
    const built = options.reuse ? await counted(path) : await build(path, world, { statements: options.statements, seed: options.seed, batch: 2000, optimize: true }, progress)
    const loadBefore = loadavg()
    progress(`starting node ${cli} serve --db ${path} --port 0 --host ${HOST} --workers ${options.workers}…`)
    server = await startServer(cli, path, root, options.workers)
    await waitForHealth(server, agent)
    progress(`server pid ${server.child.pid} at ${server.url}`)
    const rows: Row[] = []
    for (const kind of MEASURED) {
      const k = KINDS.indexOf(kind)
      const queries = queriesOf(world, kind, options.warmUp + options.requests, options.seed * 100 + k)
      const paths = queries.map(searchPath)
      const warm = paths.slice(0, options.warmUp)
      const measured = paths.slice(options.warmUp)
      if (warm.length) {
        progress(`${kind}: ${num(warm.length)} warm-up requests, ${options.concurrency} in flight…`)
        await fire(server, agent, warm, options.concurrency, { requests: warm.length })
      }
      progress(
        `${kind}: ` +
          (options.seconds === null ? `${num(measured.length)} requests` : `${num(options.seconds, 1)} s (cycling ${num(measured.length)} queries)`) +
          `, ${options.concurrency} in flight…`,
      )
      const load0 = loadavg()[0]!
      const cpu0 = process.cpuUsage()
      const server0 = cpuSeconds(server.child.pid!)
      const run = await fire(server, agent, measured, options.concurrency, options.seconds === null ? { requests: measured.length } : { seconds: options.seconds })
      const server1 = cpuSeconds(server.child.pid!)
      const cpu1 = process.cpuUsage(cpu0)
      rows.push({
        kind,
        ...latency(run.times),
        errors: run.errors,
        errorKinds: run.errorKinds,
        seconds: run.seconds,
        requestsPerSecond: run.times.length / run.seconds,
        meanHits: run.hits / Math.max(1, run.times.length - run.errors),
        meanBytes: run.bytes / Math.max(1, run.times.length - run.errors),
        serverCores: server0 === null || server1 === null ? null : (server1 - server0) / run.seconds,
        clientCores: (cpu1.user + cpu1.system) / 1e6 / run.seconds,
        load: [load0, loadavg()[0]!],
        windowP95: windowsOf(run.times, WINDOW).map((w) => latency(w).p95),
        example: measured[0]!,
      })
    }
    const serverMemory = peakRss(server.child.pid!)
    const loadAfter = loadavg()
    await stopServer(server)
    server = null

    const target = rows.find((r) => r.kind === TARGET_KIND)!
    const result = {
      tool: 'wirewatch-bench-api',
      version: (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version,
      when: new Date().toISOString(),
      node: process.version,
      platform: `${process.platform}-${process.arch}`,
      cpu: cpus()[0]?.model.trim() ?? 'unknown',
      cores: availableParallelism(),
      settings: {
        concurrency: options.concurrency,
        requests: options.seconds === null ? options.requests : null,
        seconds: options.seconds,
        queryPool: options.requests,
        warmUp: options.warmUp,
        seed: options.seed,
        limit: LIMIT,
        client: 'node:http, keep-alive Agent with one socket per request in flight',
        server: `node bin/wirewatch.js serve --db FILE --port 0 --host ${HOST} --workers ${options.workers}`,
      },
      store: {
        path: options.keep ? path : null,
        documents: built.documents,
        nearDuplicates: built.nearDuplicates,
        statements: built.statements,
        reused: options.reuse,
        buildSeconds: Number.isFinite(built.seconds) ? round(built.seconds, 1) : null,
      },
      queries: rows.map((r) => ({
        ...r,
        p50: round(r.p50, 2),
        p95: round(r.p95, 2),
        p99: round(r.p99, 2),
        max: round(r.max, 2),
        mean: round(r.mean, 2),
        seconds: round(r.seconds, 2),
        requestsPerSecond: round(r.requestsPerSecond, 1),
        meanHits: round(r.meanHits, 1),
        meanBytes: Math.round(r.meanBytes),
        serverCores: r.serverCores === null ? null : round(r.serverCores, 2),
        clientCores: round(r.clientCores, 2),
        load: r.load.map((l) => round(l, 2)),
        windowP95: r.windowP95.map((p) => round(p, 1)),
      })),
      target: {
        kind: TARGET_KIND,
        concurrency: options.concurrency,
        p95Ms: TARGET_MS,
        measuredP95Ms: round(target.p95, 2),
        met: target.p95 < TARGET_MS && target.errors === 0,
      },
      load: { before: loadBefore.map((l) => round(l, 2)), after: loadAfter.map((l) => round(l, 2)) },
      server: { maxRssMB: serverMemory === null ? null : round(serverMemory / 1e6, 1) },
    }
    if (options.json) {
      process.stdout.write(`${JSON.stringify(result, null, 2)}\n`)
    } else {
      const s = result.store
      const t = result.target
      const errors = rows.filter((r) => r.errors > 0)
      process.stdout.write(
        [
          `Wirewatch ${result.version} API bench — GET /search over loopback, ${num(s.statements)} statements in ${num(s.documents)} documents, seed ${options.seed}`,
          `${result.node} on ${result.platform}, ${result.cpu} × ${result.cores}; server: a second node process (wirewatch serve, pid ${serverPid}) on ${HOST}`,
          `${options.concurrency} requests in flight (closed loop, keep-alive), ` +
            (options.seconds === null ? `${num(options.requests)} measured requests per kind` : `${num(options.seconds, 1)} s per kind`) +
            ` after ${num(options.warmUp)} warm-up; limit ${LIMIT}; latency measured in the client, per request`,
          '',
          table(
            ['query', 'requests', 'errors', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'mean hits', 'KB/resp', 'server cores', 'client cores', 'load 1m'],
            result.queries.map((r) => [
              r.kind,
              num(r.count),
              num(r.errors),
              num(r.requestsPerSecond, 0),
              num(r.p50, 2),
              num(r.p95, 2),
              num(r.p99, 2),
              num(r.max, 2),
              num(r.meanHits, 1),
              num(r.meanBytes / 1000, 1),
              r.serverCores === null ? 'n/a' : num(r.serverCores, 2),
              num(r.clientCores, 2),
              `${num(r.load[0]!, 2)}→${num(r.load[1]!, 2)}`,
            ]),
          ),
          ...result.queries.map((r) => `${r.kind}: p95 ms of each ${num(WINDOW)} answers in order (warm-up curve): ${r.windowP95.map((p) => num(p, 1)).join(', ')}`),
          ...errors.map((r) => `errors (${r.kind}): ${Object.entries(r.errorKinds).map(([e, n]) => `${e} ×${n}`).join(', ')}`),
          '',
          `target: ${t.kind} p95 ${num(t.measuredP95Ms, 2)} ms at ${t.concurrency} in flight — ${t.met ? 'under' : 'OVER'} ${TARGET_MS} ms` +
            (target.errors > 0 ? ` (and ${num(target.errors)} errors)` : ''),
          `examples: ${rows.map((r) => `${r.kind}: ${r.example}`).join('; ')}`,
          `load average (1/5/15 min): ${result.load.before.map((l) => num(l, 2)).join(', ')} before the server started, ${result.load.after.map((l) => num(l, 2)).join(', ')} at the end; ${result.cores} cores`,
          `server: max RSS (largest process) ${result.server.maxRssMB === null ? 'n/a' : `${num(result.server.maxRssMB, 1)} MB`}` +
            (s.reused ? `; store reused from ${path}` : `; store built in ${num(s.buildSeconds ?? Number.NaN, 1)} s`) +
            (options.keep && !s.reused ? `, kept at ${path}` : ''),
        ].join('\n') + '\n',
      )
    }
    return 0
  } finally {
    agent.destroy()
    if (server) await stopServer(server)
    if (temporary) rmSync(temporary, { recursive: true, force: true })
    temporary = null
  }
}

/** Consecutive runs of `size` items (the last one shorter when they do not divide evenly). */
function windowsOf<T>(items: readonly T[], size: number): T[][] {
  const windows: T[][] = []
  for (let i = 0; i < items.length; i += size) windows.push(items.slice(i, i + size))
  return windows
}

/** GET /search with the query's text and speaker (and dates), at bench:search's limit. */
function searchPath(q: SearchQuery): string {
  const params = new URLSearchParams()
  if (q.text !== undefined) params.set('q', q.text)
  if (q.speaker !== undefined) params.set('speaker', q.speaker)
  if (q.from !== undefined) params.set('from', q.from)
  if (q.to !== undefined) params.set('to', q.to)
  params.set('limit', String(LIMIT))
  return `/search?${params}`
}

// ---- the server, as a second process ----

interface Server {
  child: ChildProcess
  url: string
  host: string
  port: number
  /** The last lines it wrote on stderr, for error messages. */
  stderr: string[]
  exited: Promise<void>
}

/** Set once the server runs, so that the signal handlers can stop it. */
let running: ChildProcess | null = null
/** The database (or its temporary folder) to remove on the way out, unless --keep. */
let temporary: string | null = null
let serverPid = 0

async function startServer(cli: string, db: string, cwd: string, workers: number): Promise<Server> {
  // No WIREWATCH_TOKEN: the server is read-only, as the bench needs.
  const env = { ...process.env, WIREWATCH_TOKEN: '' }
  const child = spawn(process.execPath, [cli, 'serve', '--db', db, '--port', '0', '--host', HOST, '--workers', String(workers)], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
  running = child
  serverPid = child.pid ?? 0
  const stderr: string[] = []
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  void exited.then(() => {
    if (running === child) running = null
  })
  child.stderr!.setEncoding('utf8')
  child.stderr!.on('data', (chunk: string) => {
    stderr.push(...chunk.split('\n').filter(Boolean))
    if (stderr.length > 40) stderr.splice(0, stderr.length - 40)
  })
  child.stdout!.setEncoding('utf8')
  let out = ''
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server printed no URL in ${START_TIMEOUT_MS / 1000} s${tail(stderr)}`)), START_TIMEOUT_MS)
    const onData = (chunk: string) => {
      out += chunk
      // serve-command prints "wirewatch: serving FILE at http://127.0.0.1:PORT (…)" on stdout once it
      // listens; only the first URL after "serving … at" is read, whatever follows it.
      const m = /serving .*? at (https?:\/\/[^\s/(),]+)/.exec(out)
      if (m) {
        clearTimeout(timer)
        child.stdout!.off('data', onData)
        child.stdout!.resume() // keep draining: a full pipe would block it
        resolve(m[1]!)
      }
    }
    child.stdout!.on('data', onData)
    child.once('exit', (code, signal) => {
      clearTimeout(timer)
      reject(new Error(`the server exited (${signal ?? `code ${code}`}) before it listened${tail(stderr)}`))
    })
    child.once('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
  }).catch(async (error: unknown) => {
    // Never leave it running: a server that started but printed no URL is stopped here.
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL')
      await exited
    }
    throw error
  })
  const parsed = new URL(url)
  return { child, url, host: parsed.hostname, port: Number(parsed.port), stderr, exited }
}

async function waitForHealth(server: Server, agent: Agent): Promise<void> {
  const deadline = performance.now() + START_TIMEOUT_MS
  let last = ''
  for (;;) {
    try {
      const r = await get(server, agent, '/health')
      if (r.status === 200) return
      last = `HTTP ${r.status}: ${r.body.slice(0, 200)}`
    } catch (error) {
      last = (error as Error).message
    }
    if (server.child.exitCode !== null || server.child.signalCode !== null) throw new Error(`the server exited before /health answered${tail(server.stderr)}`)
    if (performance.now() > deadline) throw new Error(`/health did not answer 200 in ${START_TIMEOUT_MS / 1000} s (last: ${last})${tail(server.stderr)}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/** SIGTERM (the server finishes requests under way and closes the store), then SIGKILL after 10 s. */
async function stopServer(server: Server): Promise<void> {
  const { child } = server
  if (child.exitCode === null && child.signalCode === null) {
    child.kill('SIGTERM')
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000)
    await server.exited
    clearTimeout(force)
  }
  if (running === child) running = null
}

function tail(lines: string[]): string {
  return lines.length ? `; its stderr ended:\n  ${lines.slice(-10).join('\n  ')}` : ''
}

/** The user + system CPU seconds of the process and its children (serve --workers), from /proc (null where there is none). */
function cpuSeconds(pid: number): number | null {
  try {
    return [pid, ...childrenOf(pid)].reduce((sum, p) => {
      const stat = readFileSync(`/proc/${p}/stat`, 'utf8')
      // Fields after the command name (which may hold spaces), from field 3 on: utime is 14, stime 15.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      return sum + (Number(fields[11]) + Number(fields[12])) / 100 // USER_HZ is 100 on Linux
    }, 0)
  } catch {
    return null
  }
}

/** The largest peak resident set (VmHWM) of the process and its children, in bytes, from /proc (null where there is none). */
function peakRss(pid: number): number | null {
  try {
    return Math.max(
      ...[pid, ...childrenOf(pid)].map((p) => {
        const m = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${p}/status`, 'utf8'))
        return m ? Number(m[1]) * 1024 : 0
      }),
    )
  } catch {
    return null
  }
}

function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number)
  } catch {
    return []
  }
}

// ---- the load ----

interface Answer {
  status: number
  body: string
}

function get(server: Server, agent: Agent, path: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: server.host, port: server.port, path, agent, method: 'GET', headers: { accept: 'application/json' } }, (res) => {
      res.setEncoding('utf8')
      let body = ''
      res.on('data', (chunk: string) => (body += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
      res.on('error', reject)
    })
    req.setTimeout(REQUEST_TIMEOUT_MS, () => req.destroy(new Error(`no answer in ${REQUEST_TIMEOUT_MS / 1000} s`)))
    req.on('error', reject)
    req.end()
  })
}

interface Run {
  /** Every request's time, errors included (ms, from sending to the last byte or the failure), in the order the answers came. */
  times: number[]
  errors: number
  errorKinds: Record<string, number>
  hits: number
  bytes: number
  seconds: number
}

/**
 * Closed loop: `concurrency` workers each send a request, wait for the whole answer and send the
 * next, so that exactly `concurrency` are in flight until the work runs out. Stops after
 * `requests` requests, or starts no new one once `seconds` have passed (cycling `paths`).
 */
async function fire(server: Server, agent: Agent, paths: readonly string[], concurrency: number, until: { requests: number } | { seconds: number }): Promise<Run> {
  const run: Run = { times: [], errors: 0, errorKinds: {}, hits: 0, bytes: 0, seconds: 0 }
  const fail = (what: string) => {
    run.errors++
    run.errorKinds[what] = (run.errorKinds[what] ?? 0) + 1
  }
  let next = 0
  const start = performance.now()
  const deadline = 'seconds' in until ? start + until.seconds * 1000 : Number.POSITIVE_INFINITY
  const worker = async () => {
    for (;;) {
      const i = next++
      if ('requests' in until ? i >= until.requests : performance.now() >= deadline) return
      const t0 = performance.now()
      try {
        const r = await get(server, agent, paths[i % paths.length]!)
        run.times.push(performance.now() - t0)
        if (r.status !== 200) {
          fail(`HTTP ${r.status}${errorCode(r.body)}`)
          continue
        }
        run.bytes += Buffer.byteLength(r.body)
        run.hits += (JSON.parse(r.body) as { items: unknown[] }).items.length
      } catch (error) {
        run.times.push(performance.now() - t0)
        fail((error as NodeJS.ErrnoException).code ?? (error as Error).message)
      }
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  run.seconds = (performance.now() - start) / 1000
  return run
}

function errorCode(body: string): string {
  try {
    const code = (JSON.parse(body) as { error?: { code?: string } }).error?.code
    return code ? ` ${code}` : ''
  } catch {
    return ''
  }
}


// Never leave the server running: on a signal stop it, then end as the signal would; on any exit
// (an uncaught error included) kill it outright.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    process.stderr.write(`wirewatch bench:api: ${signal}, stopping the server\n`)
    const child = running
    const code = 128 + ({ SIGINT: 2, SIGTERM: 15, SIGHUP: 1 } as const)[signal]
    if (!child || child.exitCode !== null || child.signalCode !== null) process.exit(code)
    child.once('exit', () => process.exit(code))
    child.kill('SIGTERM')
    setTimeout(() => {
      child.kill('SIGKILL')
      process.exit(code)
    }, 5_000).unref()
  })
}
process.on('exit', () => {
  if (running && running.exitCode === null && running.signalCode === null) running.kill('SIGKILL')
  if (temporary) rmSync(temporary, { recursive: true, force: true })
})

try {
  process.exitCode = await main(process.argv.slice(2))
} catch (error) {
  const e = error as Error
  process.stderr.write(`wirewatch bench:api: ${e.message}${e.cause instanceof Error && !e.message.includes(e.cause.message) ? ` (${e.cause.message})` : ''}\n`)
  process.exitCode = 1
}
