import { letterFromText } from '../../helpers/sample-package';

const FRAME = `---
ky_hieu: UBND-HCC
ngay: 2026-04-28
so: 7
tinh: 15
trich_yeu: thử nghiệm
kinh_gui: [Bộ Tư pháp]
ky: { tham_quyen: KT. CHỦ TỊCH, chuc_vu: PHÓ CHỦ TỊCH, ho_ten: Nguyễn Văn A }
---
`;

const make = (text: string) => letterFromText(text);

test('a letter without its frame is refused with LETTER_NO_FRAME', () => {
  expect(make('Nội dung thôi.').issues.map((i) => i.code)).toEqual(['LETTER_NO_FRAME']);
});

test('every wrong field of the frame is named at once', () => {
  const r = make(
    FRAME.replace('trich_yeu: thử nghiệm\n', '').replace('ho_ten: Nguyễn Văn A', 'ho_ten: ""') +
      'Thân.\n',
  );
  expect(r.bytes).toBeNull();
  expect(r.issues.map((i) => `${i.code}:${i.location?.detail}`).sort()).toEqual([
    'LETTER_FIELD:trường ky.ho_ten',
    'LETTER_FIELD:trường trich_yeu',
  ]);
  expect(r.issues[0]!.message).toMatch(/Trường "(trich_yeu|ky\.ho_ten)"/);
});

test('YAML syntax errors carry their line in the file', () => {
  const r = make(FRAME.replace('tinh: 15', 'tinh: [15') + 'Thân.\n');
  expect(r.issues[0]!.code).toBe('LETTER_YAML');
  expect(r.issues[0]!.location?.row).toBeGreaterThan(1);
});

test('one recipient on the Kính gửi line; number 7 printed 07; footnotes numbered in order', () => {
  const r = make(
    FRAME + 'Đoạn một[^b].\n\nĐoạn hai[^a].\n\n[^a]: Chú thích A.\n[^b]: Chú thích B.\n',
  );
  expect(r.issues).toEqual([]);
  const { readDocxText } = jest.requireActual('../../../src/ooxml/docx-text');
  const t = readDocxText(r.bytes!);
  const body = t.body.map((p: { text: string }) => p.text).join('\n');
  expect(body).toContain('Kính gửi: Bộ Tư pháp.');
  expect(body).toContain('Số: 07/UBND-HCC');
  expect(body).toContain('Lào Cai, ngày 28 tháng 4 năm 2026');
  expect(body).toContain('Đoạn một[^1].\nĐoạn hai[^2].');
  expect([...t.footnotes.values()]).toEqual(['Chú thích B.', 'Chú thích A.']);
});

test('a footnote mark without its text is an error at its line', () => {
  const r = make(FRAME + 'Đoạn[^x].\n');
  expect(r.issues.map((i) => [i.code, i.location?.row])).toEqual([
    ['LETTER_FOOTNOTE_UNDEFINED', 10],
  ]);
});
