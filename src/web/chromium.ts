// Debian's Chromium through playwright-core, for the end-to-end tests and the screenshot script
// (never imported by the server). No browser is downloaded: the system's binary is used.

import { existsSync } from 'node:fs'
import { type Browser, chromium } from 'playwright-core'

/** The Chromium binary: $CHROMIUM_PATH, else Debian's (/usr/bin/chromium); undefined when neither is there. */
export function findChromium(): string | undefined {
  return process.env.CHROMIUM_PATH || ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path))
}

/** Headless Chromium; without its sandbox when run as root (CI is), since the sandbox refuses root. */
export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, headless: true, args: process.getuid?.() === 0 ? ['--no-sandbox'] : [] })
}
