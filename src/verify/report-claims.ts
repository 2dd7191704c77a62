import type { ReportModel } from '../compute/report-model';
import { formatCount } from '../format';
import type { FormTable } from '../forms';

/** Where a figure of the narrative also stands in a form: the total row, or a subtotal. */
export interface FormCell {
  readonly form: string;
  /**
   * 'total', or the subtotal of a section by the index the form prints for it ("I" agencies,
   * "II" communes in 06c): by position, a form without agencies would put the communes first.
   */
  readonly row: 'total' | string;
  readonly column: number;
}

/** A figure the report states: the words it must read in its section, and its form cell. */
export interface Claim {
  readonly section: string;
  readonly label: string;
  readonly value: number;
  /** The figure as printed with its unit word: "176.319 hồ sơ", "05 PAKN". */
  readonly text: string;
  readonly form?: FormCell;
}

type Spec = [label: string, value: number | null | undefined, unit: string, form?: FormCell];

const claims = (section: string, specs: readonly Spec[]): Claim[] =>
  specs
    .filter((s): s is [string, number, string, FormCell?] => typeof s[1] === 'number')
    .map(([label, value, unit, form]) => ({
      section,
      label,
      value,
      text: `${formatCount(value)} ${unit}`,
      ...(form ? { form } : {}),
    }));

const at = (form: string, row: 'total' | string, column: number): FormCell => ({
  form,
  row,
  column,
});

/**
 * Every figure of REFERENCE §8 that the narrative states, with the section it belongs to and,
 * where a form carries it too, the cell: the list the verify step checks after writing.
 */
