// Seed 004 (công văn, prose only) made from data/cong-van/004-….md. The expected text is the
// seed file itself: each body paragraph of the produced letter must equal the seed's paragraph.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readLetter, type RawLetter } from '../../../src/ingest/read-letter';
import { projectRoot, readRegistry } from '../../../src/ingest/read-registry';
import { makeLetter } from '../../../src/render/letter/make-letter';
import { readDocxText } from '../../../src/verify/docx-text';

// ../shared sits beside the project for every developer and for CI (shared/README.md).
const seed = readFileSync(
  join(projectRoot(), '..', 'shared', 'seeds', '004_206ebf5aad24001e.txt'),
  'utf8',
);
const plain = (s: string) => s.replace(/\*/g, '').replace(/\s+/g, ' ').trim();

const letter = () => {
  const raw = readLetter(join(projectRoot(), 'data', 'cong-van', '004-thuc-day-dvc-truc-tuyen.md'));
  expect('frame' in raw).toBe(true);
  const r = makeLetter(raw as RawLetter, readRegistry());
  expect(r.issues).toEqual([]);
  return readDocxText(r.bytes!).body.map((p) => p.text);
};

test('the body equals the seed paragraph by paragraph', () => {
  const text = letter();
  const from = seed.indexOf('Thực hiện các Công điện');
  const expected = seed
    .slice(from, seed.indexOf('Nơi nhận:'))
    .split(/\n\s*\n/)
    .map(plain)
    .filter(Boolean);
  const start = text.findIndex((t) => t.startsWith('Thực hiện các Công điện'));
  expect(text.slice(start, start + expected.length).map(plain)).toEqual(expected);
});

test('the frame: number left blank, V/v, place and date, Kính gửi, Nơi nhận, signer', () => {
  const text = letter().join('\n');
  expect(text).toContain('ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI');
  expect(text).toContain('Số:      /UBND-HCC');
  expect(text).toContain(
    'V/v thúc đẩy thực hiện thủ tục hành chính, dịch vụ công trực tuyến liên thông, đồng bộ, hiệu quả, không bị gián đoạn',
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
