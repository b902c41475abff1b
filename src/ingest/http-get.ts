// One HTTP GET, no redirects followed, connecting only to addresses a check has let through.
// The check runs inside the connection's own name lookup, so the address checked is the address
// connected to: a host that answers "public" to a first lookup and "127.0.0.1" to the next
// (DNS rebinding) gains nothing. Node's fetch cannot do this, hence node:http.

import { lookup as dnsLookup } from 'node:dns/promises'
import { type IncomingMessage, request as httpRequest } from 'node:http'
import { request as httpsRequest } from 'node:https'
import { type LookupFunction, isIP } from 'node:net'

export interface ResolvedAddress {
  address: string
  family: number
}

/** Host name → addresses; dns.lookup by default (the system resolver, /etc/hosts included). */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>

export interface GetOptions {
  headers: Record<string, string>
  signal: AbortSignal
  /** Called with each address before connecting to it; throws to refuse the connection. */
  checkAddress: (address: string) => void
  resolve?: Resolver
}

export const systemResolver: Resolver = (hostname) => dnsLookup(hostname, { all: true })

/** The response (headers received, body not read yet). Rejects with the check's error, or the network's. */
export function httpGet(url: URL, options: GetOptions): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const host = url.hostname.replace(/^\[|\]$/g, '')
    try {
      // An address written in the URL is connected to without a lookup: it is checked here.
      if (isIP(host)) options.checkAddress(host)
    } catch (error) {
      reject(error)
      return
    }
    const request = (url.protocol === 'https:' ? httpsRequest : httpRequest)(url, {
      headers: options.headers,
      signal: options.signal,
      lookup: checkedLookup(options.resolve ?? systemResolver, options.checkAddress),
      // No pooled sockets: a kept-alive connection would skip the lookup, and with it the check.
      agent: false,
    })
    request.once('response', resolve)
    request.once('error', reject)
    request.end()
  })
}

/** A lookup in the shape net.connect calls it (one address, or all of them), checking every address. */
function checkedLookup(resolve: Resolver, check: (address: string) => void): LookupFunction {
  return (hostname, options, callback) => {
    const fail = (error: unknown): void => callback(error as NodeJS.ErrnoException, '', 4)
    resolve(hostname).then((addresses) => {
      const wanted = options.family === 4 || options.family === 6 ? addresses.filter((a) => a.family === options.family) : addresses
      if (wanted.length === 0) return fail(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }))
      try {
        // All are checked, not only the first: the connection may fall back to any of them.
        for (const { address } of addresses) check(address)
      } catch (error) {
        return fail(error)
      }
      if (options.all) callback(null, wanted)
      else callback(null, wanted[0]!.address, wanted[0]!.family)
    }, fail)
  }
}
