// The Q1 sample's report, read back from the .docx, against seed 003. Every literal below is
// typed from the seed (shared/seeds/003_…txt) in the format REFERENCE §6 prescribes; where the
// seed breaks its own rules (ngày 0/02/2026, 11/03/2026) the rule wins and the test says so.
import { readDocxText } from '../../src/ooxml/docx-text';
import { reportSections } from '../../src/verify/report-sections';
import { SAMPLE_Q1 } from '../helpers/load-sample';
import { sampleReport } from '../helpers/sample-report';

let sections: Map<string, string>;
let footnotes: string[];

beforeAll(async () => {
  const r = await sampleReport(SAMPLE_Q1);
  expect(r.issues).toEqual([]);
  const text = readDocxText(r.bytes!);
  sections = reportSections(text.body);
  footnotes = [...text.footnotes.values()];
});

const section = (key: string) => sections.get(key) ?? '';
const footnoteWith = (needle: string) => footnotes.find((f) => f.includes(needle)) ?? '';

test('header, title and opening: draft number and date left blank, period and window', () => {
  const head = section('');
  expect(head).toContain('ỦY BAN NHÂN DÂN');
  expect(head).toContain('TỈNH LÀO CAI');
  expect(head).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  expect(head).toContain('Độc lập - Tự do - Hạnh phúc');
  expect(head).toContain('Số:      /BC-UBND');
  expect(head).toContain('Lào Cai, ngày      tháng 3 năm 2026');
  expect(head).toContain('BÁO CÁO');
  expect(head).toContain(
    'thực hiện cải cách thủ tục hành chính Quý I năm 2026 trên địa bàn tỉnh Lào Cai',
  );
  expect(head).toContain('Quý I năm 2026 (từ ngày 15/12/2025 đến ngày 14/3/2026), cụ thể như sau:');
});

test('A: 03 plans with footnote 1, the letters with footnote 2', () => {
  expect(section('A')).toMatch(/đã ban hành 03 Kế hoạch\[\^1\] và các văn bản\[\^2\] chỉ đạo/);
  const plans = footnoteWith('25/KH-UBND');
  expect(plans).toContain(
    'Kế hoạch số 25/KH-UBND ngày 25/01/2026 về rà soát, đánh giá TTHC năm 2026',
  );
  expect(plans).toContain('Kế hoạch số 26/KH-UBND ngày 25/01/2026');
  expect(plans).toContain('Kế hoạch số 197/KH-UBND ngày 17/12/2025');
  const letters = footnoteWith('655/UBND-HCC');
  expect(letters).toContain('Văn bản số 655/UBND-HCC ngày 26/01/2026');
  // The seed prints the impossible "ngày 0/02/2026"; the sample dates the letter 05/02/2026.
  expect(letters).toContain('Văn bản số 1072/UBND-HCC ngày 05/02/2026');
  expect(letters).toContain('Văn bản số 1542/UBND-HCC ngày 05/3/2026');
  expect(letters).toContain('Văn bản số 1600/UBND-HCC ngày 06/3/2026');
  expect(letters).toContain('Văn bản số 1601/UBND-HCC ngày 06/3/2026');
  expect(letters).not.toContain('KH-UBND ngày');
});

test('I.1 and I.2: impact assessed for 02 TTHC; 03 draft resolutions with 08 TTHC', () => {
  expect(section('I.1')).toContain('Đã thực hiện đánh giá tác động 02 TTHC');
  expect(section('I.2')).toContain('03 dự thảo Nghị quyết có chứa đựng 08 TTHC');
  expect(section('I.2')).toContain('Biểu số II.02c');
});

test('I.3: 76 decisions, 124 legal documents, 1.008 TTHC; 2.148 under local authority', () => {
  const s = section('I.3');
  expect(s).toContain('là: 76 Quyết định');
  expect(s).toContain('124 văn bản');
  expect(s).toContain(
    '1.008 TTHC (trong đó: 585 TTHC được sửa đổi, bổ sung và thay thế; 123 TTHC ban hành mới; 300 TTHC bị bãi bỏ)',
  );
  expect(s).toContain('thẩm quyền giải quyết của địa phương: 2.148 TTHC');
  expect(s).toContain('2.138 TTHC (trong đó, cấp tỉnh: 1.827 TTHC; cấp xã: 311 TTHC)');
  expect(s).toContain('(TTHC đặc thù): 10 TTHC (trong đó, cấp tỉnh: 05 TTHC; cấp xã: 05 TTHC)');
  expect(s).toContain('liên thông cùng cấp: 130 TTHC');
  expect(s).toContain('liên thông giữa các cấp chính quyền: 116 TTHC');
});

test('I.4: 03 internal-TTHC decisions (footnote 3), 24 = 17 + 07, 394 cumulative; "Không"', () => {
  const s = section('I.4');
  expect(s).toContain('cắt giảm, đơn giản hóa: Không.');
  expect(s).toMatch(/ban hành 03 Quyết định công bố TTHC nội bộ\[\^3\], với 24 TTHC/);
  expect(s).toContain('(công bố mới, sửa đổi, bổ sung: 17 TTHC; bãi bỏ: 07 TTHC)');
  expect(s).toContain('Lũy kế từ ngày 01/7/2025 đến nay');
  expect(s).toContain('394 TTHC');
  expect(s).toContain('phương án phân cấp: Không.');
  const internal = footnoteWith('519/QĐ-UBND');
  expect(internal).toContain('Quyết định số 05/QĐ-UBND ngày 15/01/2026');
  expect(internal).toContain('Quyết định số 519/QĐ-UBND ngày 25/02/2026');
  // The seed writes 11/03/2026; months from 3 on take no leading zero.
  expect(internal).toContain('Quyết định số 618/QĐ-UBND ngày 11/3/2026');
});

