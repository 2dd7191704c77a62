import type { ComplianceAnnex } from '../../compute/compliance-annex';
import type { ReportModel } from '../../compute/report-model';
import { compareCivilDate, formatDateNumeric, provinceMention } from '../../format';
import type { DocumentFrame } from '../../compute/document-frame';
import { attachedToLine } from '../../phrase/attached-to';
import type { AnnexDocument } from '../annex-table/annex-document';
import {
  complianceAnnexTable,
  NO_FIGURE,
  SUMMARY_LABEL,
  type ComplianceRow,
} from '../../annexes/compliance-columns';

/**
 * "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TRÊN MÔI TRƯỜNG ĐIỆN TỬ\nCỦA
 * CÁC CƠ QUAN, ĐỊA PHƯƠNG TỈNH LÀO CAI".
 */
export function complianceTitle(m: Pick<ReportModel, 'province'>): string {
  const title =
    'Kết quả thực hiện các chỉ tiêu giải quyết thủ tục hành chính trên môi trường điện tử\n' +
    'của các cơ quan, địa phương';
  return `${title} ${provinceMention(m.province.name)}`.toLocaleUpperCase('vi');
}

/**
 * Units whose latest figures are older than the annex's date, by date: "số liệu của Sở Công
 * Thương tính đến ngày 31/7/2025", so that the heading's date does not cover them silently.
 */
function olderFigures(a: ComplianceAnnex): string[] {
  const byDate = new Map<string, string[]>();
  for (const u of a.tables.flatMap((t) => t.units))
    if (compareCivilDate(u.asOf, a.asOf) < 0) {
      const date = formatDateNumeric(u.asOf);
      byDate.set(date, [...(byDate.get(date) ?? []), u.name]);
    }
  return [...byDate].map(
    ([date, names]) => `số liệu của ${names.join(', ')} tính đến ngày ${date}`,
  );
}

/**
 * How to read the table: bold rates, the summary line, "—" when some cell is blank, and the
 * units whose figures are older than the annex's date.
 */
export function complianceLegend(a: ComplianceAnnex): string {
  const blank = a.tables.some((t) => t.units.some((u) => u.checks.some((c) => c.value === null)));
  return (
    'Ghi chú: tỷ lệ in đậm là tỷ lệ chưa đạt chỉ tiêu; dòng "' +
    SUMMARY_LABEL +
    '" ghi số đơn vị chưa đạt trên số đơn vị có số liệu' +
    (blank ? `; ${NO_FIGURE} chưa có số liệu` : '') +
    olderFigures(a)
      .map((s) => `; ${s}`)
      .join('') +
    '.'
  );
}

/** The compliance annex (seed 001's targets): heading lines and a table per group. */
export function complianceDocument(
  model: ReportModel,
  annex: ComplianceAnnex,
  frame: DocumentFrame = model.frame,
): AnnexDocument<ComplianceRow> {
  return {
    title: complianceTitle(model),
    attachedTo: attachedToLine(frame, model.province.name, 'Văn bản'),
    note: `Số liệu tính đến ngày ${formatDateNumeric(annex.asOf)}`,
    legend: complianceLegend(annex),
    groups: annex.tables.map((t) => ({
      group: t.group,
      table: complianceAnnexTable(t, annex.targets),
    })),
  };
}
