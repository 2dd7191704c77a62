import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeIssue } from '../../src/issues/issue';
import { buildPackage } from '../../src/pipeline/build-package';
import { preparePackage } from '../../src/pipeline/prepare-package';
import type { PdfConverter, PdfJob } from '../../src/render/pdf/converter/converter';
import * as verify from '../../src/verify/verify-package';

// `tthc build --pdf` reads the Word and Excel files back while LibreOffice converts them (issue
// 19: LibreOffice runs in processes of its own, the read-back on this thread). The converter
// below ends only once the read-back has started; a build that waited for the conversion
// before reading back would make it give up.

const GIVE_UP_MS = 10_000;

let out: string;
beforeEach(() => {
  out = mkdtempSync(join(tmpdir(), 'tthc-overlap-'));
});
afterEach(() => {
  jest.restoreAllMocks();
  rmSync(out, { recursive: true, force: true });
});

/** A converter that fails every file, after waiting (at most GIVE_UP_MS) for `ready`. */
function waitingConverter(ready: () => boolean, events: string[]): PdfConverter {
  return {
    kind: 'cold',
    async convert(jobs: readonly PdfJob[]) {
      events.push('conversion started');
      const start = Date.now();
      while (!ready() && Date.now() - start < GIVE_UP_MS)
        await new Promise((r) => setTimeout(r, 20));
      events.push(ready() ? 'conversion ended after the read-back began' : 'conversion gave up');
      const reason = 'thử nghiệm';
      return {
        issues: jobs.map((j) => makeIssue('PDF_CONVERSION_FAILED', { reason }, { file: j.source })),
        warnings: [],
      };
    },
    close: async () => undefined,
  };
}

test('the Office files are read back while the conversion runs; its failure still refuses the build', async () => {
  const events: string[] = [];
  const real = verify.verifyOfficeFiles;
  let readBackStarted = false;
  jest.spyOn(verify, 'verifyOfficeFiles').mockImplementation((read, model) => {
    readBackStarted = true;
    events.push('read-back started');
    return real(read, model);
  });
  const { model } = await preparePackage({ data: 'data/lao-cai-2026-q1' });
  const result = await buildPackage(model!, {
    out,
    force: false,
    pdf: true,
    converter: waitingConverter(() => readBackStarted, events),
  });
  expect(events).toEqual([
    'conversion started',
    'read-back started',
    'conversion ended after the read-back began',
  ]);
  // The conversion's failure is what the build reports, and nothing reaches the output.
  expect(result.status).toBe('refused');
  if (result.status !== 'refused') return;
  expect(result.reason).toBe('pdf');
  expect(result.issues.every((i) => i.code === 'PDF_CONVERSION_FAILED')).toBe(true);
  expect(existsSync(join(out, 'lao-cai-2026-q1'))).toBe(false);
}, 60_000);
