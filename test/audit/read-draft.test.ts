import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { draftFromText } from '../../src/audit/draft-from-text';
import { draftOf } from '../../src/cli/commands/audit';
import { readDraft } from '../../src/ingest/read-draft';
import { tonePlacementKey, looseKey } from '../../src/domain/spelling-key';
import { formatLocation } from '../../src/issues/location';
import PizZip from 'pizzip';
import type { Issue } from '../../src/issues/issue';
import { readDocxText } from '../../src/ooxml/docx-text';
import { auditBytes, generatedDrafts } from '../helpers/generated-drafts';
import { removeTempFolders, tempFolder } from '../helpers/sample-copy';
import { lyingBomb, ratioBomb } from '../helpers/large-inputs';

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
  // Said as check-format says it (issue 20: the two commands agree on what is unreadable).
  expect(readDraft(join(dir, 'hong.docx'))).toMatchObject({
    code: 'FORMAT_UNREADABLE',
    severity: 'error',
    message: expect.stringContaining('không phải dạng .docx'),
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

test('a .txt in UTF-16 (Notepad\'s "Unicode") is read; one in Windows-1258 is refused with its line', () => {
  const dir = tempFolder('tthc-read-draft-');
  const text =
    'Tổng số: 1.008 TTHC (trong đó: 585 TTHC sửa đổi; 132 TTHC ban hành mới; 300 TTHC bãi bỏ).';
  writeFileSync(
    join(dir, 'u16.txt'),
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${text}\r\n`, 'utf16le')]),
  );
  const utf16 = readDraft(join(dir, 'u16.txt'));
  expect('kind' in utf16 && draftOf(utf16).paragraphs.map((p) => p.text)).toEqual([text]);
  // "Tôi có 3 Kế hoạch" in Windows-1258, on the second line.
  const cp1258 = Buffer.concat([
    Buffer.from('Bao cao\n'),
    Buffer.from('54f4692063f320332048ea20686fe163680a', 'hex'),
  ]);
  writeFileSync(join(dir, 'cp1258.txt'), cp1258);
  const refused = readDraft(join(dir, 'cp1258.txt'));
  expect(refused).toMatchObject({
    code: 'AUDIT_FILE_ENCODING',
    severity: 'error',
    location: { file: 'cp1258.txt', row: 2 },
  });
  expect((refused as Issue).message).toContain('UTF-8');
});

describe('Word text as Word shows it', () => {
  let letter: Buffer;
  beforeAll(async () => {
    letter = (await generatedDrafts()).find((d) => d.name === 'cong-van-766.docx')!.bytes;
  });
  const edit = (bytes: Buffer, from: RegExp, to: string) => {
    const zip = new PizZip(bytes);
    const xml = zip.file('word/document.xml')!.asText();
    expect(xml).toMatch(from);
    zip.file('word/document.xml', xml.replace(from, to));
    return zip.generate({ type: 'nodebuffer' });
  };
  const bodyText = (bytes: Buffer) =>
    readDocxText(bytes)
      .body.map((p) => p.text)
      .join('\n');

  test('Word\'s non-breaking hyphen is a hyphen: "766/QĐ-TTg" stays a decision of the Prime Minister', async () => {
    const nbh = edit(letter, /QĐ-TTg/g, 'QĐ</w:t><w:noBreakHyphen/><w:t xml:space="preserve">TTg');
    expect(bodyText(nbh)).toContain('766/QĐ-TTg ngày 23/6/2022');
    const r = await auditBytes('nbh.docx', nbh);
    expect(r.findings.map((f) => f.code)).toEqual(['AUDIT_SCORE_SUM_ROUNDING']);
  });

  test('a tab parts words, a soft hyphen and tab stops add nothing, character references are read', () => {
    const edited = edit(
      edit(
        edit(
          letter,
          /23\/6\/2022 của Thủ tướng/,
          '23/6/2022</w:t><w:tab/><w:t xml:space="preserve">của Thủ tư</w:t><w:softHyphen/><w:t xml:space="preserve">ớng',
        ),
        /<w:pPr>/,
        '<w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs>',
      ),
      /Bộ chỉ số 766/,
      'Bộ ch&#7881; s&#x1ED1; 766',
    );
    const text = bodyText(edited);
    expect(text).toContain('23/6/2022\tcủa Thủ tướng');
    expect(text).toContain('Bộ chỉ số 766');
    expect(bodyText(edited).split('\n')[0]).toBe(bodyText(letter).split('\n')[0]);
  });

  test('a zip bomb is refused before it is unpacked, and so is a part that lies about its size', () => {
    const dir = tempFolder('tthc-read-draft-');
    writeFileSync(join(dir, 'bom.docx'), ratioBomb(letter));
    expect(readDraft(join(dir, 'bom.docx'))).toMatchObject({
      code: 'DOCX_LIMIT',
      message: expect.stringContaining('tỷ lệ nén (xl/media/padding.xml)'),
      location: { file: 'bom.docx' },
    });
    writeFileSync(join(dir, 'noi-doi.docx'), lyingBomb(letter));
    expect(readDraft(join(dir, 'noi-doi.docx'))).toMatchObject({
      code: 'DOCX_LIMIT',
      message: expect.stringContaining(
        'dung lượng thật khác dung lượng khai báo (xl/media/padding.xml)',
      ),
    });
  });
});
