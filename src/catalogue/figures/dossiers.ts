import type { DossierCounts } from '../../compute/dossiers';
import type { ReportModel } from '../../compute/report-model';
import type { FigureGroup, FigureRow, ProseLabel } from '../figure-row';

/** Each group of section I.6: its placeholder prefix, its row in 06c, and how it is named. */
const GROUPS: readonly {
  group: FigureGroup;
  prefix: string;
  row: 'total' | string;
  of: string;
  counts: (m: ReportModel) => DossierCounts | null;
}[] = [
  {
    group: 'province',
    prefix: 'hs',
    row: 'total',
    of: '',
    counts: (m) => m.dossiers?.province ?? null,
  },
  {
    group: 'agencies',
    prefix: 'sn',
    row: 'I',
    of: ' của các sở, ban, ngành',
    counts: (m) => m.dossiers?.agencies ?? null,
  },
  {
    group: 'communes',
    prefix: 'xa',
    row: 'II',
    of: ' của UBND các xã, phường',
    counts: (m) => m.dossiers?.communes ?? null,
  },
];

interface Quantity {
  readonly key: keyof DossierCounts;
  readonly suffix: string;
  readonly label: string;
  readonly column: number;
  /** The words naming it; `within` is the suffix of the total it is a part of. */
  readonly prose: readonly (Omit<ProseLabel, 'within'> & { within?: string })[];
}

// In the order `tthc audit` tries them: a specific description before a general one.
const QUANTITIES: readonly Quantity[] = [
  {
    key: 'received',
    suffix: 'tiep_nhan',
    label: 'số hồ sơ tiếp nhận',
    column: 3,
    prose: [{ before: 'đã tiếp nhận' }, { before: 'yêu cầu giải quyết' }],
  },
  {
    key: 'online',
    suffix: 'truc_tuyen',
    label: 'số hồ sơ tiếp nhận trực tuyến',
    column: 4,
    prose: [{ before: 'trực tuyến', within: 'tiep_nhan' }],
  },
  {
    key: 'direct',
    suffix: 'truc_tiep',
    label: 'số hồ sơ tiếp nhận trực tiếp và qua bưu chính',
    column: 5,
    prose: [{ before: 'trực tiếp', within: 'tiep_nhan' }],
  },
  {
    key: 'carriedOver',
    suffix: 'ky_truoc',
    label: 'số hồ sơ kỳ trước chuyển qua',
    column: 6,
    prose: [{ before: 'kỳ trước' }],
  },
  {
    key: 'resolved',
    suffix: 'da_giai_quyet',
    label: 'số hồ sơ đã giải quyết',
    column: 7,
    prose: [{ before: 'đã giải quyết' }],
  },
  {
    key: 'early',
    suffix: 'truoc_han',
    label: 'số hồ sơ giải quyết trước hạn',
    column: 8,
    prose: [{ before: 'trước hạn', within: 'da_giai_quyet' }],
  },
  {
    key: 'onTime',
    suffix: 'dung_han',
    label: 'số hồ sơ giải quyết đúng hạn',
    column: 9,
    prose: [{ before: 'đúng hạn', within: 'da_giai_quyet' }],
  },
  {
    key: 'late',
    suffix: 'qua_han',
    label: 'số hồ sơ giải quyết quá hạn',
    column: 10,
    prose: [{ before: 'quá hạn', within: 'da_giai_quyet' }],
  },
  {
    key: 'pending',
    suffix: 'dang_giai_quyet',
    label: 'số hồ sơ đang giải quyết',
    column: 11,
    prose: [{ before: 'đang giải quyết' }],
  },
  {
    key: 'pendingInTime',
    suffix: 'trong_han',
    label: 'số hồ sơ đang giải quyết trong hạn',
    column: 12,
    prose: [{ before: 'trong hạn', within: 'dang_giai_quyet' }],
  },
  {
    key: 'pendingOverdue',
    suffix: 'dang_qua_han',
    label: 'số hồ sơ đang giải quyết quá hạn',
    column: 13,
    prose: [{ before: 'quá hạn', within: 'dang_giai_quyet' }],
  },
];

/** "148.977 hồ sơ tiếp nhận trực tuyến" names the province's figure in any paragraph. */
const PROVINCE_ONLINE: ProseLabel = { after: 'tiếp nhận trực tuyến', anyGroup: true };

function row(q: Quantity, g: (typeof GROUPS)[number]): FigureRow {
  const prose = q.prose.map((p) => ({
    ...p,
    ...(p.within ? { within: `${g.prefix}_${p.within}` } : {}),
  }));
  return {
    id: `${g.prefix}_${q.suffix}`,
    label: q.label + g.of,
    unit: 'hồ sơ',
    format: 'count',
    value: (m) => {
      // The report exists only with dossiers; a group without units counts 0.
      if (!m.dossiers) return null;
      return g.counts(m)?.[q.key] ?? 0;
    },
    form: { form: '06c', row: g.row, column: q.column },
    group: g.group,
    claim: { section: 'I.6' },
    prose: q.key === 'online' && g.group === 'province' ? [...prose, PROVINCE_ONLINE] : prose,
  };
}

/** Section I.6: dossiers of the province, its agencies and its communes (form 06c). */
export const DOSSIER_FIGURES: readonly FigureRow[] = QUANTITIES.flatMap((q) =>
  GROUPS.map((g) => row(q, g)),
);
