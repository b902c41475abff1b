// Writes need the token the server was started with (WIREWATCH_TOKEN), sent as
// `Authorization: Bearer <token>`. Without a configured token every write is refused: a server is
// read-only unless its operator chose otherwise. Tokens are compared in constant time (as SHA-256
// digests, so that their lengths do not show either).

import { createHash, timingSafeEqual } from 'node:crypto'
import type { MiddlewareHandler } from 'hono'
import { ApiError } from './errors.js'

const CHALLENGE = { 'WWW-Authenticate': 'Bearer realm="wirewatch"' }

export function requireToken(token: string | undefined): MiddlewareHandler {
  const expected = token ? digest(token) : undefined
  return async (c, next) => {
    if (!expected) {
      throw new ApiError(403, 'E_WRITES_DISABLED', 'writes are disabled on this server: start it with WIREWATCH_TOKEN set to allow them')
    }
    const header = c.req.header('authorization')
    if (!header) throw new ApiError(401, 'E_UNAUTHORIZED', 'this request needs the server token: send "Authorization: Bearer <token>"', CHALLENGE)
    const m = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header)
    if (!m) throw new ApiError(401, 'E_UNAUTHORIZED', 'the Authorization header must be "Bearer <token>"', CHALLENGE)
    if (!timingSafeEqual(digest(m[1]!), expected)) throw new ApiError(401, 'E_UNAUTHORIZED', 'the token is not the one this server was started with', CHALLENGE)
    await next()
  }
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest()
}
