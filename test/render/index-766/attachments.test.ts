import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDocxText } from '../../../src/ooxml/docx-text';
import { preparePackage } from '../../../src/pipeline/prepare-package';
import { renderPackage } from '../../../src/render/render-package';
import { verifyAttachedLine } from '../../../src/verify/annex-attached';
import { copySample, removeTempFolders } from '../../helpers/sample-copy';
import { packageOf } from '../../helpers/sample-package';

afterAll(removeTempFolders);

/** A copy of the Lào Cai 766 sample whose letter frame gets `lines` after `luu:`. */
function sampleWith(lines: string): string {
  const dir = copySample('766');
  const file = join(dir, 'cong-van.md');
  writeFileSync(
    file,
    readFileSync(file, 'utf8').replace('luu: VT, HCC\n', `luu: VT, HCC\n${lines}`),
  );
  return dir;
}

const names = async (dir: string) =>
  (await renderPackage(await packageOf(dir))).map((f) => f.name).sort();

test('a letter without kem_theo sends every annex the data allows, as before letters chose', async () => {
  const files = await names(sampleWith(''));
  expect(files).toEqual(expect.arrayContaining(['xep-hang-766.docx', 'chi-tieu-don-vi.docx']));
});

test('kem_theo: [xep_hang] writes the ranking annex and not the per-unit indicators', async () => {
  const model = await packageOf(sampleWith('kem_theo: [xep_hang]\n'));
  expect(model.ranking).not.toBeNull();
  expect(model.compliance).toBeNull();
  const files = (await renderPackage(model)).map((f) => f.name);
  expect(files).toContain('xep-hang-766.docx');
  expect(files.some((f) => f.startsWith('chi-tieu'))).toBe(false);
});

test('kem_theo: [] writes no annex', async () => {
  const model = await packageOf(sampleWith('kem_theo: []\n'));
  expect([model.ranking, model.compliance]).toEqual([null, null]);
  const files = (await renderPackage(model)).map((f) => f.name);
  expect(files.filter((f) => /xep-hang|chi-tieu/.test(f))).toEqual([]);
});

test("an issued letter's annexes carry its number and date, not the blank date of ThongTin", async () => {
  const dir = sampleWith('kem_theo: [xep_hang, chi_tieu_don_vi]\n');
  const file = join(dir, 'cong-van.md');
  writeFileSync(
    file,
    readFileSync(file, 'utf8')
      .replace('so:\n', 'so: 862\n')
      .replace('ngay: 2025-08\n', 'ngay: 2025-08-26\n'),
  );
  const files = new Map((await renderPackage(await packageOf(dir))).map((f) => [f.name, f.bytes]));
  const line = '(Kèm theo Văn bản số 862/UBND-HCC ngày 26/8/2025 của UBND tỉnh Lào Cai)';
  for (const name of ['xep-hang-766.docx', 'chi-tieu-don-vi.docx']) {
    const texts = readDocxText(files.get(name)!).body.map((p) => p.text.replace(/\s+/g, ' '));
    expect([name, texts.includes(line)]).toEqual([name, true]);
  }
});

test('verify finds an annex whose "Kèm theo" line does not name the letter', async () => {
  const model = await packageOf(sampleWith('kem_theo: [xep_hang]\n'));
  const files = new Map((await renderPackage(model)).map((f) => [f.name, f.bytes]));
  const ranking = files.get('xep-hang-766.docx')!;
  const frame = model.annexFrame!;
  expect(verifyAttachedLine(ranking, frame, 'Lào Cai', 'xep-hang-766.docx')).toEqual([]);
  const issued = { ...frame, number: '862', isDraft: false };
  const found = verifyAttachedLine(ranking, issued, 'Lào Cai', 'xep-hang-766.docx');
  // The frame's "ngay: 2025-08" is the first of the month once the letter is issued.
  expect(found.map((m) => m.expected)).toEqual([
    '(Kèm theo Văn bản số 862/UBND-HCC ngày 01/8/2025 của UBND tỉnh Lào Cai)',
  ]);
});

test('a letter that says "kèm theo … xếp hạng" but sends nothing is warned, by code', async () => {
  const codes = async (lines: string) =>
    (await preparePackage({ data: sampleWith(lines) })).issues.map((i) => i.code);
  expect(await codes('kem_theo: []\n')).toContain('LETTER_ATTACHMENT_NONE');
  expect(await codes('kem_theo: [xep_hang]\n')).not.toContain('LETTER_ATTACHMENT_NONE');
  expect(await codes('kem_theo: [xep_hang]\n')).not.toContain('LETTER_ATTACHMENT_UNSAID');
});
