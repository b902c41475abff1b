// The app on a socket: serve() listens and resolves once it does, with the URL and a close().

import type { AddressInfo } from 'node:net'
import type { Server } from 'node:http'
import { serve as listen } from '@hono/node-server'
import { WirewatchError } from '../index.js'
import { type AppOptions, createApp } from './app.js'

export const DEFAULT_PORT = 4000
/** Loopback only, unless told otherwise: reads are open to anyone who can reach the socket. */
export const DEFAULT_HOST = '127.0.0.1'

export interface ServeOptions extends AppOptions {
  /** Default 4000; 0 picks a free port. */
  port?: number
  /** Default 127.0.0.1. */
  host?: string
}

export interface RunningServer {
  /** "http://127.0.0.1:4000" */
  url: string
  port: number
  host: string
  /** Stops accepting connections, ends idle ones, and waits (at most `graceMs`) for requests under way. */
  close(graceMs?: number): Promise<void>
}

export async function serve(options: ServeOptions): Promise<RunningServer> {
  const app = createApp(options)
  const host = options.host ?? DEFAULT_HOST
  const server = await new Promise<Server>((resolve, reject) => {
    const s = listen({ fetch: app.fetch, port: options.port ?? DEFAULT_PORT, hostname: host }) as Server
    s.once('listening', () => resolve(s))
    s.once('error', (error: NodeJS.ErrnoException) => reject(listenError(error, host, options.port ?? DEFAULT_PORT)))
  })
  // Slow clients may not hold a request open for long: a body of 2 MB arrives in far less.
  server.headersTimeout = 30_000
  server.requestTimeout = 120_000
  const port = (server.address() as AddressInfo).port
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    host,
    close: (graceMs = 5_000) =>
      new Promise<void>((resolve, reject) => {
        // Not unref'd: a connection whose request body was refused unread (413) holds no active
        // handle, and without this timer the process could run out of work before it closes.
        const force = setTimeout(() => server.closeAllConnections(), graceMs)
        server.close((error) => {
          clearTimeout(force)
          if (error) reject(error)
          else resolve()
        })
        server.closeIdleConnections()
      }),
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
