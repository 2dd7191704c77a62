// Single checks on short texts typed here, each with what it must and must not report.
import { auditDraft } from '../../src/audit/audit-draft';
import { buildContext } from '../../src/audit/build-context';
import { draftFromText } from '../../src/audit/draft-from-text';
import { readAgencyNames, readLegalRegistry } from '../../src/ingest/read-legal-registry';
import type { RawTable } from '../../src/domain/raw-table';
import { readRegistry } from '../../src/ingest/read-registry';
import { validateLegalRegistry } from '../../src/validate/legal-registry';

const registry = readRegistry();
const legal = validateLegalRegistry(readLegalRegistry() as RawTable).documents;

/** [code, message] of every finding of a one-paragraph Markdown draft about Lào Cai. */
function audit(line: string): [string, string][] {
  const draft = draftFromText(`---\ntinh: Lào Cai\n---\n${line}`, 'x.md', 'md');
  const ctx = buildContext(draft, { registry, agencies: readAgencyNames(), legal });
  return auditDraft(draft, ctx).map((i) => [i.code, i.message]);
}
const codes = (line: string) => audit(line).map(([c]) => c);

test('how numbers are written: leading zeros and separators, only for counts and scores', () => {
  expect(
    audit('Ban hành 3 Kế hoạch, tiếp nhận 176,319 hồ sơ, công bố 1008 TTHC, đạt 82.16 điểm.'),
  ).toEqual([
    ['AUDIT_LEADING_ZERO', expect.stringContaining('"03 Kế hoạch"')],
    ['AUDIT_SEPARATOR', expect.stringContaining('"176.319 hồ sơ"')],
    ['AUDIT_SEPARATOR', expect.stringContaining('"1.008 TTHC"')],
    ['AUDIT_SEPARATOR', expect.stringContaining('"82,16 điểm"')],
  ]);
  expect(
    codes(
      'Theo khoản 2 Điều 3 Nghị định, năm 2026, trẻ em dưới 6 tuổi, quá 8 giờ, mức độ 2, mục 2.',
    ),
  ).toEqual([]);
});

test('scores: whole numbers are read as hundredths, so 80 against 83 is no rounding', () => {
  expect(
    codes(
      'Tỉnh đạt 80 điểm (Công khai đạt 15/18 điểm, Tiến độ đạt 20/20 điểm, Dịch vụ công đạt 20/22 điểm, Hài lòng đạt 18/18 điểm, Số hóa đạt 10/22 điểm).',
    ),
  ).toEqual(['AUDIT_SCORE_SUM_MISMATCH']);
  expect(
    codes('Tỉnh đạt 50,02 điểm (Nhóm A đạt 25,01/30 điểm, nhóm B đạt 25,02/30 điểm).'),
  ).toEqual(['AUDIT_SCORE_SUM_ROUNDING']);
  expect(
    codes('Tỉnh đạt 50,03 điểm (Nhóm A đạt 25,01/30 điểm, nhóm B đạt 25,02/30 điểm).'),
  ).toEqual([]);
});

test('percentages beside their fraction, either way round', () => {
  expect(codes('Đã xử lý 17/18 (94,44%) PAKN; đạt 98,04% (100/102 hồ sơ).')).toEqual([]);
  expect(audit('Đạt 98,50% (100/102 hồ sơ).')).toEqual([
    ['AUDIT_PERCENT_MISMATCH', expect.stringContaining('100/102 bằng 98,04%')],
  ]);
});

test('agencies: capitals, slips of a few letters; another agency is no misspelling', () => {
  expect(
    audit(
      'Sở Tư phap chỉ đạo; Sở Y Tế; Sở Văn hoá, Thể thao và Du lịch; Sở Tài nguyên và Môi trường.',
    ),
  ).toEqual([
    ['AUDIT_UNIT_MISSPELT', expect.stringContaining('"Sở Tư pháp"')],
    ['AUDIT_UNIT_CASE', expect.stringContaining('"Sở Y tế"')],
  ]);
});

