import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { draftFromText } from '../../src/audit/draft-from-text';
import { readDraft } from '../../src/ingest/read-draft';
import { tonePlacementKey, looseKey } from '../../src/domain/spelling-key';
import { formatLocation } from '../../src/issues/location';
import { removeTempFolders, tempFolder } from '../helpers/sample-copy';

afterAll(removeTempFolders);

test('Markdown: the front matter is skipped, its province kept; footnotes numbered as called', () => {
  const d = draftFromText(
    [
      '---',
      'tinh: Lai Châu',
      '---',
      'Đã ban hành 02 Kế hoạch[^kh] và **05 văn bản**[^vb].',
      '',
      '[^vb]: Văn bản số 1/UBND-HCC.',
      '[^kh]: Kế hoạch số 2/KH-UBND; Kế hoạch số 3/KH-UBND.',
    ].join('\n'),
    'x.md',
    'md',
  );
  expect(d.provinceHint).toBe('Lai Châu');
  expect(d.paragraphs.map((p) => p.text)).toEqual(['Đã ban hành 02 Kế hoạch và 05 văn bản.']);
  expect(d.paragraphs[0]!.notes).toEqual([
    { at: 23, footnote: 1 },
    { at: 37, footnote: 2 },
  ]);
  expect(d.footnotes.map((f) => [f.number, f.text])).toEqual([
    [2, 'Văn bản số 1/UBND-HCC.'],
    [1, 'Kế hoạch số 2/KH-UBND; Kế hoạch số 3/KH-UBND.'],
  ]);
});

test('text from a PDF: wrapped lines joined, list items and headings apart, footnotes found', () => {
  const d = draftFromText(
    [
      'Tỉnh đạt 82,16 điểm, giảm1 (Công khai đạt 15,34/18 điểm, Tiến độ giải quyết ',
      'đạt 18,95/20 điểm2).',
      '- Một ý;',
      '- Ý khác theo Quyết định số 766/QĐ-',
      'TTg.',
      '',
      '1 Một số đơn vị xếp thứ hạng thấp: Ngũ Chỉ Sơn;',
      'Tân Hợp.',
      '2 Một số đơn vị có hồ sơ quá hạn.',
      ' 1. Các sở, ban, ngành',
      'Quán triệt, triển khai nghiêm túc',
      '',
      'các văn bản sau.',
      'Kế hoạch¹ đã ban hành.',
    ].join('\n'),
    'x.txt',
    'txt',
  );
  expect(d.paragraphs.map((p) => p.text)).toEqual([
    'Tỉnh đạt 82,16 điểm, giảm (Công khai đạt 15,34/18 điểm, Tiến độ giải quyết đạt 18,95/20 điểm).',
    '- Một ý;',
    '- Ý khác theo Quyết định số 766/QĐ-TTg.',
    '1. Các sở, ban, ngành',
    'Quán triệt, triển khai nghiêm túc các văn bản sau. Kế hoạch đã ban hành.',
  ]);
  expect(d.paragraphs[0]!.notes.map((n) => n.footnote)).toEqual([1, 2]);
  expect(d.paragraphs[4]!.notes).toEqual([{ at: 59, footnote: 1 }]);
  expect(d.footnotes.map((f) => [f.number, f.text])).toEqual([
    [1, 'Một số đơn vị xếp thứ hạng thấp: Ngũ Chỉ Sơn; Tân Hợp.'],
    [2, 'Một số đơn vị có hồ sơ quá hạn.'],
  ]);
});

test('a missing, foreign or broken file is one clear issue', () => {
  const dir = tempFolder('tthc-read-draft-');
  expect(readDraft(join(dir, 'khong-co.docx'))).toMatchObject({ code: 'AUDIT_FILE_MISSING' });
  writeFileSync(join(dir, 'bang.xlsx'), 'x');
  expect(readDraft(join(dir, 'bang.xlsx'))).toMatchObject({ code: 'AUDIT_FILE_UNSUPPORTED' });
  writeFileSync(join(dir, 'hong.docx'), 'không phải zip');
  expect(readDraft(join(dir, 'hong.docx'))).toMatchObject({
    code: 'AUDIT_FILE_UNREADABLE',
    severity: 'error',
  });
});

test('both tone placements of "oa", "oe", "uy" are one spelling; a tone elsewhere is not', () => {
  expect(tonePlacementKey('Sở Văn hoá')).toBe(tonePlacementKey('Sở Văn hóa'));
  expect(tonePlacementKey('Uỷ ban')).toBe(tonePlacementKey('Ủy ban'));
  expect(tonePlacementKey('Tằng Lỏong')).not.toBe(tonePlacementKey('Tằng Loỏng'));
  expect(tonePlacementKey('quý')).toBe('quý');
  expect(looseKey('Sở Công thương')).toBe(looseKey('Sở  Công Thương'));
});

test('a place in a text document: paragraph or footnote, and sentence', () => {
  expect(formatLocation({ file: 'bao-cao.docx', paragraph: 57, sentence: 1 })).toBe(
    'bao-cao.docx, đoạn 57, câu 1',
  );
  expect(formatLocation({ file: 'a.txt', footnote: 2, sentence: 3 })).toBe(
    'a.txt, chú thích 2, câu 3',
  );
});