test('I.5: 66 PAKN = 64 + 02 = 61 handled on time + 05 in time; 66/66 (đạt 100%)', () => {
  const s = section('I.5');
  expect(s).toContain('đã tiếp nhận 66 PAKN');
  expect(s).toContain('66/66 (đạt 100%)');
  expect(s).toContain('Số PAKN về quy định hành chính: 64 PAKN');
  expect(s).toContain('số PAKN về hành vi hành chính: 02 PAKN');
  expect(s).toContain('Số PAKN đã xử lý đúng hạn: 61 PAKN');
  expect(s).toContain('số PAKN đang xử lý trong hạn: 05 PAKN');
  expect(s).not.toContain('quá hạn: 0');
  expect(s).toContain('đất đai; hộ tịch; chứng thực; hệ thống văn bằng, chứng chỉ');
});

test('I.6: the province, its agencies and its communes, every 06c total', () => {
  const s = section('I.6');
  expect(s).toContain('từ ngày 15/12/2025 đến ngày 14/3/2026: 176.319 hồ sơ');
  expect(s).toContain(
    'trực tuyến: 148.977 hồ sơ; trực tiếp và qua dịch vụ bưu chính: 15.175 hồ sơ',
  );
  expect(s).toContain('số từ kỳ trước chuyển qua 12.167 hồ sơ');
  expect(s).toContain(
    'đã giải quyết: 167.004 hồ sơ (trong đó, giải quyết trước hạn: 150.893 hồ sơ; đúng hạn: 13.599 hồ sơ; quá hạn: 2.512 hồ sơ)',
  );
  expect(s).toContain(
    'đang giải quyết: 9.315 hồ sơ (trong đó, trong hạn: 8.495 hồ sơ; quá hạn: 820 hồ sơ)',
  );
  expect(s).toContain(
    'Các sở, ban, ngành thuộc UBND tỉnh: Tổng số hồ sơ yêu cầu giải quyết TTHC: 53.225 hồ sơ',
  );
  expect(s).toContain(
    'đã giải quyết: 48.193 hồ sơ (trả trước hạn: 34.233 hồ sơ; trả đúng hạn: 13.133 hồ sơ; trả quá hạn: 827 hồ sơ)',
  );
  expect(s).toContain('đang giải quyết: 5.032 hồ sơ (trong hạn: 4.898 hồ sơ; quá hạn: 134 hồ sơ)');
  expect(s).toContain('UBND các xã, phường: Tổng số hồ sơ yêu cầu giải quyết TTHC: 123.094 hồ sơ');
  expect(s).toContain(
    'đã giải quyết: 118.811 hồ sơ (trả trước hạn: 116.660 hồ sơ; trả đúng hạn: 466 hồ sơ; trả quá hạn: 1.685 hồ sơ)',
  );
  expect(s).toContain('đang giải quyết: 4.283 hồ sơ (trong hạn: 3.597 hồ sơ; quá hạn: 686 hồ sơ)');
  expect(s).toContain('Biểu số 06c');
});

test('I.7: one-stop staff, centre 21 = 11 + 07 + 03, communes 881 = 234 + 647', () => {
  const s = section('I.7');
  expect(s).toContain(
    'Biên chế của Trung tâm hiện tại 21 người, trong đó: 11 công chức; 07 viên chức và 03 hợp đồng lao động.',
  );
  expect(s).toContain('cấp xã là 881 người, gồm 234 công chức');
  expect(s).toContain('và 647 công chức chuyên trách');
});

test('I.10 and I.11 take figures from the data through the content file; footnote 4', () => {
  expect(section('I.10')).toContain(
    '2.138 TTHC (trong đó, cấp tỉnh: 1.827 TTHC; cấp xã: 311 TTHC)',
  );
  expect(section('I.11')).toMatch(/không phụ thuộc vào địa giới hành chính\[\^4\]/);
  const boundary = footnoteWith('587/QĐ-UBND');
  expect(boundary).toMatch(/^\(1\) Quyết định số 587\/QĐ-UBND ngày 24\/7\/2025/);
  expect(boundary).toContain('(2) Quyết định số 1865/QĐ-UBND ngày 04/11/2025');
});

test('II to IV, the closing line, Nơi nhận and the signer', () => {
  expect(section('II.2')).toContain('Từ ngày 01/01/2026 đến nay');
  expect(sections.has('III')).toBe(true);
  expect(section('III')).toContain('III. PHƯƠNG HƯỚNG NHIỆM VỤ QUÝ II NĂM 2026');
  const end = section('IV');
  expect(end).toContain('Quý I năm 2026 trên địa bàn tỉnh Lào Cai./.');
  expect(end).toContain('Nơi nhận:');
  expect(end).toContain('- Cục KSTTHC (Bộ Tư pháp);');
  expect(end).toContain('- Lưu: VT, HCC_(KSTT).');
  expect(end).toMatch(/KT\. CHỦ TỊCH\nPHÓ CHỦ TỊCH[\s\S]*Ngô Hạnh Phúc/);
});
