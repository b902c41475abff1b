// The public API. The CLI, the HTTP API and the web UI import only from here; the export list
// is a contract pinned by index.test.ts: add freely, remove or rename nothing without a note.

export type {
  Diagnostic,
  Document,
  Entity,
  EntityType,
  Event,
  EventStatus,
  EventType,
  OutletKind,
  Severity,
  SourceCitation,
  Span,
  Speaker,
  Stance,
  Statement,
  StatementKind,
} from './core/records.js'
export { type ErrorCode, WirewatchError } from './core/errors.js'
/** The longest id the store makes, and the longest the HTTP API takes where it names one. */
export { MAX_ID_LENGTH } from './core/ids.js'

export { type ExtractOptions, extract } from './extract/extract.js'
export {
  type LanguageReading,
  type ParagraphLanguage,
  type SupportedLanguage,
  SUPPORTED_LANGUAGES,
  identifyLanguage,
  isSupportedLanguage,
} from './text/language.js'
export { type OutletEntry, type OutletRegistry, extendOutletRegistry, loadOutletRegistry } from './lexicon/outlet-registry.js'

export {
  type BratAnnotations,
  type BratAttribution,
  type BratLabel,
  type BratSkippedLine,
  type BratTextBound,
  parseBrat,
  toBrat,
} from './format/brat.js'

export {
  type DocumentReport,
  type EvalFailure,
  type EvalOptions,
  type EvalReport,
  type Extractor,
  evaluatePolnear,
  formatEvalReport,
} from './eval/evaluate.js'

export type {
  DocumentProvenance,
  PutOutcome,
  SearchHit,
  SearchQuery,
  DocumentQuery,
  DocumentSummary,
  Store,
  StoreStats,
  StoredDocument,
  StoredEntity,
  StoredEvent,
  EventQuery,
  NameCandidate,
} from './store/store.js'
export { type MigrationStep, type SqliteStoreOptions, openSqliteStore } from './store/sqlite/index.js'

export type { InputDocument, ReadProblem, ReadResult, ReaderName } from './ingest/input.js'
export { type ReadHint, readBytes } from './ingest/read.js'
export { type DecodeErrorCode, type DecodeHint, type Decoded, decodeText } from './ingest/decode.js'
export { type FetchOptions, type FetchedInput, fetchInput } from './ingest/fetch.js'
export {
  DEFAULT_MAX_INPUT_BYTES,
  type DocumentOutcome,
  type IngestEvent,
  type IngestOptions,
  type IngestSummary,
  ingest,
  ingestDocuments,
} from './ingest/ingest.js'
export { type Registry, type RegistryEntity, loadRegistry, parseRegistry } from './ingest/registry.js'
export { Resolver } from './ingest/resolve.js'
export { sameEvent } from './ingest/event-links.js'
export { nameKey } from './store/names.js'

export {
  type Candidate,
  type EntityRef,
  type EventRef,
  type NameMatch,
  type Subject,
  type SubjectOptions,
  type SubjectReading,
  EntityNames,
  candidatesFor,
  entitiesNamed,
  entityById,
  eventRef,
  isStrong,
  readSubject,
  refOf,
} from './query/subject.js'
export { type TimelineWindow, subjectRef, timelineFilter, timelineHits } from './query/timeline.js'
export {
  type Brief,
  type BriefOutlet,
  type BriefRequest,
  type BriefSentence,
  type BriefSubject,
  buildBrief,
} from './query/brief.js'
export { type BriefFormat, type BriefHtmlOptions, BRIEF_FORMATS, formatBrief } from './query/brief-format.js'
