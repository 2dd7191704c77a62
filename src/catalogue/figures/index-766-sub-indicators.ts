import type { SubReading } from '../../compute/index-766';
import type { ReportModel } from '../../compute/report-model';
import { SUB_INDICATOR_CODES, subIndicatorDef } from '../../contract/indicator-sets';
import type { FigureRow } from '../figure-row';

const sub = (m: ReportModel, code: string): SubReading | null =>
  m.index766?.province?.subIndicators[code] ?? null;

/**
 * Index 766 (letters): the province's figures of every sub-indicator of the indicator sets, from
 * its row TINH of ChiSoThanhPhan766: its rate ("mới đạt 97,12%"), numerator, denominator and the
 * rest (denominator − numerator: dossiers not synced, not digitised). A figure the portal does
 * not give is unknown, never 0.
 */
export const INDEX_766_SUB_FIGURES: readonly FigureRow[] = SUB_INDICATOR_CODES.flatMap((code) => {
  const def = subIndicatorDef(code)!;
  const rows: FigureRow[] = [
    {
      id: `tinh_ty_le_${code}`,
      label: `${def.name} của tỉnh`,
      unit: '',
      format: 'percent',
      strict: true,
      value: (m) => sub(m, code)?.ratio ?? null,
    },
  ];
  if (def.numerator !== '')
    rows.push(
      {
        id: `tinh_tu_so_${code}`,
        label: `số ${def.numerator} của tỉnh (tử số)`,
        unit: '',
        format: 'count',
        strict: true,
        value: (m) => sub(m, code)?.numerator ?? null,
      },
      {
        id: `tinh_mau_so_${code}`,
        label: `số ${def.denominator} của tỉnh (mẫu số)`,
        unit: '',
        format: 'count',
        strict: true,
        value: (m) => sub(m, code)?.denominator ?? null,
      },
      {
        id: `tinh_con_lai_${code}`,
        label: `mẫu số trừ tử số của ${def.name.replace(/^Tỷ lệ /u, '').toLowerCase()}, của tỉnh`,
        unit: '',
        format: 'count',
        strict: true,
        value: (m) => {
          const s = sub(m, code);
          return s?.numerator == null || s.denominator == null ? null : s.denominator - s.numerator;
        },
      },
    );
  return rows;
});
