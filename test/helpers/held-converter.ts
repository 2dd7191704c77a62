import { basename } from 'node:path';
import { makeIssue } from '../../src/issues/issue';
import type { PdfConversion, PdfConverter, PdfJob } from '../../src/render/pdf/converter/converter';

/**
 * A PDF converter that holds every call until it is released or closed, then fails each file:
 * a build that stays "running" as long as a test needs, without LibreOffice and without timing.
 */
export class HeldConverter implements PdfConverter {
  readonly kind = 'cold' as const;
  calls = 0;
  closed = false;
  private release!: () => void;
  private readonly held = new Promise<void>((done) => (this.release = done));
  private started: (() => void)[] = [];

  async convert(jobs: readonly PdfJob[]): Promise<PdfConversion> {
    this.calls++;
    for (const s of this.started.splice(0)) s();
    await this.held;
    return {
      issues: jobs.map((j) =>
        makeIssue('PDF_CONVERSION_FAILED', { reason: 'thử nghiệm' }, { file: basename(j.source) }),
      ),
      warnings: [],
    };
  }

  /** Resolves when a build has reached the converter (`calls` reaches `n`). */
  reached(n: number): Promise<void> {
    if (this.calls >= n) return Promise.resolve();
    return new Promise((done) => this.started.push(() => void this.reached(n).then(done)));
  }

  /** Lets every held call (and every later one) end. */
  open(): void {
    this.release();
  }

  async close(): Promise<void> {
    this.closed = true;
    this.release();
  }
}
