// The words that differ between a tỉnh and the six thành phố trực thuộc trung ương (issue 16),
// typed from Nghị định 30/2020: Phụ lục I (place of the date line) and Phụ lục II, I.2
// (capitals of administrative names; "Thành phố Hồ Chí Minh" is written so everywhere).
import { readRegistry } from '../../src/ingest/read-registry';
import { placeName } from '../../src/domain/registry';
import { issuingBodyLines } from '../../src/domain/issuing-body';
import { provinceMention, provinceWords, textWidth } from '../../src/format';

const CASES = [
  // name, mention, committee, centre, header line, place
  [
    'Lào Cai',
    'tỉnh Lào Cai',
    'UBND tỉnh',
    'Trung tâm Phục vụ hành chính công tỉnh',
    'TỈNH LÀO CAI',
    'Lào Cai',
  ],
  [
    'Thành phố Hà Nội',
    'thành phố Hà Nội',
    'UBND thành phố Hà Nội',
    'Trung tâm Phục vụ hành chính công thành phố Hà Nội',
    'THÀNH PHỐ HÀ NỘI',
    'Hà Nội',
  ],
  [
    'Thành phố Hồ Chí Minh',
    'Thành phố Hồ Chí Minh',
    'UBND Thành phố Hồ Chí Minh',
    'Trung tâm Phục vụ hành chính công Thành phố Hồ Chí Minh',
    'THÀNH PHỐ HỒ CHÍ MINH',
    'Thành phố Hồ Chí Minh',
  ],
  [
    'Thành phố Hải Phòng',
    'thành phố Hải Phòng',
    'UBND thành phố Hải Phòng',
    'Trung tâm Phục vụ hành chính công thành phố Hải Phòng',
    'THÀNH PHỐ HẢI PHÒNG',
    'Hải Phòng',
  ],
  [
    'Thành phố Huế',
    'thành phố Huế',
    'UBND thành phố Huế',
    'Trung tâm Phục vụ hành chính công thành phố Huế',
    'THÀNH PHỐ HUẾ',
    'Huế',
  ],
  [
    'Thành phố Đà Nẵng',
    'thành phố Đà Nẵng',
    'UBND thành phố Đà Nẵng',
    'Trung tâm Phục vụ hành chính công thành phố Đà Nẵng',
    'THÀNH PHỐ ĐÀ NẴNG',
    'Đà Nẵng',
  ],
  [
    'Thành phố Cần Thơ',
    'thành phố Cần Thơ',
    'UBND thành phố Cần Thơ',
    'Trung tâm Phục vụ hành chính công thành phố Cần Thơ',
    'THÀNH PHỐ CẦN THƠ',
    'Cần Thơ',
  ],
] as const;

test.each(CASES)('%s', (name, mention, committee, centre, header, place) => {
  const w = provinceWords(name);
  expect([w.mention, w.committee, w.centre, w.headerLine, w.place]).toEqual([
    mention,
    committee,
    centre,
    header,
    place,
  ]);
  expect(provinceMention(name)).toBe(mention);
  expect(placeName({ code: '00', name })).toBe(place);
  expect(issuingBodyLines({ code: '00', name })).toEqual(['ỦY BAN NHÂN DÂN', header]);
});

test('the registry has exactly the six cities above, and 28 tỉnh', () => {
  const cities = readRegistry()
    .provinces.filter((p) => provinceWords(p.name).isCity)
    .map((p) => p.name)
    .sort();
  expect(cities).toEqual(
    CASES.slice(1)
      .map((c) => c[0])
      .sort(),
  );
  expect(readRegistry().provinces.length - cities.length).toBe(28);
});

test('text widths follow Times New Roman: digits half an em, a Vietnamese letter its base', () => {
  // 1.669.536 in bold 11 pt: 7 digits × 500 + 2 full stops × 250 = 4.000/1.000 em = 44 pt.
  expect(textWidth('1.669.536', { size: 11, bold: true })).toBeCloseTo((44 * 25.4) / 72, 5);
  expect(textWidth('Ệ', { size: 10 })).toBe(textWidth('E', { size: 10 }));
  // A decomposed (NFD) letter measures as its composed form; a line end measures nothing.
  expect(textWidth('Lào Cai\r'.normalize('NFD'), { size: 10 })).toBe(
    textWidth('Lào Cai', { size: 10 }),
  );
});
