// Renders the first pages of every PDF under a folder to PNG, so that a person can look at
// the documents without a PDF viewer (npm run preview). Needs pdftoppm (poppler-utils).
//
//   npm run preview -- [folder=output] [--out <folder>/preview] [--pages 2] [--resolution 50]
//
// tron-bo.pdf is left out: its pages are those of the documents beside it.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { BUNDLE_FILE } from '../src/contract/package-files';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string' },
    pages: { type: 'string', default: '2' },
    resolution: { type: 'string', default: '50' },
  },
});
const root = positionals[0] ?? 'output';
const out = values.out ?? join(root, 'preview');
const pages = Number(values.pages);
const resolution = String(Number(values.resolution));

/** Every PDF under `dir`, the preview folder and bundles excepted, in a stable order. */
function pdfsUnder(dir: string): string[] {
  if (dir === out) return [];
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) =>
      e.isDirectory()
        ? pdfsUnder(join(dir, e.name))
        : e.name.endsWith('.pdf') && e.name !== BUNDLE_FILE
          ? [join(dir, e.name)]
          : [],
    );
}

const pageCount = (pdf: string) =>
  Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout)?.[1]);

mkdirSync(out, { recursive: true });
const written: string[] = [];
for (const pdf of pdfsUnder(root)) {
  // lao-cai-2026-q1/bao-cao.pdf → lao-cai-2026-q1-bao-cao-1.png
  const name = relative(root, pdf)
    .split(sep)
    .join('-')
    .replace(/\.pdf$/, '');
  for (let p = 1; p <= Math.min(pages, pageCount(pdf)); p++) {
    const prefix = join(out, `${name}-${p}`);
    const r = spawnSync(
      'pdftoppm',
      ['-png', '-r', resolution, '-f', String(p), '-l', String(p), '-singlefile', pdf, prefix],
      { encoding: 'utf8' },
    );
    if (r.status !== 0) {
      console.error(`Không vẽ được trang ${p} của "${pdf}": ${r.error?.message ?? r.stderr}`);
      process.exit(1);
    }
    written.push(basename(`${prefix}.png`));
  }
}
if (written.length === 0) {
  console.error(`Không có tệp PDF nào trong "${root}". Chạy trước: tthc build … --pdf`);
  process.exit(1);
}
console.log(`Đã vẽ ${written.length} trang vào "${out}":\n${written.join('\n')}`);
