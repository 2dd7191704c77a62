import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { figureRow } from '../../../src/catalogue';
import { figureText } from '../../../src/catalogue/figure-text';
import { readDocxText } from '../../../src/ooxml/docx-text';
import { preparePackage } from '../../../src/pipeline/prepare-package';
import { letterFile } from '../../../src/render/letter/letter-file';
import { verifyLetterDocx } from '../../../src/verify/letter-docx';
import { SAMPLE_766, SAMPLE_766_2026 } from '../../helpers/load-sample';
import { packageOf } from '../../helpers/sample-package';
import { removeTempFolders, tempFolder } from '../../helpers/sample-copy';

afterAll(removeTempFolders);

const copyOf = (sample: string) => {
  const dir = tempFolder('tthc-766-2026-');
  cpSync(sample, dir, { recursive: true });
  return dir;
};

/*
 * Every expected value below was computed from the portal's JSON in /work/shared/portal-766
 * (copied unedited in test/fixtures/portal-766), quarter captures, by a separate script, not
 * from this program's output: totals = sum of the six group scores per department; bands
 * ≥90/80/70/50; dvc-progress-tree children totalOverdue and ratio; dossier-digitized
 * SO_HOA_GIAY_TO_GIAI_QUYET ratio and denominator − numerator; transparency DOSSIER_SYNC.
 */

let body: string;
let notes: string[];

beforeAll(async () => {
  const model = await packageOf(SAMPLE_766_2026);
  const bytes = letterFile(model.letter!, model.report);
  const text = readDocxText(bytes);
  body = text.body.map((p) => p.text).join('\n');
  notes = [...text.footnotes.entries()].sort(([a], [b]) => a - b).map(([, t]) => t.trim());
  expect(
    verifyLetterDocx(bytes, model.letter!, model.report, 'cong-van-766.docx').mismatches,
  ).toEqual([]);
});

test('the letter states the six groups of 2026 with their maxima (portal: 7.96/18 … 12.25/18)', () => {
  expect(body).toContain(
    'Tính đến ngày 26/9/2026, tỉnh Phú Thọ đạt 61,39 điểm (Công khai minh bạch đạt 7,96/18 điểm[^1], Tiến độ giải quyết đạt 17,35/20 điểm[^2], Dịch vụ công trực tuyến đạt 8,41/12 điểm, Thanh toán trực tuyến đạt 6,67/10 điểm, Số hóa hồ sơ đạt 8,75/22 điểm[^3], Mức độ hài lòng đạt 12,25/18 điểm)',
  );
});

test('counts by band and the province classification come from the data', () => {
  // 163 departments: one khá (Sở Văn hóa, Thể thao và Du lịch 72.57), four yếu, 158 trung bình.
  expect(body).toContain(
    'Theo thang điểm 100 của Bộ chỉ số, tỉnh xếp loại trung bình. Trong 163 cơ quan, đơn vị, địa phương được đánh giá, có 01 đơn vị xếp loại khá trở lên, 158 đơn vị xếp loại trung bình và 04 đơn vị xếp loại yếu[^4].',
  );
  expect(notes[3]).toBe(
    'Các cơ quan, đơn vị, địa phương xếp loại yếu: Sở Giáo dục và Đào tạo (48,54 điểm, xếp thứ 12/15); Sở Ngoại vụ (44,36 điểm, xếp thứ 13/15); Sở Nội vụ (35,00 điểm, xếp thứ 14/15); Thanh tra tỉnh (15,96 điểm, xếp thứ 15/15).',
  );
});

test("the province's sub-indicator rates, numerators and the rest (parent rows of the captures)", () => {
  // dvc-progress-tree parent: 403016 on time of 464494, 86.76 %; 61478 = sum of the children's
  // totalOverdue. dossier-digitized overview: 83994/464494 = 18.08 %, 380500 not digitised.
  // formality-online-payment-tree parent: 233203/268066 = 86.99 %.
  expect(body).toContain(
    'Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn của tỉnh mới đạt 86,76% (403.016/464.494 hồ sơ), còn 61.478 hồ sơ giải quyết quá hạn[^5]; tỷ lệ hồ sơ được số hóa mới đạt 18,08%, còn 380.500 hồ sơ chưa được số hóa; tỷ lệ hồ sơ có nghĩa vụ tài chính được thanh toán trực tuyến đạt 86,99%.',
  );
});

test('sync to the national portal: none below the 100 % target, 162 on a temporary denominator, Thanh tra without data', () => {
  expect(notes[0]).toBe(
    'Tỷ lệ hồ sơ đồng bộ trạng thái lên Cổng Dịch vụ công quốc gia: không có cơ quan, đơn vị, địa phương nào dưới mục tiêu 100%; 162 đơn vị đạt mục tiêu theo mẫu số tạm của hệ thống báo cáo quốc gia (Cổng cảnh báo cần thay bằng số liệu chính thức); chưa có số liệu: Thanh tra tỉnh.',
  );
});

