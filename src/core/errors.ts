/** Operational failures carry a stable `code` that scripts and tests can rely on. */
export type ErrorCode =
  | 'E_USAGE'
  | 'E_INPUT_NOT_FOUND'
  | 'E_INPUT_UNREADABLE'
  | 'E_INPUT_EMPTY'
  | 'E_INPUT_TOO_LARGE'
  | 'E_BAD_DATE'
  | 'E_EVAL_DATA'
  | 'E_INPUT_ENCODING'
  | 'E_INPUT_BINARY'
  | 'E_INPUT_MALFORMED'
  | 'E_FETCH'
  | 'E_STORE'
  /** A store lookup by id or name found nothing. */
  | 'E_NOT_FOUND'

export class WirewatchError extends Error {
  readonly code: ErrorCode
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'WirewatchError'
    this.code = code
  }
}
