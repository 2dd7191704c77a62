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

describe('hostile or broken frames: a located Vietnamese error, never a crash (issue 20)', () => {
  /** Text a message may not show: the YAML parser's English, or a regular expression. */
  const FOREIGN = /Map keys|must be|Invalid|Expected|regex|\/\^|\\d/;

  test('an alias bomb ("billion laughs") is refused, not expanded', () => {
    let bomb = 'l0: &l0 [x, x, x, x, x, x, x, x, x]\n';
    for (let i = 1; i < 10; i++)
      bomb += `l${i}: &l${i} [${Array(9)
        .fill(`*l${i - 1}`)
        .join(', ')}]\n`;
    const r = make(FRAME.replace('ky_hieu: UBND-HCC\n', `ky_hieu: UBND-HCC\n${bomb}`) + 'Thân.\n');
    expect(r.bytes).toBeNull();
    expect(r.issues.map((i) => i.code)).toEqual(['LETTER_YAML']);
    expect(r.issues[0]!.message).toContain('bí danh');
  });

  test.each([
    ['2026-02-30', 'ngày 30/02/2026 không có trên lịch'],
    ['2026-13', 'tháng 13 không có'],
    ['0026-01-25', 'năm 0026'],
    ['"25/08/2025"', '2026-04-28'],
  ])('ngay: %s is a LETTER_FIELD error saying why, in words', (date, why) => {
    const r = make(FRAME.replace('ngay: 2026-04-28', `ngay: ${date}`) + 'Thân.\n');
    expect(r.bytes).toBeNull();
    expect(r.issues.map((i) => `${i.code}:${i.location?.detail}`)).toEqual([
      'LETTER_FIELD:trường ngay',
    ]);
    expect(r.issues[0]!.message).toContain(why);
    expect(r.issues[0]!.message).not.toMatch(FOREIGN);
  });

  test('a field written twice: its line, in Vietnamese', () => {
    const r = make(FRAME.replace('so: 7\n', 'so: 7\nso: 8\n') + 'Thân.\n');
    expect(r.issues.map((i) => [i.code, i.location?.row])).toEqual([['LETTER_YAML', 5]]);
    expect(r.issues[0]!.message).toContain('đã có ở phía trên');
    expect(r.issues[0]!.message).not.toMatch(FOREIGN);
  });

  test('a frame nested a thousand levels deep is refused before the parser sees it', () => {
    const deep = Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i + 1)}- `).join('\n');
    const r = make(FRAME.replace('so: 7\n', `so: 7\nx:\n${deep}x\n`) + 'Thân.\n');
    expect(r.issues.map((i) => i.code)).toEqual(['LETTER_YAML']);
    expect(r.issues[0]!.message).toContain('quá sâu');
  });

  test('a bell and an escape in the body are removed with a warning, at their line', () => {
    const r = make(FRAME + 'Đoạn\u0007 một\u001b.\n');
    expect(r.bytes).not.toBeNull();
    expect(r.issues.map((i) => [i.code, i.severity, i.location?.row])).toEqual([
      ['LETTER_CONTROL_CHARACTERS', 'warning', 10],
    ]);
    const { readDocxText } = jest.requireActual('../../../src/ooxml/docx-text');
    const body = readDocxText(r.bytes!).body.map((p: { text: string }) => p.text);
    expect(body).toContain('Đoạn một.');
  });

  test('a right-to-left override in the summary is an error', () => {
    const r = make(
      FRAME.replace('trich_yeu: thử nghiệm', 'trich_yeu: thử \u202enghiệm') + 'Thân.\n',
    );
    expect(r.bytes).toBeNull();
    expect(r.issues.map((i) => [i.code, i.location?.row])).toEqual([['LETTER_BIDI_CONTROL', 6]]);
  });

  test('an empty file is FILE_EMPTY, with no line ("dòng 0")', () => {
    const r = make('');
    expect(r.issues).toEqual([
      expect.objectContaining({ code: 'FILE_EMPTY', location: { file: 'cv.md' } }),
    ]);
  });
});
