// The Host header must name this server. A page on any web site can make the browser of someone on
// this machine send requests to 127.0.0.1 through DNS rebinding (evil.example resolving to
// 127.0.0.1), and read the answers, as the same origin; the Host header still says evil.example.
// Answering only to names we know closes that: loopback names always, the address the server is
// bound to, and the names the operator allows (`wirewatch serve --allowed-host NAME`, for a
// reverse proxy's public name or a LAN address).

import type { MiddlewareHandler } from 'hono'
import { ApiError } from './errors.js'

/** Always allowed, with any port: the server is reachable on them by whoever may use it anyway. */
export const LOOPBACK_HOSTS: readonly string[] = ['localhost', '127.0.0.1', '::1']

/** Bind addresses that stand for every interface: no name of their own to allow. */
const WILDCARDS = new Set(['', '0.0.0.0', '::'])

/** "Example.org:4000" → "example.org"; "[::1]:4000" → "::1"; "localhost." → "localhost". */
export function hostName(value: string): string {
  let host = value.trim().toLowerCase()
  if (host.startsWith('[')) host = host.slice(1, host.indexOf(']') < 0 ? undefined : host.indexOf(']'))
  else if (host.indexOf(':') === host.lastIndexOf(':')) host = host.split(':')[0]!
  return host.replace(/\.$/, '')
}

/** The host names a server bound to `boundHost` answers to, with `allowed` added. */
export function allowedHostNames(boundHost: string | undefined, allowed: readonly string[] = []): Set<string> {
  const names = new Set(LOOPBACK_HOSTS)
  const bound = boundHost === undefined ? '' : hostName(boundHost)
  if (!WILDCARDS.has(bound)) names.add(bound)
  for (const name of allowed) names.add(hostName(name))
  return names
}

export function checkHost(allowed: ReadonlySet<string>): MiddlewareHandler {
  return async (c, next) => {
    // Without a Host header (app.request() in tests, HTTP/1.0), the URL's: no browser sends none.
    const host = hostName(c.req.header('host') ?? new URL(c.req.url).host)
    if (!allowed.has(host)) {
      throw new ApiError(
        403,
        'E_HOST_NOT_ALLOWED',
        `this server does not answer to the host name "${host.slice(0, 100)}": ask for it by one it knows (localhost, 127.0.0.1), or start it with --allowed-host NAME`,
      )
    }
    await next()
  }
}