test('communes of the province: misspelt, unknown, and never the words of "CỘNG HÒA XÃ HỘI"', () => {
  expect(
    audit(
      'UBND xã Tằng Lỏong, UBND xã Bình Minh Xanh, phường Cam Đường; CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM.',
    ),
  ).toEqual([
    ['AUDIT_UNIT_MISSPELT', expect.stringContaining('"Tằng Loỏng"')],
    ['AUDIT_UNIT_UNKNOWN', expect.stringContaining('"Bình Minh Xanh"')],
  ]);
  expect(codes('UBND các xã, phường: Nghĩa Tâm, Cam Đường, Cầu Thia. Một số xã chưa có.')).toEqual(
    [],
  );
});

test('citations: a document outside the registry gets the form checks only', () => {
  expect(
    codes('Theo Quyết định số 12/QĐ-UBND ngày 05/3/2026 và Công văn số 7/UBND-HCC ngày 06/3/2026.'),
  ).toEqual([]);
  expect(codes('Theo Thông tư số 05/2026/QĐ-BTP ngày 05/3/2026.')).toEqual(['AUDIT_CITATION_KIND']);
  expect(codes('Theo Nghị định số 30/2020/NĐ-CP của Thủ tướng Chính phủ.')).toEqual([
    'AUDIT_CITATION_ISSUER',
  ]);
});

/** [code, message] of every finding of a plain-text draft (no front matter). */
function auditText(text: string, format: 'txt' | 'md' = 'txt'): [string, string][] {
  const draft = draftFromText(text, `x.${format}`, format);
  const ctx = buildContext(draft, { registry, agencies: readAgencyNames(), legal });
  return auditDraft(draft, ctx).map((i) => [i.code, i.message]);
}

test('a fraction with thousands in its denominator, before or after its percentage', () => {
  // 164.492 / 167.004 = 98,4958…%, written 98,50%.
  expect(codes('Tỷ lệ đúng hạn đạt 98,50% (164.492/167.004 hồ sơ).')).toEqual([]);
  expect(codes('Đã giải quyết 164.492/167.004 hồ sơ (đạt 98,50%).')).toEqual([]);
  expect(codes('Đạt 95,83% (1.150/1.200 hồ sơ).')).toEqual([]);
  expect(audit('Tỷ lệ đúng hạn đạt 97,50% (164.492/167.004 hồ sơ).')).toEqual([
    ['AUDIT_PERCENT_MISMATCH', expect.stringContaining('164.492/167.004 bằng 98,50%')],
  ]);
  expect(audit('Đã giải quyết 164.492/167.004 hồ sơ (đạt 97,50%).')).toEqual([
    ['AUDIT_PERCENT_MISMATCH', expect.stringContaining('164.492/167.004 bằng 98,50%')],
  ]);
});

test('two breakdowns in one sentence are two: the second total is no part of the first', () => {
  const text =
    'Trong kỳ, Trung tâm tiếp nhận 1.250 hồ sơ, trong đó: 1.000 hồ sơ trực tuyến, 250 hồ sơ trực tiếp; đã giải quyết 1.200 hồ sơ, trong đó: 1.150 hồ sơ đúng hạn, 50 hồ sơ quá hạn.';
  expect(codes(text)).toEqual([]);
  // Each breakdown is still checked.
  expect(audit(text.replace('50 hồ sơ quá hạn', '40 hồ sơ quá hạn'))).toEqual([
    ['AUDIT_SUM_MISMATCH', expect.stringContaining('1.150 + 40 = 1.190')],
  ]);
  expect(audit(text.replace('250 hồ sơ trực tiếp', '205 hồ sơ trực tiếp'))).toEqual([
    ['AUDIT_SUM_MISMATCH', expect.stringContaining('1.000 + 205 = 1.205')],
  ]);
});

test('a bracket after a total breaks it down only when it says so', () => {
  expect(
    codes(
      'Trong kỳ, toàn tỉnh tiếp nhận 53.225 hồ sơ (tăng 1.250 hồ sơ so với quý trước, giảm 320 hồ sơ so với cùng kỳ năm 2025).',
    ),
  ).toEqual([]);
  expect(
    codes('Số TTHC được công bố là 2.148 TTHC (cấp tỉnh 1.650 TTHC, cấp xã 490 TTHC).'),
  ).toEqual([]);
  expect(codes('Đã công bố 2.148 TTHC (trong đó: cấp tỉnh 1.650 TTHC, cấp xã 490 TTHC).')).toEqual([
    'AUDIT_SUM_MISMATCH',
  ]);
  expect(codes('Đã công bố 2.148 TTHC (cấp tỉnh: 1.650 TTHC; cấp xã: 490 TTHC).')).toEqual([
    'AUDIT_SUM_MISMATCH',
  ]);
  expect(codes('Đã công bố 2.148 TTHC (gồm 1.650 TTHC cấp tỉnh và 490 TTHC cấp xã).')).toEqual([
    'AUDIT_SUM_MISMATCH',
  ]);
});

