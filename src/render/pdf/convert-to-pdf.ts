import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatNumber } from '../../format';
import { makeIssue, type Issue } from '../../issues/issue';
import {
  trackProcessGroup,
  trackTemporary,
  untrackProcessGroup,
  untrackTemporary,
} from '../write-folder';
import { sofficeCommand } from './pdf-tools';

export interface ConvertOptions {
  /** The LibreOffice program; `soffice` (or TTHC_SOFFICE) by default. */
  readonly command?: string;
  /** Beyond this LibreOffice is stopped and the conversion fails. */
  readonly timeoutMs?: number;
}

export const DEFAULT_TIMEOUT_MS = 120_000;

interface Run {
  readonly code: number | null;
  readonly timedOut: boolean;
  readonly output: string;
  readonly error?: Error;
}

/**
 * Runs LibreOffice in its own process group, so that a timeout stops soffice.bin too and not
 * only the launcher that started it. Ctrl+C in the terminal does not reach that group: it is
 * registered with the signal clean-up of the run (abandonPendingWrites), which stops it.
 */
function run(command: string, args: string[], timeoutMs: number): Promise<Run> {
  return new Promise((done) => {
    const child = spawn(command, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const pid = child.pid;
    if (pid !== undefined) trackProcessGroup(pid);
    let output = '';
    let timedOut = false;
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-pid!, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }, timeoutMs);
    const end = (r: Run) => {
      clearTimeout(timer);
      if (pid !== undefined) untrackProcessGroup(pid);
      done(r);
    };
    child.on('error', (error) => end({ code: null, timedOut, output, error }));
    child.on('close', (code) => end({ code, timedOut, output }));
  });
}

/**
 * Converts one .docx or .xlsx to PDF at `target` with LibreOffice in headless mode. Each call
 * has its own temporary profile and output folder, so conversions running at the same time do
 * not share LibreOffice's lock or overwrite each other's PDF (xep-hang-766.docx and .xlsx
 * would both become xep-hang-766.pdf). Returns null, or the issue that explains the failure;
 * `target` is written only on success.
 */
export async function convertToPdf(
  source: string,
  target: string,
  options: ConvertOptions = {},
): Promise<Issue | null> {
  const command = options.command ?? sofficeCommand();
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const work = mkdtempSync(join(tmpdir(), 'tthc-soffice-'));
  trackTemporary(work);
  const where = { file: basename(source) };
  try {
    const outDir = join(work, 'out');
    mkdirSync(outDir);
    const r = await run(
      command,
      [
        `-env:UserInstallation=${pathToFileURL(join(work, 'profile')).href}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'pdf',
        '--outdir',
        outDir,
        source,
      ],
      timeoutMs,
    );
    if (r.timedOut)
      return makeIssue(
        'PDF_CONVERSION_TIMEOUT',
        { seconds: formatNumber(timeoutMs / 1000) },
        where,
      );
    if (r.error)
      return makeIssue(
        (r.error as NodeJS.ErrnoException).code === 'ENOENT'
          ? 'SOFFICE_MISSING'
          : 'PDF_CONVERSION_FAILED',
        { command, reason: r.error.message },
        where,
      );
    // soffice exits 0 even when it could not load the file: the PDF itself is the proof.
    const made = join(outDir, `${basename(source, extname(source))}.pdf`);
    if (r.code !== 0 || !existsSync(made))
      return makeIssue(
        'PDF_CONVERSION_FAILED',
        { reason: r.output.trim().split('\n').slice(-3).join(' ') || `mã thoát ${r.code}` },
        where,
      );
    copyFileSync(made, target);
    return null;
  } finally {
    rmSync(work, { recursive: true, force: true });
    untrackTemporary(work);
  }
}
