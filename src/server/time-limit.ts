// Every request has a time limit: past it, the client gets a 503 in the API's error shape, and the
// work done for it is stopped where it can be (an ingest worker is terminated through the request's
// deadline signal). Work on this thread cannot be interrupted, which is why the long work of a
// request (ingesting documents) runs in a worker.

import type { Context, MiddlewareHandler } from 'hono'
import { ApiError } from './errors.js'

declare module 'hono' {
  interface ContextVariableMap {
    /** Aborted, with the 503 as its reason, when the request runs out of time. */
    deadline: AbortSignal
  }
}

export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000

export function timeLimit(ms: number): MiddlewareHandler {
  return async (c, next) => {
    const controller = new AbortController()
    c.set('deadline', controller.signal)
    let timer: NodeJS.Timeout | undefined
    const expired = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        const error = new ApiError(503, 'E_TIMEOUT', `the request took longer than this server's limit of ${seconds(ms)}: send fewer or shorter documents at a time`)
        controller.abort(error)
        reject(error)
      }, ms)
    })
    const handled = next()
    // Answered already when the limit passes; whatever the handler does after that goes nowhere.
    handled.catch(() => {})
    try {
      await Promise.race([handled, expired])
    } finally {
      clearTimeout(timer)
    }
  }
}

/** The request's deadline; never aborted for an app without the time limit. */
export function deadlineOf(c: Context): AbortSignal | undefined {
  return c.get('deadline')
}

function seconds(ms: number): string {
  const s = ms / 1000
  return `${Number.isInteger(s) ? s : s.toFixed(1)} s`
}