test('a bare "trong đó" may name some parts only: less than the total passes, more does not', () => {
  expect(
    codes('Đã tiếp nhận 1.250 hồ sơ (trong đó 300 hồ sơ trực tuyến, 20 hồ sơ bổ sung).'),
  ).toEqual([]);
  expect(
    codes('Đã tiếp nhận 1.250 hồ sơ, trong đó 1.300 hồ sơ trực tuyến, 20 hồ sơ bổ sung.'),
  ).toEqual(['AUDIT_SUM_MISMATCH']);
  expect(
    codes('Tổng số cán bộ: 25 người, trong đó: 01 Giám đốc, 02 Phó Giám đốc, 22 công chức.'),
  ).toEqual([]);
  expect(codes('Năm 2025, tỉnh có 99 xã, phường, trong đó 89 xã và 10 phường.')).toEqual([]);
});

test('numbers too large to hold exactly are no figures, and crash nothing', () => {
  expect(codes('99999999999999999999999 hồ sơ')).toEqual([]);
  expect(codes('Tổng 1.000.000.000.000.000.000.000 hồ sơ (trong đó: 01 hồ sơ; 02 hồ sơ).')).toEqual(
    [],
  );
  expect(codes('Đạt 50% (1/99999999999999999999 hồ sơ).')).toEqual([]);
});

test('a numbered heading without its final dot is no figure', () => {
  expect(codes('3.2 Kế hoạch kiểm soát thủ tục hành chính năm 2026')).toEqual([]);
  expect(codes('10.3 Kế hoạch năm 2026')).toEqual([]);
  // Elsewhere "3.2" is still a decimal written the English way.
  expect(codes('Ban hành 3.2 Kế hoạch')).toEqual(['AUDIT_SEPARATOR']);
});

test('separators are checked for counts, percentages and scores; leading zeros for counts only', () => {
  expect(codes('Đạt 98.50%, đạt 82.16 điểm, tiếp nhận 176,319 hồ sơ.')).toEqual([
    'AUDIT_SEPARATOR',
    'AUDIT_SEPARATOR',
    'AUDIT_SEPARATOR',
  ]);
  expect(codes('Đạt 5% và 8 điểm; xếp thứ 9; mức 2; Quý 1; Biểu 5; giai đoạn 2.')).toEqual([]);
});

test('a span inside the reporting period is no period statement; one running past it is', () => {
  const report = (line: string) =>
    auditText(
      ['BÁO CÁO', 'Công tác kiểm soát thủ tục hành chính Quý I năm 2026', line].join('\n'),
      'md',
    ).map(([c]) => c);
  expect(
    report('Riêng đợt cao điểm từ ngày 15/12/2025 đến ngày 31/12/2025, tiếp nhận 5.000 hồ sơ.'),
  ).toEqual([]);
  expect(report('Từ ngày 01/01/2026 đến ngày 14/3/2026, tiếp nhận 5.000 hồ sơ.')).toEqual([]);
  expect(report('Số liệu tính từ ngày 15/12/2025 đến ngày 14/3/2026.')).toEqual([]);
  expect(
    report(
      'Trong 6 tháng đầu năm 2025 (từ ngày 15/12/2024 đến ngày 14/6/2025), tiếp nhận 10 hồ sơ.',
    ),
  ).toEqual([]);
  // Past the window, or claiming to be the period's own and not its window.
  expect(report('Từ ngày 15/12/2025 đến ngày 14/4/2026, tiếp nhận 5.000 hồ sơ.')).toEqual([
    'AUDIT_PERIOD_MISMATCH',
  ]);
  expect(report('Số liệu tính từ ngày 16/12/2025 đến ngày 14/3/2026.')).toEqual([
    'AUDIT_PERIOD_MISMATCH',
  ]);
  expect(report('Kỳ báo cáo: từ ngày 01/01/2026 đến ngày 31/3/2026.')).toEqual([
    'AUDIT_PERIOD_MISMATCH',
  ]);
});

