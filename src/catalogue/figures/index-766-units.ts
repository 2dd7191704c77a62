import type { RankedUnit } from '../../compute/index-766';
import type { ReportModel } from '../../compute/report-model';
import { BAND_LABELS } from '../../contract/footnote-rules';
import type { FigureRow } from '../figure-row';

/** The bands as ids write them: "trung bình" → trung_binh. */
const BAND_IDS: Readonly<Record<(typeof BAND_LABELS)[number], string>> = {
  'xuất sắc': 'xuat_sac',
  tốt: 'tot',
  khá: 'kha',
  'trung bình': 'trung_binh',
  yếu: 'yeu',
};

/** Whose units a count is of: all, the agencies, the communes (as the I.6 figures prefix them). */
const SCOPES = [
  { prefix: 'dv', words: 'cơ quan, đơn vị, địa phương', of: (m: ReportModel) => all(m) },
  {
    prefix: 'sn',
    words: 'sở, ban, ngành',
    of: (m: ReportModel) => m.index766?.groups.so_nganh ?? null,
  },
  {
    prefix: 'xa',
    words: 'xã, phường',
    of: (m: ReportModel) => m.index766?.groups.xa_phuong ?? null,
  },
] as const;

function all(m: ReportModel): readonly RankedUnit[] | null {
  const g = m.index766?.groups;
  return g ? [...g.so_nganh, ...g.xa_phuong] : null;
}

const place = (label: string) => (BAND_LABELS as readonly string[]).indexOf(label);

/** How many units of a scope are in a band, or in it or a better one ("tốt trở lên"). */
function bandCount(
  scope: (typeof SCOPES)[number],
  band: (typeof BAND_LABELS)[number],
  orBetter: boolean,
): FigureRow {
  const worst = place(band);
  return {
    id: `${scope.prefix}_xep_loai_${BAND_IDS[band]}${orBetter ? '_tro_len' : ''}`,
    label: `số ${scope.words} xếp loại ${band}${orBetter ? ' trở lên' : ''}`,
    unit: '',
    format: 'count',
    strict: true,
    value: (m) => {
      const units = scope.of(m);
      if (!units) return null;
      return units.filter((u) => {
        const p = place(u.classification);
        return orBetter ? p >= 0 && p <= worst : p === worst;
      }).length;
    },
  };
}

/**
 * Index 766 (letters): counts of the units ranked, by classification band ("N cơ quan, đơn vị,
 * địa phương xếp loại tốt trở lên; 0M đơn vị xếp loại khá"), for all units, agencies, communes.
 */
export const INDEX_766_UNIT_FIGURES: readonly FigureRow[] = SCOPES.flatMap((scope) => [
  {
    id: `${scope.prefix}_so_xep_hang`,
    label: `số ${scope.words} được xếp hạng`,
    unit: '',
    format: 'count' as const,
    strict: true,
    value: (m: ReportModel) => scope.of(m)?.length ?? null,
  },
  ...BAND_LABELS.map((band) => bandCount(scope, band, false)),
  ...(['tốt', 'khá', 'trung bình'] as const).map((band) => bandCount(scope, band, true)),
]);