export function reportClaims(m: ReportModel): Claim[] {
  const out: Claim[] = [];
  const plans = m.documents.directive.filter((d) => d.type === 'ke_hoach').length;
  if (plans > 0) out.push(...claims('A', [['Kế hoạch', plans, 'Kế hoạch']]));
  const d = m.drafts;
  if (d) {
    out.push(
      ...claims('I.1', [
        ['TTHC được đánh giá tác động', d.total.assessed, 'TTHC', at('II.02c', 'total', 9)],
      ]),
    );
    out.push(
      ...claims('I.2', [
        // The count is printed per kind ("01 dự thảo Nghị quyết và 01 dự thảo Quyết định").
        [
          'dự thảo',
          Object.values(d.countByKind).filter((c) => c > 0).length === 1 ? d.count : null,
          'dự thảo',
        ],
        ['TTHC trong dự thảo', d.total.total, 'TTHC', at('II.02c', 'total', 5)],
      ]),
    );
  }
  const p = m.publications;
  const s = m.figures.stock;
  out.push(
    ...claims('I.3', [
      ['Quyết định công bố', p?.decisionCount, 'Quyết định'],
      ['văn bản QPPL', p?.total.legalDocuments, 'văn bản', at('II.03b', 'total', 4)],
      ['TTHC công bố', p?.total.total, 'TTHC', at('II.03b', 'total', 5)],
      ['TTHC ban hành mới', p?.total.created, 'TTHC', at('II.03b', 'total', 6)],
      ['TTHC sửa đổi, thay thế', p?.total.amended, 'TTHC', at('II.03b', 'total', 7)],
      ['TTHC bãi bỏ', p?.total.abolished, 'TTHC', at('II.03b', 'total', 8)],
      ['TTHC thuộc thẩm quyền địa phương', s.total, 'TTHC'],
      ['TTHC Trung ương ban hành', s.central.total, 'TTHC'],
      ['TTHC Trung ương, cấp tỉnh', s.central.province, 'TTHC'],
      ['TTHC Trung ương, cấp xã', s.central.commune, 'TTHC'],
      ['TTHC đặc thù', s.specific.total, 'TTHC'],
      ['TTHC đặc thù, cấp tỉnh', s.specific.province, 'TTHC'],
      ['TTHC đặc thù, cấp xã', s.specific.commune, 'TTHC'],
      ['TTHC liên thông cùng cấp', m.figures.interAgency.sameLevel, 'TTHC'],
      ['TTHC liên thông giữa các cấp', m.figures.interAgency.acrossLevels, 'TTHC'],
    ]),
  );
  const it = m.documents.internalTthc;
  out.push(
    ...claims('I.4', [
      ['Quyết định công bố TTHC nội bộ', it.decisions.length, 'Quyết định'],
      ['TTHC nội bộ', it.total, 'TTHC'],
      ['TTHC nội bộ mới, sửa đổi', it.newOrAmended, 'TTHC'],
      ['TTHC nội bộ bãi bỏ', it.abolished, 'TTHC'],
      ['TTHC nội bộ lũy kế', m.figures.internalTthcCumulative, 'TTHC'],
    ]),
  );
  const f = m.feedback?.total;
  if (f && f.received > 0)
    out.push(
      ...claims('I.5', [
        ['PAKN tiếp nhận', f.received, 'PAKN', at('05b', 'total', 3)],
        ['PAKN về quy định hành chính', f.aboutRegulations, 'PAKN', at('05b', 'total', 4)],
        ['PAKN về hành vi hành chính', f.aboutConduct, 'PAKN', at('05b', 'total', 5)],
        ['PAKN xử lý đúng hạn', f.handledOnTime, 'PAKN', at('05b', 'total', 7)],
        ['PAKN đang xử lý trong hạn', f.inProgressInTime, 'PAKN', at('05b', 'total', 10)],
      ]),
    );
  const h = m.dossiers;
  if (h) {
    const group = (
      name: string,
      row: 'total' | string,
      c: typeof h.province,
      all: boolean,
    ): Spec[] => [
      [`${name}: tiếp nhận`, c.received, 'hồ sơ', at('06c', row, 3)],
      ...(all
        ? ([
            [`${name}: trực tuyến`, c.online, 'hồ sơ', at('06c', row, 4)],
            [`${name}: trực tiếp, bưu chính`, c.direct, 'hồ sơ', at('06c', row, 5)],
            [`${name}: kỳ trước chuyển qua`, c.carriedOver, 'hồ sơ', at('06c', row, 6)],
          ] as Spec[])
        : []),
      [`${name}: đã giải quyết`, c.resolved, 'hồ sơ', at('06c', row, 7)],
      [`${name}: trước hạn`, c.early, 'hồ sơ', at('06c', row, 8)],
      [`${name}: đúng hạn`, c.onTime, 'hồ sơ', at('06c', row, 9)],
      [`${name}: quá hạn`, c.late, 'hồ sơ', at('06c', row, 10)],
      [`${name}: đang giải quyết`, c.pending, 'hồ sơ', at('06c', row, 11)],
      [`${name}: đang giải quyết trong hạn`, c.pendingInTime, 'hồ sơ', at('06c', row, 12)],
      [`${name}: đang giải quyết quá hạn`, c.pendingOverdue, 'hồ sơ', at('06c', row, 13)],
    ];
    out.push(
      ...claims('I.6', [
        ...group('Toàn tỉnh', 'total', h.province, true),
        ...group('Các sở, ban, ngành', 'I', h.agencies, false),
        ...group('Các xã, phường', 'II', h.communes, false),
      ]),
    );
  }
  const st = m.figures.staff;
  out.push(
    ...claims('I.7', [
      ['Trung tâm tỉnh: biên chế', st.centre.total, 'người'],
      ['Trung tâm tỉnh: công chức', st.centre.civilServants, 'công chức'],
      ['Trung tâm tỉnh: viên chức', st.centre.publicEmployees, 'viên chức'],
      ['Trung tâm tỉnh: hợp đồng lao động', st.centre.contract, 'hợp đồng lao động'],
      ['Trung tâm cấp xã: tổng số', st.communes.total, 'người'],
      ['Trung tâm cấp xã: công chức được cử', st.communes.delegated, 'công chức'],
      ['Trung tâm cấp xã: chuyên trách', st.communes.dedicated, 'công chức'],
    ]),
  );
  return out;
}

/**
 * The value a form shows in a claim's cell, or undefined when the form or row is absent. A
 * section the form leaves out (no unit of that group has data) shows 0 for all its columns.
 */
export function formValue(tables: readonly FormTable[], cell: FormCell): number | undefined {
  const t = tables.find((x) => x.form.code === cell.form);
  if (!t) return undefined;
  if (cell.row === 'total') {
    const v = t.rows.find((r) => r.kind === 'total')?.cells[cell.column];
    return typeof v === 'number' ? v : undefined;
  }
  const row = t.rows.find((r) => r.kind === 'subtotal' && r.cells[1] === cell.row);
  if (!row) return t.rows.some((r) => r.kind === 'total') ? 0 : undefined;
  const v = row.cells[cell.column];
  return typeof v === 'number' ? v : undefined;
}
