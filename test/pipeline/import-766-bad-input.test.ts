// Bad portal captures (issue 14, "Bad input"): each case of test/helpers/portal-corpus.ts is an
// official's mistake on a copy of the real Phú Thọ captures; each must give its located
// Vietnamese error and leave the dataset's folder as it was.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { importPortal766 } from '../../src/pipeline/import-766';
import { copyCaptures, PORTAL_CASES } from '../helpers/portal-corpus';
import { removeTempFolders, tempFolder } from '../helpers/sample-copy';

afterAll(removeTempFolders);

let base = '';
beforeAll(() => {
  base = join(tempFolder('tthc-import-base-'), 'du-lieu');
  const r = importPortal766({
    captures: copyCaptures(),
    province: '25',
    asOf: '2026-09-26',
    out: base,
    force: false,
  });
  expect(r.status).toBe('written');
});

test.each(PORTAL_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
  const captures = copyCaptures();
  const out = tempFolder('tthc-import-out-');
  c.make(captures, out, base);
  const before = readdirSync(out).sort();
  const r = importPortal766({
    captures,
    province: c.province ?? '25',
    asOf: '2026-09-26',
    out,
    force: false,
  });
  expect(r.status).toBe('refused');
  if (r.status !== 'refused') return;
  const errors = r.issues.filter((i) => i.severity === 'error');
  expect([...new Set(errors.map((i) => i.code))].sort()).toEqual([...c.errors].sort());
  const first = errors.find((i) => i.code === c.errors[0])!;
  expect(first.location).toMatchObject(c.at);
  for (const m of c.mentions) expect(first.message).toContain(m);
  // Vietnamese, and nothing written: the folder holds what the case put there, no more.
  expect(first.message).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/u);
  expect(readdirSync(out).sort()).toEqual(before);
  expect(existsSync(join(out, 'ChiSo766.csv'))).toBe(false);
});