test('overdue dossiers: agencies (no "Sở") by count, communes in registry code order, one footnote', () => {
  // Communes over 700: Việt Trì 07900, Tam Sơn 08824, Tam Dương 08869, Bình Nguyên 08935,
  // Yên Lạc 09025, Nguyệt Đức 09052 (the portal's H44.1xx order would put Bình Nguyên last).
  expect(notes[1]).toBe(
    'Hồ sơ giải quyết quá hạn nhiều: Các sở, ngành: Nông nghiệp và Môi trường 22.309 hồ sơ; Nội vụ 4.770 hồ sơ; Y tế 490 hồ sơ; Công Thương 273 hồ sơ; Xây dựng 246 hồ sơ; Giáo dục và Đào tạo 244 hồ sơ. UBND các xã, phường: Việt Trì 854 hồ sơ; Tam Sơn 768 hồ sơ; Tam Dương 878 hồ sơ; Bình Nguyên 821 hồ sơ; Yên Lạc 762 hồ sơ; Nguyệt Đức 747 hồ sơ.',
  );
});

test('dossiers not digitised: rate below 10 % with denominator − numerator per unit', () => {
  expect(notes[2]).toBe(
    'Tỷ lệ hồ sơ được số hóa dưới 10%: Sở Ngoại vụ 0% (04 hồ sơ chưa số hóa), Văn phòng UBND tỉnh 4,35% (154 hồ sơ chưa số hóa), Sở Tài chính 6,98% (293 hồ sơ chưa số hóa); UBND các xã, phường: Đà Bắc 2% (2.697 hồ sơ), An Nghĩa 3,83% (1.581 hồ sơ), Kỳ Sơn 4,30% (2.158 hồ sơ), Vân Phú 4,48% (5.902 hồ sơ), Quy Đức 5,36% (848 hồ sơ), Bằng Luân 5,72% (1.565 hồ sơ), Khả Cửu 6,43% (1.019 hồ sơ), Thái Hòa 6,44% (3.092 hồ sơ), Cao Sơn 7,78% (1.292 hồ sơ), Lương Sơn 8% (4.037 hồ sơ), Yên Phú 8,96% (2.367 hồ sơ), Minh Hòa 9,66% (1.815 hồ sơ), Long Cốc 9,67% (719 hồ sơ).',
  );
});

test('communes below the provincial on-time rate (86.76 %), lowest first', () => {
  expect(notes[4]).toBe(
    'Các xã, phường có tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn thấp hơn mức chung của tỉnh (86,76%): UBND các xã: Yên Lạc 76,42%, Hy Cương 77,63%, Tam Sơn 79,81%, Hoàng An 81,90%, Tam Dương Bắc 82,19%, Sơn Đông 82,42%, Nguyệt Đức 83,53%, Thanh Sơn 83,79%, Hợp Kim 83,88%, Tam Dương 84,01%, Đồng Lương 84,40%, Bình Nguyên 85,48%, Bình Xuyên 85,73%.',
  );
});

test('a rank is written as letters write it, padded over the number ranked ("07/34", "15/34")', async () => {
  const model = (await packageOf(SAMPLE_766)).report!;
  const row = figureRow('tinh_vi_tri')!;
  expect(figureText(row, model)).toBe('15/34');
  const seventh = {
    ...model,
    index766: { ...model.index766!, province: { ...model.index766!.province!, rank: 7 } },
  };
  expect(figureText(row, seventh)).toBe('07/34');
});

test('an unknown placeholder names the closest ids of the catalogue', async () => {
  const dir = copyOf(SAMPLE_766_2026);
  const file = join(dir, 'cong-van.md');
  writeFileSync(
    file,
    readFileSync(file, 'utf8').replace('{{dv_xep_loai_kha_tro_len}}', '{{xep_loai_kha}}'),
  );
  const r = await preparePackage({ data: dir });
  const unknown = r.issues.find((i) => i.code === 'CONTENT_PLACEHOLDER_UNKNOWN');
  expect(unknown?.message).toBe(
    // Three ids at three insertions each, in the catalogue's order.
    'Không có số liệu "{{xep_loai_kha}}". Có phải "{{dv_xep_loai_kha}}" hay "{{sn_xep_loai_kha}}" hay "{{xa_xep_loai_kha}}"?',
  );
});

test('every figure of the letter comes from the data: no number typed by hand left unchecked', async () => {
  const r = await preparePackage({ data: SAMPLE_766_2026 });
  expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
  expect(r.typed?.unchecked).toEqual([]);
  expect(r.typed?.fromData).toBe(18);
});

test('a unit synced below the 100 % target is listed with its rate, the flag count drops by one', async () => {
  const dir = copyOf(SAMPLE_766_2026);
  const file = join(dir, 'ChiSoThanhPhan766.csv');
  // Phường Việt Trì (07900): 5150/5150 in the capture; 4998/5150 = 97.05 % here (score kept).
  const before = '07900,2026-09-26,dong_bo_ho_so,5150,5150,100,6,TEMP_NATIONAL_REPORT_DENOMINATOR';
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(before);
  // The whole line: the flag and its message go, as the portal would not flag a real count.
  writeFileSync(
    file,
    text.replace(
      /^07900,2026-09-26,dong_bo_ho_so,.*$/mu,
      '07900,2026-09-26,dong_bo_ho_so,4998,5150,97.05,6,,',
    ),
  );
  const model = await packageOf(dir);
  const notes = [...readDocxText(letterFile(model.letter!, model.report)).footnotes.values()];
  expect(notes.map((n) => n.trim())).toContain(
    'Tỷ lệ hồ sơ đồng bộ trạng thái lên Cổng Dịch vụ công quốc gia: UBND phường Việt Trì 97,05%; 161 đơn vị đạt mục tiêu theo mẫu số tạm của hệ thống báo cáo quốc gia (Cổng cảnh báo cần thay bằng số liệu chính thức); chưa có số liệu: Thanh tra tỉnh.',
  );
});
