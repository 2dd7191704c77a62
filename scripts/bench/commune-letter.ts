/**
 * One letter per commune of a province, each quoting the commune's own index-766 standing.
 * The product has no command for this (its index-766 letter speaks of the province, and the
 * catalogue's placeholders are the province's figures), so the benchmark makes the smallest
 * honest one from the library: the commune's figures written into the letter's text, then the
 * steps of `tthc letter` (its inputs checked, its model computed, drawn, read back).
 */
import type { RankedUnit } from '../../src/compute/index-766';
import type { ReportModel } from '../../src/compute/report-model';
import { placeName, type Registry } from '../../src/domain/registry';
import { formatDateNumeric, formatNumber, provinceMention, unitMention } from '../../src/format';
import { assemblePackage } from '../../src/compute/assemble-package';
import { splitLetter } from '../../src/ingest/read-letter';
import { comparisonClause } from '../../src/phrase/comparison-clause';
import { letterFile } from '../../src/render/letter/letter-file';
import { validateLetterPackage } from '../../src/validate/package/validate-package';
import { verifyLetterDocx } from '../../src/verify/letter-docx';

const BODY = [
  'Căn cứ kết quả đánh giá Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công theo thời gian thực trên môi trường điện tử (Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ), Ủy ban nhân dân {{tinh}} thông báo kết quả của {{don_vi}} như sau:',
  '',
  'Tính đến ngày {{ngay}}, {{don_vi}} đạt {{tong_diem}} điểm, xếp thứ {{xep_hang}}/{{so_don_vi}} xã, phường của {{tinh}}, xếp loại {{xep_loai}}{{so_sanh}}.',
  '',
  'Đề nghị {{don_vi}} rà soát từng nhóm chỉ số, khắc phục ngay các tồn tại, hạn chế và báo cáo kết quả về Ủy ban nhân dân {{cap}} (qua Trung tâm Phục vụ hành chính công {{cap}}) trước ngày 30 hằng tháng./.',
];

/** "tỉnh" or "thành phố": how the province's own bodies are named ("UBND thành phố"). */
const level = (model: ReportModel) =>
  provinceMention(model.province.name).slice(0, -placeName(model.province).length).trim();

function letterText(model: ReportModel, unit: RankedUnit): string {
  const addressee = unitMention(unit.kind === 'co_quan' ? 'agency' : unit.kind, unit.displayName);
  const frame = [
    '---',
    'ky_hieu: UBND-HCC',
    `ngay: ${model.frame.date.year}-${String(model.frame.date.month).padStart(2, '0')}`,
    `tinh: '${model.province.code}'`,
    `trich_yeu: kết quả Bộ chỉ số 766 của ${addressee}`,
    'kinh_gui:',
    `  - ${addressee.replace(/^UBND /, 'Ủy ban nhân dân ')}`,
    `noi_nhan: [Như trên, Chủ tịch UBND ${level(model)}, Trung tâm PVHCC ${level(model)}]`,
    'luu: VT, HCC',
    'ky:',
    '  tham_quyen: KT. CHỦ TỊCH',
    '  chuc_vu: PHÓ CHỦ TỊCH',
    '  ho_ten: Ngô Hạnh Phúc',
    '---',
  ];
  const v = values(model, unit);
  const body = BODY.map((l) => l.replace(/\{\{(\w+)\}\}/g, (_, k: string) => v[k] ?? ''));
  return [...frame, ...body].join('\n');
}

/** The figures one commune's letter quotes, as the letter prints them. */
function values(model: ReportModel, unit: RankedUnit): Record<string, string> {
  const c = unit.comparison;
  const since = model.index766?.previousAsOf;
  return {
    don_vi: unitMention(unit.kind === 'co_quan' ? 'agency' : unit.kind, unit.displayName),
    ngay: formatDateNumeric(model.index766!.asOf),
    tong_diem: formatNumber(unit.total, { decimals: 2 }),
    xep_hang: String(unit.rank),
    so_don_vi: String(unit.of),
    tinh: provinceMention(model.province.name),
    cap: level(model),
    xep_loai: unit.classification.toLocaleLowerCase('vi'),
    so_sanh:
      c && since
        ? `; so với ngày ${formatDateNumeric(since)}, ${comparisonClause(c.scoreTrend, c.rankTrend)}`
        : '',
  };
}

/**
 * The letters of every commune of the model's province, each read back and checked; throws on
 * the first problem, since the benchmark must not time letters that would be refused.
 */
export function communeLetters(
  model: ReportModel,
  registry: Registry,
): { file: string; bytes: Buffer }[] {
  const communes = model.index766?.groups.xa_phuong ?? [];
  return communes.map((unit) => {
    const file = `thu-${unit.unitId}.md`;
    const raw = splitLetter(letterText(model, unit), file);
    const checked = validateLetterPackage({
      letter: raw,
      dataset: null,
      dataName: null,
      rules: null,
      registry,
    });
    if (!checked.inputs) throw new Error(JSON.stringify(checked.issues));
    const letter = assemblePackage(checked.inputs).model.letter!;
    const bytes = letterFile(letter, null);
    const docx = file.replace(/\.md$/, '.docx');
    const { mismatches } = verifyLetterDocx(bytes, letter, null, docx);
    if (mismatches.length > 0) throw new Error(JSON.stringify(mismatches));
    return { file: docx, bytes };
  });
}
