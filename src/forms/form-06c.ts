import type { DossierRow } from '../compute/dossiers';
import { col, STT } from './columns';
import { equationsOf } from './equations-of';
import type { FormDef, FormRow } from './form-def';
import { sumRow } from './sum-rows';

const RECEIVED = 'Số hồ sơ nhận giải quyết';
const RESOLVED = 'Số hồ sơ đã giải quyết';
const PENDING = 'Số hồ sơ đang giải quyết';

const columns = [
  STT,
  col(2, ['Đơn vị'], 'label', 34),
  col(3, [RECEIVED, 'Tổng số']),
  col(4, [RECEIVED, 'Trong đó', 'Trực tuyến']),
  col(5, [RECEIVED, 'Trong đó', 'Trực tiếp và qua dịch vụ bưu chính']),
  col(6, [RECEIVED, 'Trong đó', 'Từ kỳ trước chuyển sang']),
  col(7, [RESOLVED, 'Tổng số']),
  col(8, [RESOLVED, 'Trước hạn']),
  col(9, [RESOLVED, 'Đúng hạn']),
  col(10, [RESOLVED, 'Quá hạn']),
  col(11, [PENDING, 'Tổng số']),
  col(12, [PENDING, 'Trong hạn']),
  col(13, [PENDING, 'Quá hạn']),
];

const item = (r: DossierRow, index: number): FormRow => ({
  kind: 'item',
  cells: {
    1: index,
    2: r.unitName,
    3: r.received,
    4: r.online,
    5: r.direct,
    6: r.carriedOver,
    7: r.resolved,
    8: r.early,
    9: r.onTime,
    10: r.late,
    11: r.pending,
    12: r.pendingInTime,
    13: r.pendingOverdue,
  },
});

const SECTIONS = [
  { group: 'so_nganh', index: 'I', label: 'Các sở, ban, ngành' },
  { group: 'xa_phuong', index: 'II', label: 'UBND các xã, phường' },
] as const;

/** Form 06c: dossiers per agency and commune, a subtotal per section, the grand total. */
export const form06c: FormDef = {
  code: '06c',
  fullCode: 'Biểu số 06c/VPCP/KSTT',
  title: 'TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH',
  unit: 'Hồ sơ',
  columns,
  equations: equationsOf('06c'),
  fill: (model) => {
    if (!model.dossiers) return null;
    const rows: FormRow[] = [];
    const subtotals: number[] = [];
    for (const s of SECTIONS) {
      const units = model.dossiers.rows.filter((r) => r.group === s.group);
      if (units.length === 0) continue;
      const at = rows.length;
      const items = units.map((u, i) => item(u, i + 1));
      const indices = items.map((_, i) => at + 1 + i);
      rows.push(sumRow('subtotal', { 1: s.index, 2: s.label }, items, indices, columns), ...items);
      subtotals.push(at);
    }
    const summed = subtotals.map((i) => rows[i]!);
    rows.push(sumRow('total', { 2: 'Tổng số' }, summed, subtotals, columns));
    return { form: form06c, rows, notes: [] };
  },
};
