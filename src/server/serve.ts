// The app on a socket: serve() listens and resolves once it does, with the URL and a close().
// close() stops taking connections, gives the requests under way a short grace, then ends them:
// their ingest workers are terminated and their connections closed, so that a server told to
// stop (SIGTERM) stops within seconds whatever it was doing.

import type { AddressInfo } from 'node:net'
import type { Server } from 'node:http'
import { serve as listen } from '@hono/node-server'
import { WirewatchError } from '../index.js'
import { type AppOptions, createApp } from './app.js'
import { createIngester } from './ingest-pool.js'

export const DEFAULT_PORT = 4000
/** Loopback only, unless told otherwise: reads are open to anyone who can reach the socket. */
export const DEFAULT_HOST = '127.0.0.1'

export interface ServeOptions extends AppOptions {
  /** Default 4000; 0 picks a free port. */
  port?: number
  /** Default 127.0.0.1. */
  host?: string
  /** Ingest workers at most at once (default 2). */
  ingestWorkers?: number
}

/** How long close() waits for the requests under way before it ends them. */
export const DEFAULT_GRACE_MS = 3_000

export interface RunningServer {
  /** "http://127.0.0.1:4000" */
  url: string
  port: number
  host: string
  /** Stops accepting connections, ends idle ones, waits (at most `graceMs`) for requests under way,
   *  then terminates the ingest workers and closes every connection left. The store stays open. */
  close(graceMs?: number): Promise<void>
}

export async function serve(options: ServeOptions): Promise<RunningServer> {
  const host = options.host ?? DEFAULT_HOST
  const ingester = options.ingester ?? createIngester(options.store, options.ingestWorkers)
  const app = createApp({ ...options, boundHost: host, ingester })
  if (options.token) ingester.warm?.()
  const server = await new Promise<Server>((resolve, reject) => {
    const s = listen({ fetch: app.fetch, port: options.port ?? DEFAULT_PORT, hostname: host }) as Server
    s.once('listening', () => resolve(s))
    s.once('error', (error: NodeJS.ErrnoException) => reject(listenError(error, host, options.port ?? DEFAULT_PORT)))
  }).catch(async (error: unknown) => {
    await ingester.close()
    throw error
  })
  // Slow clients may not hold a request open for long: a body of 2 MB arrives in far less.
  server.headersTimeout = 30_000
  server.requestTimeout = 120_000
  const port = (server.address() as AddressInfo).port
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    host,
    close: async (graceMs = DEFAULT_GRACE_MS) => {
      const closed = new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())))
      server.closeIdleConnections()
      try {
        await settledWithin(closed, graceMs)
      } finally {
        // Requests still under way end here: a POST's worker first, then, once its 503 had a moment
        // to go out, every connection.
        await ingester.close()
        await settledWithin(closed, 250)
        server.closeAllConnections()
      }
      await closed
    },
  }
}

/** Waits for `promise` to settle, or `ms` to pass, whichever comes first. */
async function settledWithin(promise: Promise<unknown>, ms: number): Promise<void> {
  // Not unref'd: a connection whose request body was refused unread (413) holds no active
  // handle, and without this timer the process could run out of work before it closes.
  let timer: NodeJS.Timeout | undefined
  try {
    await Promise.race([promise.catch(() => {}), new Promise((resolve) => (timer = setTimeout(resolve, ms)))])
  } finally {
    clearTimeout(timer)
  }
}

function listenError(error: NodeJS.ErrnoException, host: string, port: number): Error {
  switch (error.code) {
    case 'EADDRINUSE':
      return new WirewatchError('E_USAGE', `port ${port} on ${host} is in use: choose another with --port`)
    case 'EACCES':
      return new WirewatchError('E_USAGE', `no permission to listen on port ${port} on ${host}: choose a port above 1023 with --port`)
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
      return new WirewatchError('E_USAGE', `cannot listen on host "${host}": it is no address of this machine`)
    default:
      return error
  }
}
