// Issue 16: a content file naming another of the 34 provinces and cities (prose copied from
// another province's report) is a warning at its line.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatLocation } from '../../src/issues/location';
import { readLetterPackage, readPackage } from '../../src/ingest/read-package';
import { readRegistry } from '../../src/ingest/read-registry';
import { otherProvinceMentions } from '../../src/validate/content/other-province';
import {
  validateLetterPackage,
  validatePackage,
} from '../../src/validate/package/validate-package';
import { projectRoot } from '../../src/tools/project-root';
import { copySample, removeTempFolders, tempFolder } from '../helpers/sample-copy';

afterAll(removeTempFolders);

const registry = readRegistry();
const province = (name: string) => registry.provinces.find((p) => p.name === name)!;
const HCM = province('Thành phố Hồ Chí Minh');
const LAO_CAI = province('Lào Cai');

/** The names each line is warned about, as "line:found". */
const found = (texts: readonly string[], own = HCM) =>
  otherProvinceMentions(
    texts.map((text, i) => ({ text, line: i + 10 })),
    own,
    registry.provinces,
    'noi-dung.md',
  ).map((i) => `${i.location!.row}:${/viết "([^"]+)"/.exec(i.message)![1]}`);

test('"tỉnh X", "UBND tỉnh X", "thành phố X" naming another of the 34 are found, at their lines', () => {
  expect(
    found([
      'Tỉnh Sơn La đã ban hành Kế hoạch số 12/KH-UBND.',
      'Thực hiện chỉ đạo của UBND tỉnh Lào Cai, các sở đã rà soát.',
      'Phối hợp với thành phố Hà Nội và TP. Đà Nẵng trong việc chia sẻ dữ liệu.',
      'THÀNH PHỐ CẦN THƠ; Tỉnh ủy Sơn La',
    ]),
  ).toEqual([
    '10:Tỉnh Sơn La',
    '11:tỉnh Lào Cai',
    '12:thành phố Hà Nội',
    '12:TP. Đà Nẵng',
    '13:THÀNH PHỐ CẦN THƠ',
    '13:Tỉnh ủy Sơn La',
  ]);
});

test('the own province, communes named like a province and central bodies are not warned about', () => {
  expect(
    found([
      'UBND Thành phố Hồ Chí Minh chỉ đạo; thành phố Hồ Chí Minh (chữ thường) là chính mình.',
      // Communes of the 2025 registry that share a province's name.
      'Phường Phú Thọ, Phường Phú Thọ Hòa, xã Quảng Ninh, Phường Khánh Hòa, Xã Bắc Ninh Hòa.',
      // Central bodies and the capital's title.
      'Đại học Quốc gia Hà Nội, Đại học Quốc gia Thành phố Hồ Chí Minh, Thủ đô Hà Nội.',
      // Names the 34 do not hold, and a name that only begins like one.
      'tỉnh Yên Bái cũ, tỉnh Hà Giang cũ, tỉnh Sơn Lam, thành phố Thủ Đức.',
      'Bộ Tư pháp, Văn phòng Chính phủ, Cổng Dịch vụ công quốc gia.',
    ]),
  ).toEqual([]);
  expect(found(['Đại học Quốc gia Thành phố Hồ Chí Minh; Tỉnh Lào Cai'], LAO_CAI)).toEqual([]);
  expect(found(['Bộ Công an; Thành phố Hồ Chí Minh'], LAO_CAI)).toEqual([
    '10:Thành phố Hồ Chí Minh',
  ]);
});

test('the message says which province it names and which the report is, in Vietnamese', () => {
  const [issue] = otherProvinceMentions(
    [{ text: 'Tỉnh Sơn La đã rà soát.', line: 7 }],
    HCM,
    registry.provinces,
    'noi-dung.md',
  );
  expect(issue!.code).toBe('CONTENT_OTHER_PROVINCE');
  expect(issue!.severity).toBe('warning');
  expect(issue!.message).toContain('"Tỉnh Sơn La" — tỉnh Sơn La, không phải Thành phố Hồ Chí Minh');
  expect(formatLocation(issue!.location!)).toBe('noi-dung.md, dòng 7');
});

test('validating a package whose content file names Sơn La warns at that line and still passes', async () => {
  const dir = copySample('q1');
  const file = join(dir, 'noi-dung.md');
  const lines = readFileSync(file, 'utf8').split('\n');
  // A paragraph of a section (after the first heading), not the editor's preamble.
  const at = lines.findIndex(
    (l, i) =>
      i > lines.findIndex((h) => h.startsWith('## ')) + 1 && l.trim() !== '' && !l.startsWith('#'),
  );
  lines[at] = `${lines[at]} Học tập kinh nghiệm của UBND tỉnh Sơn La.`;
  writeFileSync(file, lines.join('\n'));
  const { inputs, issues } = validatePackage(await readPackage({ data: dir }));
  expect(inputs).not.toBeNull();
  const warned = issues.filter((i) => i.code === 'CONTENT_OTHER_PROVINCE');
  expect(warned.map((i) => [i.location?.row, i.location?.file])).toEqual([[at + 1, file]]);
});

test("a letter's body naming another province warns at its line too", async () => {
  const source = join(projectRoot(), 'data', 'cong-van', '004-thuc-day-dvc-truc-tuyen.md');
  const text = readFileSync(source, 'utf8');
  const file = join(tempFolder(), 'cong-van.md');
  const lines = text.split('\n');
  const at = lines.length - 2;
  expect(lines[at]!.trim()).not.toBe('');
  lines[at] = `${lines[at]} Tham khảo cách làm của thành phố Đà Nẵng.`;
  writeFileSync(file, lines.join('\n'));
  const { inputs, issues } = validateLetterPackage(await readLetterPackage({ letter: file }));
  expect(inputs).not.toBeNull();
  expect(
    issues.filter((i) => i.code === 'CONTENT_OTHER_PROVINCE').map((i) => i.location?.row),
  ).toEqual([at + 1]);
  // The letter as written names only its own province.
  writeFileSync(file, text);
  const plain = validateLetterPackage(await readLetterPackage({ letter: file }));
  expect(plain.issues.filter((i) => i.code === 'CONTENT_OTHER_PROVINCE')).toEqual([]);
});
