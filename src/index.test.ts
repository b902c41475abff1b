import { describe, expect, it } from 'vitest'
// Type-only imports: tsc fails if one of these public types disappears.
import type {
  Decoded,
  Diagnostic,
  Document,
  Entity,
  EntityType,
  ErrorCode,
  EvalOptions,
  EvalReport,
  Event,
  EventStatus,
  EventType,
  ExtractOptions,
  FetchedInput,
  InputDocument,
  OutletKind,
  ReadProblem,
  ReadResult,
  Severity,
  SourceCitation,
  Span,
  Speaker,
  Stance,
  Statement,
  StatementKind,
} from './index.js'

describe('public API', () => {
  it('exports exactly these runtime names', async () => {
    const api = await import('./index.js')
    expect(Object.keys(api).sort()).toEqual([
      'DEFAULT_MAX_INPUT_BYTES',
      'Resolver',
      'WirewatchError',
      'decodeText',
      'evaluatePolnear',
      'extendOutletRegistry',
      'extract',
      'fetchInput',
      'formatEvalReport',
      'ingest',
      'ingestDocuments',
      'loadOutletRegistry',
      'loadRegistry',
      'nameKey',
      'openSqliteStore',
      'parseBrat',
      'parseRegistry',
      'readBytes',
      'sameEvent',
      'toBrat',
    ])
  })

  it('keeps the record types importable', () => {
    // A value of every pinned type, so that an unused-import check cannot hide a removal.
    type Pinned = [
      Diagnostic, Document, Entity, EntityType, ErrorCode, EvalOptions, EvalReport, Event, EventStatus,
      EventType, ExtractOptions, OutletKind, Severity, SourceCitation, Span, Speaker, Stance, Statement, StatementKind,
      Decoded, FetchedInput, InputDocument, ReadProblem, ReadResult,
    ]
    const count: Pinned['length'] = 24
    expect(count).toBe(24)
  })
})
