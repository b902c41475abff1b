import { describe, expect, it } from 'vitest'
// Type-only imports: tsc fails if one of these public types disappears.
import type {
  Brief,
  BriefFormat,
  BriefSentence,
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
      'BRIEF_FORMATS',
      'DEFAULT_MAX_INPUT_BYTES',
      'EntityNames',
      'MAX_ID_LENGTH',
      'Resolver',
      'SUPPORTED_LANGUAGES',
      'WirewatchError',
      'buildBrief',
      'candidatesFor',
      'decodeText',
      'entitiesNamed',
      'entityById',
      'evaluatePolnear',
      'eventRef',
      'extendOutletRegistry',
      'extract',
      'fetchInput',
      'formatBrief',
      'formatEvalReport',
      'identifyLanguage',
      'ingest',
      'ingestDocuments',
      'isStrong',
      'isSupportedLanguage',
      'loadOutletRegistry',
      'loadRegistry',
      'nameKey',
      'openSqliteStore',
      'parseBrat',
      'parseRegistry',
      'readBytes',
      'readSubject',
      'refOf',
      'sameEvent',
      'subjectRef',
      'timelineFilter',
      'timelineHits',
      'toBrat',
    ])
  })

  it('keeps the record types importable', () => {
    // A value of every pinned type, so that an unused-import check cannot hide a removal.
    type Pinned = [
      Diagnostic, Document, Entity, EntityType, ErrorCode, EvalOptions, EvalReport, Event, EventStatus,
      EventType, ExtractOptions, OutletKind, Severity, SourceCitation, Span, Speaker, Stance, Statement, StatementKind,
      Decoded, FetchedInput, InputDocument, ReadProblem, ReadResult, Brief, BriefFormat, BriefSentence,
    ]
    const count: Pinned['length'] = 27
    expect(count).toBe(27)
  })
})
