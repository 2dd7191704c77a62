// The browser tests drive Debian's Chromium (`apt-get install chromium`; .ci/run installs it)
// through playwright-core, which downloads nothing. Where Chromium is missing they are skipped
// with a notice, unless TTHC_REQUIRE_BROWSER=1 or TTHC_REQUIRE_SOFFICE=1 (CI) says they must run.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { findProgram } from '../../src/render/pdf/pdf-tools';

/** Chromium: TTHC_CHROMIUM, else Debian's /usr/bin/chromium, else `chromium` on the PATH. */
export const chromiumPath = (): string | null =>
  findProgram(process.env.TTHC_CHROMIUM || '/usr/bin/chromium') ?? findProgram('chromium');

const required =
  process.env.TTHC_REQUIRE_BROWSER === '1' || process.env.TTHC_REQUIRE_SOFFICE === '1';

/** `test` where Chromium is there or required, else `test.skip` with a notice. */
export function browserTest(what: string): jest.It {
  const ok = chromiumPath() !== null;
  if (!ok && !required) console.warn(`chromium không có: bỏ qua các kiểm tra ${what}.`);
  return ok || required ? test : test.skip;
}

/** The flags of a quiet, private headless Chromium that reaches nothing but the app. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A fresh Chromium with a profile of its own (removed by `close`), downloads accepted. */
export async function openBrowser(): Promise<{
  context: BrowserContext;
  close: () => Promise<void>;
}> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('chromium is required (TTHC_REQUIRE_BROWSER) but missing');
  const profile = mkdtempSync(join(tmpdir(), 'tthc-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: CHROMIUM_FLAGS,
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
    locale: 'vi-VN',
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
