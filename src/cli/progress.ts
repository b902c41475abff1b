// A one-line counter on stderr, for terminals only: piped or captured stderr stays clean.

import { isTty } from './io.js'

export interface Progress {
  tick(): void
  done(): void
}

const silent: Progress = { tick() {}, done() {} }

export function progressOn(stream: NodeJS.WritableStream, noun: string): Progress {
  if (!isTty(stream)) return silent
  let count = 0
  return {
    tick() {
      count++
      stream.write(`\r${noun} ${count}…`)
    },
    done() {
      if (count > 0) stream.write('\r\x1b[K') // erase the counter line
    },
  }
}
