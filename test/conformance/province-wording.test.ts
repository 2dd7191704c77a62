// The wording that depends on tỉnh or city (issue 16), for a province and the six cities: a
// letter of each, as `tthc letter` makes it, passes the conformance checker with the place of
// Nghị định 30/2020 (Phụ lục I); the checker rejects "Hồ Chí Minh, ngày", warns when a city's
// text calls it "tỉnh" and when "Thành phố Hồ Chí Minh" loses its capital (Phụ lục II).
import PizZip from 'pizzip';
import { checkFormat } from '../../src/conformance/check-format';
import { letterFromText } from '../helpers/sample-package';

/** A small letter of `province`, its body `body`. */
const letter = (province: string, body = 'Đề nghị các cơ quan, đơn vị thực hiện nghiêm túc.') =>
  [
    '---',
    'so:',
    'ky_hieu: UBND-HCC',
    'ngay: 2026-04',
    `tinh: ${province}`,
    'trich_yeu: thúc đẩy thực hiện thủ tục hành chính',
    'kinh_gui:',
    '  - Các sở, ban, ngành',
    'noi_nhan:',
    '  - Như kính gửi',
    'luu: VT, HCC',
    'ky:',
    '  tham_quyen: KT. CHỦ TỊCH',
    '  chuc_vu: PHÓ CHỦ TỊCH',
    '  ho_ten: Nguyễn Văn An',
    '---',
    '',
    body,
    '',
  ].join('\n');

function bytesOf(province: string, body?: string): Buffer {
  const made = letterFromText(letter(province, body));
  if (!made.bytes) throw new Error(JSON.stringify(made.issues, null, 2));
  return made.bytes;
}

const documentText = (bytes: Buffer) =>
  (
    new PizZip(bytes)
      .file('word/document.xml')!
      .asText()
      .match(/<w:t[^>]*>[^<]*<\/w:t>/g) ?? []
  )
    .map((t) => t.replace(/<[^>]+>/g, ''))
    .join('');

// Province (as the content file names it), header line, place of the date line: typed from
// Nghị định 30/2020, Phụ lục I (place) and the 2025 list of data/registry/tinh-thanh-2025.csv.
const CASES = [
  ['Lào Cai', 'TỈNH LÀO CAI', 'Lào Cai, ngày'],
  ['Hà Nội', 'THÀNH PHỐ HÀ NỘI', 'Hà Nội, ngày'],
  ['Hồ Chí Minh', 'THÀNH PHỐ HỒ CHÍ MINH', 'Thành phố Hồ Chí Minh, ngày'],
  ['Hải Phòng', 'THÀNH PHỐ HẢI PHÒNG', 'Hải Phòng, ngày'],
  ['Huế', 'THÀNH PHỐ HUẾ', 'Huế, ngày'],
  ['Đà Nẵng', 'THÀNH PHỐ ĐÀ NẴNG', 'Đà Nẵng, ngày'],
  ['Cần Thơ', 'THÀNH PHỐ CẦN THƠ', 'Cần Thơ, ngày'],
] as const;

test.each(CASES)('%s: header, place line, and no deviation', (province, header, place) => {
  const bytes = bytesOf(province);
  const text = documentText(bytes);
  expect(text).toContain(header);
  expect(text).toContain(place);
  if (!place.startsWith('Thành phố')) expect(text).not.toContain(`Thành phố ${place}`);
  expect(checkFormat(bytes, 'cv.docx').issues).toEqual([]);
});

/** The letter with one text of its document.xml replaced. */
function tampered(bytes: Buffer, from: string, to: string): Buffer {
  const zip = new PizZip(bytes);
  const xml = zip.file('word/document.xml')!.asText();
  expect(xml).toContain(from);
  zip.file('word/document.xml', xml.replace(from, to));
  return zip.generate({ type: 'nodebuffer' });
}

test('the checker rejects "Hồ Chí Minh, ngày" in a letter of Thành phố Hồ Chí Minh', () => {
  const bad = tampered(bytesOf('Hồ Chí Minh'), 'Thành phố Hồ Chí Minh, ngày', 'Hồ Chí Minh, ngày');
  const issues = checkFormat(bad, 'cv.docx').issues;
  expect(issues.map((i) => [i.code, i.severity, i.message])).toEqual([
    [
      'FORMAT_PLACE_DATE',
      'error',
      'Địa danh, ngày tháng: viết "Hồ Chí Minh", cần "Thành phố Hồ Chí Minh".',
    ],
  ]);
});

test('the checker rejects "Thành phố Hà Nội, ngày" and "Tỉnh Lào Cai, ngày"', () => {
  const hn = tampered(bytesOf('Hà Nội'), 'Hà Nội, ngày', 'Thành phố Hà Nội, ngày');
  expect(checkFormat(hn, 'cv.docx').issues.map((i) => i.code)).toEqual(['FORMAT_PLACE_DATE']);
  const lc = tampered(bytesOf('Lào Cai'), 'Lào Cai, ngày', 'Tỉnh Lào Cai, ngày');
  expect(checkFormat(lc, 'cv.docx').issues.map((i) => i.code)).toEqual(['FORMAT_PLACE_DATE']);
});

test('a city letter calling itself "tỉnh" or writing "thành phố Hồ Chí Minh" is warned', () => {
  const body =
    'UBND tỉnh yêu cầu các cơ quan trên địa bàn thành phố Hồ Chí Minh thực hiện nghiêm túc.';
  const issues = checkFormat(bytesOf('Hồ Chí Minh', body), 'cv.docx').issues;
  expect(issues.map((i) => [i.code, i.severity])).toEqual([
    ['FORMAT_CITY_WORDING', 'warning'],
    ['FORMAT_CITY_CAPITALS', 'warning'],
  ]);
  // A province calls itself "tỉnh"; "UBND tỉnh Đồng Nai" names another province.
  const province = 'UBND tỉnh phối hợp với UBND tỉnh Đồng Nai thực hiện nghiêm túc.';
  expect(checkFormat(bytesOf('Lào Cai', province), 'cv.docx').issues).toEqual([]);
  const city = 'UBND Thành phố Hồ Chí Minh phối hợp với UBND tỉnh Đồng Nai thực hiện.';
  expect(checkFormat(bytesOf('Hồ Chí Minh', city), 'cv.docx').issues).toEqual([]);
});

test('a city called "tỉnh" by its own name ("tỉnh Hà Nội", prose copied from a province) is warned', () => {
  const body = 'Các cơ quan, đơn vị trên địa bàn Tỉnh Hà Nội thực hiện nghiêm túc.';
  const issues = checkFormat(bytesOf('Hà Nội', body), 'cv.docx').issues;
  expect(issues.map((i) => [i.code, i.message.includes('"Tỉnh Hà Nội"')])).toEqual([
    ['FORMAT_CITY_WORDING', true],
  ]);
  // Its own name after "thành phố", and another province's name after "tỉnh", pass.
  const fine =
    'UBND thành phố Hà Nội phối hợp với UBND tỉnh Hà Nam cũ và tỉnh Ninh Bình thực hiện.';
  expect(checkFormat(bytesOf('Hà Nội', fine), 'cv.docx').issues).toEqual([]);
});
