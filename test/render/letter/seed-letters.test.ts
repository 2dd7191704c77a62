// Seeds 001 and 004 (công văn) made from their content files in data/cong-van/. The expected
// text is the seed file itself (copied unchanged from ../shared/seeds into test/golden/seeds):
// each body paragraph of the produced letter must equal the seed's paragraph, and the frame
// must carry the seed's number blank, summary, date, recipients, Nơi nhận and signer.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../../src/tools/project-root';
import { readDocxText } from '../../../src/ooxml/docx-text';
import { letterFromText } from '../../helpers/sample-package';

const seedText = (name: string) =>
  readFileSync(join(projectRoot(), 'test', 'golden', 'seeds', name), 'utf8');
const plain = (s: string) => s.replace(/\*/g, '').replace(/\s+/g, ' ').trim();

/** The letter's paragraphs; the seed text wraps lines, so paragraphs are compared in plain form. */
function letterText(file: string): string[] {
  const path = join(projectRoot(), 'data', 'cong-van', file);
  const r = letterFromText(readFileSync(path, 'utf8'), path);
  expect(r.issues).toEqual([]);
  return readDocxText(r.bytes!).body.map((p) => p.text);
}

/** Seed paragraphs between two markers: blank lines separate them; seed 001 also starts one at " (4)". */
function seedParagraphs(name: string, from: string, to: string): string[] {
  const s = seedText(name);
  return s
    .slice(s.indexOf(from), s.indexOf(to))
    .replace(/\n(?= \()/g, '\n\n')
    .split(/\n\s*\n/)
    .map(plain)
    .filter(Boolean);
}

test.each([
  ['004-thuc-day-dvc-truc-tuyen.md', '004_206ebf5aad24001e.txt', 'Thực hiện các Công điện', 11],
  ['001-nang-cao-hieu-qua-giai-quyet-tthc.md', '001_5067461c90a8fe63.txt', 'Sau khi sắp xếp', 13],
])('%s: the body equals seed %s paragraph by paragraph', (file, seed, first, count) => {
  const expected = seedParagraphs(seed, first, 'Nơi nhận');
  expect(expected).toHaveLength(count);
  const text = letterText(file);
  const start = text.findIndex((t) => t.startsWith(first));
  expect(text.slice(start, start + expected.length).map(plain)).toEqual(expected);
});

test('seed 004 frame: number blank, V/v, place and date, Kính gửi, Nơi nhận, signer', () => {
  const text = letterText('004-thuc-day-dvc-truc-tuyen.md').join('\n');
  expect(text).toContain('ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI');
  expect(text).toContain('Số:      /UBND-HCC');
  // Broken where seed 004 breaks it (issue 16).
  expect(text).toContain(
    'V/v thúc đẩy thực hiện thủ tục hành chính,\ndịch vụ công trực tuyến liên thông, đồng bộ,\nhiệu quả, không bị gián đoạn',
  );
  expect(text).toContain('Lào Cai, ngày      tháng 4 năm 2026');
  expect(text).toContain(
    'Kính gửi:\n- Văn phòng Ủy ban nhân dân tỉnh;\n- Các sở, ban, ngành thuộc UBND tỉnh;\n- UBND các xã, phường;\n- Trung tâm Phục vụ hành chính công tỉnh.',
  );
  expect(text).toContain(
    'Nơi nhận:\n- Như kính gửi;\n- Chủ tịch UBND tỉnh;\n- Chánh Văn phòng UBND tỉnh;\n- Phó Chánh Văn phòng UBND tỉnh (đ/c Tú);\n- Trung tâm PVHCC tỉnh;\n- Lưu: VT, NC_(Khánh), HCC.',
  );
  expect(text).toMatch(/KT\. CHỦ TỊCH\nPHÓ CHỦ TỊCH(\n)+Giàng Quốc Hưng/);
});

test('seed 001 frame: day and month left blank, three recipients, signer Ngô Hạnh Phúc', () => {
  const text = letterText('001-nang-cao-hieu-qua-giai-quyet-tthc.md').join('\n');
  expect(text).toContain('Số:      /UBND-HCC');
  // Broken where seed 001 breaks it (issue 16).
  expect(text).toContain('V/v nâng cao hiệu quả giải quyết TTHC\nphục vụ người dân, doanh nghiệp');
  expect(text).toContain('Lào Cai, ngày      tháng      năm 2025');
  expect(text).toContain(
    'Kính gửi:\n- Các Sở, ban, ngành thuộc UBND tỉnh;\n- Các cơ quan Trung ương đóng tại địa phương;\n- Ủy ban nhân dân các xã, phường.',
  );
  expect(text).toContain('- Đ/c Ngô Hạnh Phúc - Phó Chủ tịch UBND tỉnh;');
  expect(text).toContain('- Lưu: VT, HCC.');
  expect(text).toMatch(/KT\. CHỦ TỊCH\nPHÓ CHỦ TỊCH(\n)+Ngô Hạnh Phúc/);
});