test('the province of a city, from its frame on one or two lines or from the text', () => {
  const misspelt = [['AUDIT_UNIT_MISSPELT', expect.stringContaining('"Hoàn Kiếm"')]];
  const line = 'UBND phường Hoàn Kiếmm đã tiếp nhận 05 hồ sơ.';
  expect(auditText(`ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI\n\n${line}`)).toEqual(misspelt);
  expect(auditText(`ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\n\n${line}`)).toEqual(misspelt);
  // What a PDF puts on the frame's line after the province does not hide it.
  expect(
    auditText(`UBND TỈNH LÀO CAI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n${line}`).map(([c]) => c),
  ).toEqual(['AUDIT_UNIT_UNKNOWN']);
  expect(auditText(`Thành phố Hà Nội báo cáo: ${line} Kết quả của thành phố Hà Nội.`)).toEqual(
    misspelt,
  );
});

test("a commune of another province is no misspelling of one of the document's", () => {
  // Before, 432 official names of other provinces came out as misspelt communes of Lào Cai.
  const laoCai = registry.provinces.find((p) => p.name === 'Lào Cai')!;
  const own = new Set(
    registry.communes.filter((c) => c.provinceCode === laoCai.code).map((c) => c.name),
  );
  const names = [
    ...new Set(
      registry.communes
        .filter((c) => c.provinceCode !== laoCai.code && !own.has(c.name))
        .map((c) => c.name.replace(/^(Xã|Phường|Đặc khu) /u, '')),
    ),
  ];
  const found = codes(names.map((n) => `UBND xã ${n} đã tổ chức hội nghị.`).join('\n'));
  expect(found.filter((c) => c !== 'AUDIT_UNIT_OTHER_PROVINCE')).toEqual([]);
  expect(found.length).toBeGreaterThan(2000);
  expect(audit('UBND phường Tương Mai đã tổ chức hội nghị.')).toEqual([
    [
      'AUDIT_UNIT_OTHER_PROVINCE',
      expect.stringContaining('"Tương Mai" ở Lào Cai; tên này thuộc Thành phố Hà Nội'),
    ],
  ]);
  // Names with a number, a hyphen or an apostrophe are read whole ("Hà Giang 1", "Cư M'gar").
  expect(
    auditText(
      '---\ntinh: Tuyên Quang\n---\nUBND phường Hà Giang 1 và UBND các xã, phường: Hà Giang 2, Minh Xuân; tại xã 3 Hội nghị.',
      'md',
    ),
  ).toEqual([]);
  expect(
    auditText(
      "---\ntinh: Lâm Đồng\n---\nUBND phường 1 Bảo Lộc, phường Xuân Hương - Đà Lạt và phường B'Lao.",
      'md',
    ),
  ).toEqual([]);
  // A slip of a few letters of a Lào Cai name is still one; a name far from all is unknown.
  expect(codes('UBND xã Lục Yênn; UBND xã Tằng Lỏong; UBND xã Phong Lan Xa.')).toEqual([
    'AUDIT_UNIT_MISSPELT',
    'AUDIT_UNIT_MISSPELT',
    'AUDIT_UNIT_UNKNOWN',
  ]);
});

test('doubled words: small words and groups of syllables, not words doubled on purpose', () => {
  expect(audit('Thực hiện và và báo cáo kết quả kết quả; Quyết định Quyết định số 414.')).toEqual([
    ['AUDIT_WORD_DOUBLED', '«và và»: "và" viết lặp hai lần liền nhau; bỏ một lần.'],
    ['AUDIT_WORD_DOUBLED', expect.stringContaining('"kết quả" viết lặp')],
    ['AUDIT_WORD_DOUBLED', expect.stringContaining('"Quyết định" viết lặp')],
  ]);
  // A syllable two words share, reduplication, a comma between, the phrase without its comma.
  expect(
    codes(
      'Công chức trực tiếp tiếp nhận hồ sơ; nội dung còn chung chung, dần dần cải thiện; báo cáo, báo cáo lại; cơ chế một cửa một cửa liên thông.',
    ),
  ).toEqual([]);
});

