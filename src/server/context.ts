// What every route module is given: the app to register on, and the store and settings it serves.

import type { OpenAPIHono } from '@hono/zod-openapi'
import type { Store } from '../index.js'
import type { Log } from './errors.js'
import type { Ingester } from './ingest-pool.js'

export type ApiApp = OpenAPIHono

export interface ApiContext {
  store: Store
  /** The write token; undefined: writes are refused. */
  token: string | undefined
  /** The clock, for provenance (tests pin it). */
  now: () => Date
  log: Log
  /** Largest request body accepted, in bytes. */
  maxBodyBytes: number
  /** Where POST /documents reads, extracts and stores: worker threads, off the event loop. */
  ingester: Ingester
}

/** One feature's routes: search, documents, entities, … (and, later, briefs). */
export type RouteModule = (app: ApiApp, ctx: ApiContext) => void
