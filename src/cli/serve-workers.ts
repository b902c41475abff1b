// `wirewatch serve --workers N`: N processes share one port (node:cluster hands each new connection
// to the next), each with its own connection to the store. SQLite's WAL lets them all read at once
// and writes take turns through its lock, so any worker can take a POST. The primary forks them,
// reports the URL once all of them listen, and on a signal stops them and waits for them to finish.

import cluster, { type Worker } from 'node:cluster'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** What a worker tells the primary once it listens. */
interface Listening {
  type: 'wirewatch:listening'
  url: string
}

export function isServeWorker(): boolean {
  return cluster.isWorker
}

/** In a worker: tells the primary where it listens. */
export function reportListening(url: string): void {
  const message: Listening = { type: 'wirewatch:listening', url }
  process.send?.(message)
}

export interface WorkersOptions {
  count: number
  /** The serve command's arguments, for each worker (the same port: the cluster shares it). */
  args: string[]
  env: NodeJS.ProcessEnv
}

/** How a worker ended: its exit code, or the signal that killed it. */
export interface WorkerExit {
  pid: number
  code: number | null
  signal: string | null
}

export interface RunningWorkers {
  url: string
  /** Resolves with the first worker that exits unasked (a crash), with its exit code. */
  crashed: Promise<WorkerExit>
  /** Asks every worker to stop (SIGTERM: finish requests under way, close the store) and waits. */
  stop(): Promise<void>
}

/** Forks the workers and resolves once every one listens; rejects (stopping the others) if one exits first. */
export async function startWorkers(options: WorkersOptions): Promise<RunningWorkers> {
  // Workers run the CLI's entry point: the built one, or the TypeScript one under tsx in tests.
  const here = fileURLToPath(import.meta.url)
  const typescript = here.endsWith('.ts')
  cluster.setupPrimary({ exec: join(dirname(here), typescript ? 'entry.ts' : 'entry.js'), args: options.args, execArgv: typescript ? ['--import', 'tsx'] : [] })
  const workers = Array.from({ length: options.count }, () => cluster.fork(options.env))
  let stopping = false
  const exits = workers.map((w) => new Promise<WorkerExit>((resolve) => w.once('exit', (code, signal) => resolve({ pid: w.process.pid ?? 0, code, signal }))))
  const stop = async () => {
    stopping = true
    for (const w of workers) if (!w.isDead()) w.process.kill('SIGTERM')
    await Promise.all(exits)
  }
  try {
    const urls = await Promise.all(workers.map((w, k) => listening(w, exits[k]!)))
    const crashed = Promise.race(exits).then((exit) => (stopping ? new Promise<never>(() => {}) : exit))
    return { url: urls[0]!, crashed, stop }
  } catch (error) {
    await stop()
    throw error
  }
}

function listening(worker: Worker, exit: Promise<{ code: number | null }>): Promise<string> {
  return new Promise((resolve, reject) => {
    worker.on('message', (m: Partial<Listening>) => {
      if (m?.type === 'wirewatch:listening' && typeof m.url === 'string') resolve(m.url)
    })
    void exit.then(({ code }) => reject(new Error(`a server worker (pid ${worker.process.pid}) exited with code ${code} before it listened; its error is above`)))
  })
}