test('known slips of typing, as whole words only', () => {
  expect(audit('100% PANK đã xử lý trên Công Dịch vụ công quốc gia.')).toEqual([
    ['AUDIT_WORD_GARBLED', '"PANK" viết nhầm, nên là "PAKN".'],
    ['AUDIT_WORD_GARBLED', '"Công Dịch vụ công" viết nhầm, nên là "Cổng Dịch vụ công".'],
  ]);
  expect(
    codes('PANKO; Cổng Dịch vụ công; dịch vụ công dịch vụ; phân phối với; Sở Công Thương.'),
  ).toEqual([]);
});

test('one document cited two ways in one text; two documents of one number are not', () => {
  expect(
    codes(
      'Theo Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 và Nghị định số 118/2025/NĐ-CP; trừ các TTHC tại Nghị định số 118/2015/NĐ-CP. Kế hoạch số 26/KH-UBND ngày 25/01/2026; Kế hoạch số 26/KH-UBND ngày 26/01/2026.',
    ),
  ).toEqual(['AUDIT_CITATION_INCONSISTENT', 'AUDIT_CITATION_INCONSISTENT']);
  expect(
    codes(
      'Nghị quyết số 21/2025/NQ-HĐND ngày 09/12/2025 thay Nghị quyết số 21/2024/NQ-HĐND ngày 10/12/2024; Kế hoạch số 26/KH-UBND ngày 25/01/2026 tiếp nối Kế hoạch số 26/KH-UBND ngày 20/02/2025.',
    ),
  ).toEqual([]);
});

test('a count that announces a list is the number of its items', () => {
  const list = (n: string, ...items: string[]) =>
    codes([`- ${n} phòng chuyên môn:`, ...items, '* Biên chế của Trung tâm 21 người.'].join('\n'));
  expect(list('03', '+ Phòng A;', '+ Phòng B;')).toEqual(['AUDIT_LIST_ITEMS_MISMATCH']);
  expect(list('03', '+ Phòng A;', '+ Phòng B;', '+ Phòng C.')).toEqual([]);
  // Items with counts of the noun are a breakdown (a sum), not a list of names.
  expect(list('05', '+ Cấp tỉnh: 03 phòng;', '+ Cấp xã: 02 phòng.')).toEqual([]);
});

test('a figure given twice under the same words must be the same both times (no data)', () => {
  const twice = (a: string, b: string) =>
    codes(
      [
        `- Tổng số TTHC thuộc thẩm quyền giải quyết của địa phương: 2.148 TTHC; trong đó:`,
        `+ TTHC do cơ quan Trung ương ban hành thuộc thẩm quyền giải quyết của địa phương là: ${a} TTHC;`,
        `+ TTHC do địa phương ban hành (TTHC đặc thù): 10 TTHC.`,
        `Sau đó: TTHC do cơ quan Trung ương ban hành thuộc thẩm quyền giải quyết của địa phương: ${b} TTHC.`,
      ].join('\n'),
    );
  expect(twice('2.138', '2.138')).toEqual([]);
  expect(twice('2.138', '2.183')).toEqual(['AUDIT_FIGURE_REPEATED_MISMATCH']);
});

test('a letter without its frame that writes "Tỉnh Lào Cai" is about Lào Cai: its communes are checked', () => {
  const draft = draftFromText(
    'Tỉnh Lào Cai đề nghị UBND xã Tằng Lỏong khẩn trương thực hiện.\n',
    'x.txt',
    'txt',
  );
  const ctx = buildContext(draft, { registry, agencies: readAgencyNames(), legal });
  expect(ctx.province?.name).toBe('Lào Cai');
  expect(auditDraft(draft, ctx).map((i) => [i.code, i.message])).toEqual([
    ['AUDIT_UNIT_MISSPELT', expect.stringContaining('"Tằng Loỏng"')],
  ]);
});

