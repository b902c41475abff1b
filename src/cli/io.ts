// The streams a CLI run talks to. Passed in, never taken from `process`, so that tests run the
// CLI in-process with fake streams (DESIGN.md, "Shells are thin").

export interface CliIo {
  stdin: NodeJS.ReadableStream
  stdout: NodeJS.WritableStream
  stderr: NodeJS.WritableStream
  /** Defaults to process.env; tests pass their own to set WIREWATCH_DEBUG without side effects. */
  env?: Readonly<Record<string, string | undefined>>
  /** Stops a long-running command (`serve`) when aborted; without it, SIGINT and SIGTERM do. */
  signal?: AbortSignal
}

export function isTty(stream: NodeJS.ReadableStream | NodeJS.WritableStream): boolean {
  return 'isTTY' in stream && stream.isTTY === true
}

/** The terminal width when the stream is a terminal; undefined lets commander use its default. */
export function columnsOf(stream: NodeJS.WritableStream): number | undefined {
  if (!isTty(stream) || !('columns' in stream)) return undefined
  return typeof stream.columns === 'number' ? stream.columns : undefined
}

/**
 * `wirewatch … | head` closes the pipe early: stop quietly instead of crashing with a stack
 * trace. The listener stays attached, because the failed write is reported after main() returns.
 */
export function handleClosedOutput(io: CliIo): void {
  io.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') io.stderr.write(`wirewatch: cannot write the output: ${error.message}\n`)
  })
}
