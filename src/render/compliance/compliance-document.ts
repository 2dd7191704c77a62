import type { ComplianceAnnex } from '../../compute/compliance-annex';
import type { ReportModel } from '../../compute/report-model';
import { formatDateNumeric, provinceMention } from '../../format';
import { attachedTo } from '../annex/annex-text';
import type { AnnexDocument } from '../annex-table/annex-document';
import {
  complianceAnnexTable,
  NO_FIGURE,
  SUMMARY_LABEL,
  type ComplianceRow,
} from './compliance-columns';

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

/** How to read the table: bold rates, the summary line, and "—" when some cell is blank. */
export function complianceLegend(a: ComplianceAnnex): string {
  const blank = a.tables.some((t) => t.units.some((u) => u.checks.some((c) => c.value === null)));
  return (
    'Ghi chú: tỷ lệ in đậm là tỷ lệ chưa đạt chỉ tiêu; dòng "' +
    SUMMARY_LABEL +
    '" ghi số đơn vị chưa đạt trên số đơn vị có số liệu' +
    (blank ? `; ${NO_FIGURE} chưa có số liệu` : '') +
    '.'
  );
}

/** The compliance annex (seed 001's targets): heading lines and a table per group. */
export function complianceDocument(
  model: ReportModel,
  annex: ComplianceAnnex,
): AnnexDocument<ComplianceRow> {
  return {
    title: complianceTitle(model),
    attachedTo: attachedTo(model, 'Văn bản'),
    note: `Số liệu tính đến ngày ${formatDateNumeric(annex.asOf)}`,
    legend: complianceLegend(annex),
    groups: annex.tables.map((t) => ({
      group: t.group,
      table: complianceAnnexTable(t, annex.targets),
    })),
  };
}