test('a total ending one paragraph and its parts in the next one', () => {
  const two = (...lines: string[]) => audit(lines.join('\n'));
  // "trong đó:" over one paragraph without a list mark that holds the parts.
  expect(
    two(
      'Tổng số hồ sơ đã tiếp nhận: 176.319 hồ sơ, trong đó:',
      'trực tuyến: 148.977 hồ sơ; trực tiếp: 15.175 hồ sơ; từ kỳ trước chuyển qua: 12.176 hồ sơ.',
    ),
  ).toEqual([
    [
      'AUDIT_SUM_MISMATCH',
      '«176.319 hồ sơ»: tổng 176.319 hồ sơ khác tổng các phần 148.977 + 15.175 + 12.176 = 176.328.',
    ],
  ]);
  // A total ending its paragraph, "Trong đó:" opening the next; the parts' own brackets are theirs.
  const opening = (a: string) =>
    two(
      '- Các sở, ban, ngành thuộc UBND tỉnh: Tổng số hồ sơ yêu cầu giải quyết TTHC: 53.225 hồ sơ.',
      `Trong đó: số hồ sơ đã giải quyết: ${a} hồ sơ (trả trước hạn: 34.233 hồ sơ; trả đúng hạn: 13.133 hồ sơ; trả quá hạn: 827 hồ sơ); số hồ sơ đang giải quyết: 5.032 hồ sơ (trong hạn: 4.898 hồ sơ; quá hạn: 134 hồ sơ).`,
    );
  expect(opening('48.193')).toEqual([]);
  expect(opening('48.293')).toEqual([
    ['AUDIT_SUM_MISMATCH', expect.stringContaining('48.293 + 5.032 = 53.325')],
    // The count after the brackets opens a breakdown of its own: it is no missing part.
    [
      'AUDIT_SUM_MISMATCH',
      expect.stringContaining(
        'tổng 48.293 hồ sơ khác tổng các phần 34.233 + 13.133 + 827 = 48.193.',
      ),
    ],
  ]);
  // A bare "Trong đó" may name some parts only; parts of other nouns, or one part, are no sum;
  // a total that does not end its paragraph announces nothing.
  expect(
    two(
      'Tổng số hồ sơ đã tiếp nhận: 1.250 hồ sơ.',
      'Trong đó 300 hồ sơ trực tuyến và 20 hồ sơ bổ sung.',
      'Tổng số Quyết định công bố là: 76 Quyết định, trong đó:',
      'công bố 124 văn bản và 1.008 TTHC.',
      'Toàn tỉnh có 66 người và 100% người được tập huấn theo quy định.',
      'Trong đó: 40 người ở cấp tỉnh; 20 người ở cấp xã.',
      'Tổng số cán bộ: 25 người, trong đó:',
      'Cán bộ chuyên trách 25 người.',
    ),
  ).toEqual([]);
});

test('a report names one period in its title, its opening and its closing sentence (no data)', () => {
  const report = (title: string, opening: string, closing: string) =>
    audit(
      [
        'BÁO CÁO',
        `Công tác kiểm soát thủ tục hành chính ${title} trên địa bàn tỉnh Lào Cai`,
        `Thực hiện Văn bản số 1514/BTP-KSTT ngày 16/3/2026 báo cáo cải cách TTHC quý II năm 2026; UBND tỉnh Lào Cai báo cáo kết quả công tác cải cách TTHC ${opening} (từ ngày 15/12/2025 đến ngày 14/3/2026), cụ thể như sau:`,
        'III. PHƯƠNG HƯỚNG NHIỆM VỤ QUÝ II NĂM 2026',
        `Trên đây là báo cáo về công tác kiểm soát TTHC ${closing} trên địa bàn tỉnh Lào Cai./.`,
      ].join('\n'),
    );
  const q1 = 'Quý I năm 2026';
  const q2 = 'Quý II năm 2026';
  expect(report(q1, q1, q1)).toEqual([]);
  expect(report(q2, q1, q1)).toEqual([
    [
      'AUDIT_PERIOD_INCONSISTENT',
      '«Quý II năm 2026»: tiêu đề ghi kỳ báo cáo Quý II năm 2026, nhưng ở đoạn 3 cùng văn bản này ghi kỳ Quý I năm 2026.',
    ],
  ]);
  expect(report(q1, q1, q2)).toEqual([
    ['AUDIT_PERIOD_INCONSISTENT', expect.stringContaining('nhưng ở đoạn 2 cùng văn bản')],
  ]);
  // The opening changed alone is also the odd one (its window then fails too, as ever).
  expect(report(q1, q2, q1).map(([c]) => c)).toEqual([
    'AUDIT_PERIOD_MISMATCH',
    'AUDIT_PERIOD_INCONSISTENT',
  ]);
});

