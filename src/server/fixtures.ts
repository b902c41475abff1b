// Short fictional news items for the API tests. Every person, outlet, organisation and place in
// them is invented; any resemblance to real ones is coincidental.

import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { OpenAPIHono } from '@hono/zod-openapi'
import { type InputDocument, type Store, openSqliteStore } from '../index.js'
import { type AppOptions, createApp } from './app.js'

/** A document as POST /documents takes it: what the readers give, without where it was read. */
export type FixtureInput = Pick<InputDocument, 'text' | 'title' | 'date' | 'url' | 'outlet' | 'lang'>

export const LANTERN_TALKS: FixtureInput = {
  title: 'Brannock says harbour talks in Dovrin will resume',
  date: '2026-04-14',
  outlet: 'Lantern Daily',
  url: 'https://lantern.example/2026/04/14/harbour-talks',
  text:
    'Ostmark Trade Minister Teodor Brannock said on Tuesday that the harbour talks in Dovrin would resume next week. ' +
    '"We are ready to sign an agreement on the ferry routes as soon as the other side is," Brannock told reporters.\n\n' +
    'Brannock added that the customs checks at the Dovrin docks had slowed trade for months.\n\n' +
    'Selwyn Harrow, a spokesman for the Corvane Port Authority, said he does not believe the talks will lead to a breakthrough.',
}

export const COURIER_BLOCKADE: FixtureInput = {
  title: 'Renquist rejects blockade plan',
  date: '2026-04-20',
  outlet: 'Corvane Courier',
  text:
    'Alva Renquist, the foreign minister of Corvane, said on Monday that her government opposes the proposed blockade of the Dovrin docks. ' +
    '"We will not accept a blockade of a neutral harbour," Renquist said.\n\n' +
    'Renquist also stressed that the ferry talks with Ostmark must continue.',
}

export const LANTERN_MEETING: FixtureInput = {
  title: 'Brannock and Renquist meet in Dovrin',
  date: '2026-05-04',
  outlet: 'Lantern Daily',
  text:
    'Teodor Brannock and Alva Renquist met in Dovrin on Monday for talks on the ferry routes. ' +
    'After the meeting, Brannock said that both sides had agreed to reopen the northern ferry line in June.\n\n' +
    '"The first ferries will sail before the summer," Brannock said.',
}

export const ALL: readonly FixtureInput[] = [LANTERN_TALKS, COURIER_BLOCKADE, LANTERN_MEETING]

// ---------------------------------------------------------------------------------------------
// An app over a real SQLite store in a temporary folder, filled through POST /documents.

export const TOKEN = 'test-token-0123456789abcdef'
export const NOW = new Date('2026-06-01T12:00:00Z')

export interface FixtureApp {
  app: OpenAPIHono
  store: Store
  /** Lines the app logged (failures with their stacks). */
  logged: string[]
  /** The response to the POST that filled the store. */
  filled: { status: number; body: unknown }
  close(): Promise<void>
}

export async function openFixtureApp(options: Partial<AppOptions> = {}, inputs: readonly FixtureInput[] = ALL): Promise<FixtureApp> {
  const dir = await mkdtemp(join(tmpdir(), 'wirewatch-server-'))
  const store = await openSqliteStore(join(dir, 'wirewatch.db'))
  const logged: string[] = []
  const app = createApp({ store, token: TOKEN, now: () => NOW, log: (line) => void logged.push(line), ...options })
  const filled = inputs.length ? await postJson(app, '/documents', inputs) : { status: 0, body: undefined }
  return {
    app,
    store,
    logged,
    filled,
    close: async () => {
      await store.close()
      await rm(dir, { recursive: true, force: true })
    },
  }
}

export async function postJson(app: OpenAPIHono, path: string, body: unknown, token: string | null = TOKEN): Promise<{ status: number; body: unknown }> {
  const response = await app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token === null ? {} : { authorization: `Bearer ${token}` }) },
    body: JSON.stringify(body),
  })
  return { status: response.status, body: await response.json() }
}