test('"Ngày …, UBND tỉnh đã ban hành Kế hoạch số …" dates the plan it cites', () => {
  expect(
    audit(
      [
        'Ngày 25/01/2026, UBND tỉnh đã ban hành Kế hoạch số 26/KH-UBND về kiểm soát TTHC.',
        'Thực hiện Kế hoạch số 26/KH-UBND ngày 26/01/2026 của UBND tỉnh.',
      ].join('\n'),
    ),
  ).toEqual([
    [
      'AUDIT_CITATION_INCONSISTENT',
      '"Kế hoạch số 26/KH-UBND ngày 26/01/2026": văn bản ghi ngày 26/01/2026, nhưng ở đoạn 1 cùng văn bản này được ghi ngày 25/01/2026; một trong hai cách ghi sai.',
    ],
  ]);
  // A date that is not the day the document was issued dates nothing.
  expect(
    codes(
      [
        'Ngày 15/3/2026, Sở Tư pháp tổ chức hội nghị triển khai Kế hoạch số 26/KH-UBND.',
        'Ngày 20/3/2026, UBND tỉnh đã ban hành Văn bản số 1601/UBND-HCC triển khai Kế hoạch số 26/KH-UBND.',
        'Thực hiện Kế hoạch số 26/KH-UBND ngày 25/01/2026.',
      ].join('\n'),
    ),
  ).toEqual([]);
});

test('a share of a whole above 100% (and growth, or a plan exceeded, left alone)', () => {
  expect(audit('- 110% các TTHC được cập nhật trên Cơ sở dữ liệu quốc gia về TTHC.')).toEqual([
    [
      'AUDIT_PERCENT_OVER_WHOLE',
      '«110% các TTHC được cập nhật»: tỷ lệ 110% của một tổng thể không thể vượt quá 100%.',
    ],
  ]);
  expect(codes('Đã có 100,5% hồ sơ được số hóa.')).toEqual(['AUDIT_PERCENT_OVER_WHOLE']);
  expect(
    codes(
      'Số hồ sơ trực tuyến tăng 120% so với cùng kỳ, đạt 105% kế hoạch; 100% các TTHC được công khai.',
    ),
  ).toEqual([]);
});

test("figures named in different sentences still follow the forms' equations (no data)", () => {
  const pakn = (regulations: string, late: string) =>
    audit(
      [
        'Kết quả: Trong kỳ, tỉnh Lào Cai đã tiếp nhận 21 PAKN về quy định, chính sách.',
        `Trong đó: Số PAKN về quy định hành chính: ${regulations} PAKN; số PAKN về hành vi hành chính: 02 PAKN. Số PAKN đã xử lý đúng hạn: 16 PAKN; ${late}số PAKN đang xử lý trong hạn: 02 PAKN; số PAKN đang xử lý quá hạn: 01 PAKN.`,
      ].join('\n'),
    );
  expect(pakn('19', 'số PAKN đã xử lý quá hạn: 02 PAKN; ')).toEqual([]);
  // 05b (3) = (4) + (5).
  expect(pakn('20', 'số PAKN đã xử lý quá hạn: 02 PAKN; ')).toEqual([
    [
      'AUDIT_FORM_IDENTITY_MISMATCH',
      '«tỉnh Lào Cai đã tiếp nhận 21 PAKN»: số PAKN tiếp nhận ghi 21, nhưng số PAKN về quy định hành chính 20 (đoạn 2) + số PAKN về hành vi hành chính 02 (đoạn 2) = 22; theo biểu 05b, (3) = (4) + (5).',
    ],
  ]);
  // 05b (3) = (6) + (9), (6) = (7) + (8), (9) = (10) + (11): every part is named.
  expect(pakn('19', 'số PAKN đã xử lý quá hạn: 03 PAKN; ')).toEqual([
    [
      'AUDIT_FORM_IDENTITY_MISMATCH',
      expect.stringContaining('= 22; theo biểu 05b, (3) = (7) + (8) + (10) + (11).'),
    ],
  ]);
  // A part the text leaves out may be zero or forgotten: nothing is said.
  expect(pakn('19', '')).toEqual([]);
});
