import fc from 'fast-check';
import { periodBounds, periodCode } from '../../src/domain/period';
import type { Province, Registry } from '../../src/domain/registry';
import type { CivilDate, Period } from '../../src/format/calendar-types';
import type { RawDataset, RawTable } from '../../src/domain/raw-table';

/**
 * Random datasets that satisfy the data contract, in the shape of the samples: a province of
 * the registry and some of its communes, a few agencies, and tables whose numbers are drawn so
 * that every form identity holds (the parts are drawn, the totals are their sums, each total
 * left blank or filled). Alongside each dataset, the sums the forms must show, computed here
 * from the drawn numbers, not by the program.
 */
export interface DrawnDataset {
  readonly raw: RawDataset;
  readonly province: Province;
  readonly period: Period;
  /** Σ (4)+(5)+(6) of HoSo, Σ (4)+(5) of PAKN, Σ (6)+(7)+(8) of CongBo. */
  readonly expected: { dossiers: number; feedback: number; published: number };
}

const AGENCIES = [
  ['SO-TP', 'Sở Tư pháp'],
  ['SO-YT', 'Sở Y tế'],
  ['SO-NV', 'Sở Nội vụ'],
  ['SO-TC', 'Sở Tài chính'],
  ['SO-XD', 'Sở Xây dựng'],
  ['SO-CT', 'Sở Công Thương'],
] as const;
const FIELDS = ['Đất đai', 'Tư pháp', 'Hộ tịch', 'Xây dựng', 'Y tế'];
const FIGURES = [
  'tthc_tw_cap_tinh',
  'tthc_tw_cap_xa',
  'tthc_dac_thu_cap_tinh',
  'tthc_dac_thu_cap_xa',
  'tthc_lien_thong_cung_cap',
  'tthc_lien_thong_cac_cap',
  'tthc_noi_bo_luy_ke',
  'quy_dinh_kinh_doanh_cat_giam',
  'tthc_phan_cap',
  'tt_tinh_cong_chuc',
  'tt_tinh_vien_chuc',
  'tt_tinh_hop_dong',
  'tt_xa_cong_chuc_cu',
  'tt_xa_chuyen_trach',
];

/** `total` split into as many whole parts as `weights`, in proportion, remainder to the first. */
function split(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  const parts = weights.map((w) => (sum === 0 ? 0 : Math.floor((total * w) / sum)));
  parts[0]! += total - parts.reduce((s, p) => s + p, 0);
  return parts;
}

const DAY_MS = 86_400_000;
const epochDay = (d: CivilDate) => Date.UTC(d.year, d.month - 1, d.day) / DAY_MS;
const isoOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** A table as the CSV reader gives it: text cells, lines numbered from 2. */
function table(
  name: string,
  headers: readonly string[],
  rows: readonly (readonly string[])[],
): RawTable {
  return {
    name,
    file: `${name}.csv`,
    format: 'csv',
    headers: headers.map((text) => ({ text })),
    rows: rows.map((cells, i) => ({
      number: i + 2,
      cells: cells.map((c) => (c === '' ? null : c)),
    })),
    headerRow: 1,
  };
}

const count = (max: number) => fc.integer({ min: 0, max });
const weights = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 100 }), { minLength: n, maxLength: n });
const filled = fc.boolean();
const total = (value: number, fill: boolean) => (fill ? String(value) : '');

const periodArb: fc.Arbitrary<Period> = fc.oneof(
  fc.record({
    year: fc.integer({ min: 2025, max: 2027 }),
    kind: fc.constant('quarter' as const),
    quarter: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const),
  }),
  fc.record({
    year: fc.integer({ min: 2025, max: 2027 }),
    kind: fc.constantFrom('half' as const, 'nine-months' as const, 'year' as const),
  }),
);

/** A HoSo row: (4), (5), (6) drawn; their sum split into resolved (8)(9)(10) and pending (12)(13). */
const dossierRow = fc
  .record({
    parts: fc.tuple(count(20_000), count(5_000), count(3_000)),
    w: weights(5),
    fill: fc.tuple(filled, filled, filled),
  })
  .map(({ parts, w, fill }) => {
    const received = parts[0] + parts[1] + parts[2];
    const [early, onTime, late, inTime, overdue] = split(received, w) as [
      number,
      number,
      number,
      number,
      number,
    ];
    const resolved = early + onTime + late;
    const pending = inTime + overdue;
    return {
      received,
      cells: [
        total(received, fill[0]),
        ...parts.map(String),
        total(resolved, fill[1]),
        String(early),
        String(onTime),
        String(late),
        total(pending, fill[2]),
        String(inTime),
        String(overdue),
      ],
    };
  });

const feedbackRow = fc
  .record({
    about: fc.tuple(count(200), count(50)),
    w: weights(4),
    published: fc.double({ min: 0, max: 1, noNaN: true }),
    fill: fc.tuple(filled, filled, filled),
  })
  .map(({ about, w, published, fill }) => {
    const received = about[0] + about[1];
    const [onTime, late, inTime, overdue] = split(received, w) as [number, number, number, number];
    const handled = onTime + late;
    return {
      received,
      cells: [
        total(received, fill[0]),
        String(about[0]),
        String(about[1]),
        total(handled, fill[1]),
        String(onTime),
        String(late),
        total(inTime + overdue, fill[2]),
        String(inTime),
        String(overdue),
        String(Math.floor(handled * published)),
      ],
    };
  });

/** CongBo and DuThao: (6), (7), (8) drawn, (5) blank or their sum. */
const tthcCounts = fc.record({
  parts: fc.tuple(count(30), count(30), count(30)),
  fill: filled,
  share: fc.double({ min: 0, max: 1, noNaN: true }),
});

/** Random valid datasets of the registry's provinces; see DrawnDataset. */
export function arbitraryDataset(registry: Registry): fc.Arbitrary<DrawnDataset> {
  return fc
    .record({
      province: fc.constantFrom(...registry.provinces),
      period: periodArb,
      agencies: fc.subarray([...AGENCIES], { minLength: 1 }),
      communeCount: fc.integer({ min: 0, max: 6 }),
      communeSeed: fc.nat(),
      signer: fc.constantFrom('Ngô Hạnh Phúc', 'Nguyễn Văn A', 'Trần Thị Bình'),
    })
    .chain((base) => {
      const own = registry.communes.filter((c) => c.provinceCode === base.province.code);
      const start = own.length === 0 ? 0 : base.communeSeed % own.length;
      const communes = own.slice(start, start + base.communeCount);
      const units = [
        ...base.agencies.map(([id, name]) => ({ id, kind: 'co_quan', name })),
        ...communes.map((c) => ({ id: c.code, kind: c.kind as string, name: c.name })),
      ];
      const { from, to } = periodBounds(base.period);
      const day = fc.integer({ min: epochDay(from), max: epochDay(to) }).map(isoOf);
      return fc.record({
        base: fc.constant(base),
        units: fc.constant(units),
        dossiers: fc.array(
          fc.record({
            unit: fc.constantFrom(...units),
            field: fc.constantFrom('', ...FIELDS),
            row: dossierRow,
          }),
          { minLength: 1, maxLength: 12 },
        ),
        feedback: fc.uniqueArray(
          fc.record({ field: fc.constantFrom(...FIELDS), row: feedbackRow }),
          { maxLength: 4, selector: (r) => r.field },
        ),
        publications: fc.array(
          fc.record({
            day,
            agency: fc.constantFrom(...AGENCIES),
            counts: tthcCounts,
            legal: count(5),
          }),
          { maxLength: 4 },
        ),
        drafts: fc.array(
          fc.record({
            kind: fc.constantFrom('nghi_quyet_hdnd', 'quyet_dinh_ubnd'),
            agency: fc.constantFrom(...AGENCIES),
            counts: tthcCounts,
          }),
          { maxLength: 3 },
        ),
        documents: fc.array(
          fc.record({
            kind: fc.constantFrom('ke_hoach', 'cong_van', 'quyet_dinh', 'thong_bao'),
            day,
            group: fc.constantFrom('chi_dao', 'khong_phu_thuoc_dia_gioi', 'khac'),
          }),
          { maxLength: 4 },
        ),
        internal: fc.array(fc.record({ day, counts: fc.tuple(count(20), count(20)) }), {
          maxLength: 2,
        }),
        // Per-unit indicators (the compliance annex): a count and five rates, each may be blank.
        indicators: fc.array(
          fc.record({
            unit: fc.constantFrom(...units),
            day,
            overdue: fc.option(count(500), { nil: null }),
            rates: fc.array(fc.option(fc.integer({ min: 0, max: 10_000 }), { nil: null }), {
              minLength: 5,
              maxLength: 5,
            }),
          }),
          { maxLength: 8 },
        ),
        figures: fc.array(count(2_000), { minLength: FIGURES.length, maxLength: FIGURES.length }),
        reportDay: fc.integer({ min: epochDay(to), max: epochDay(to) + 20 }).map(isoOf),
      });
    })
    .map((d) => {
      // One row per unit and field: a repeat would be summed (and reported) by the validator.
      const seen = new Set<string>();
      const dossiers = d.dossiers.filter((r) => {
        const key = `${r.unit.id}|${r.field}`;
        return !seen.has(key) && seen.add(key);
      });
      // One reading per unit and date.
      const read = new Set<string>();
      const indicators = d.indicators.filter((r) => {
        const key = `${r.unit.id}|${r.day}`;
        return !read.has(key) && read.add(key);
      });
      const tables = [
        table(
          'ThongTin',
          ['truong', 'gia_tri'],
          [
            ['tinh', d.base.province.code],
            ['ky_bao_cao', periodCode(d.base.period)],
            ['ngay_bao_cao', d.reportDay],
            ['ky_tham_quyen', 'KT.'],
            ['ky_thay_chuc_vu', 'CHỦ TỊCH'],
            ['ky_chuc_vu', 'PHÓ CHỦ TỊCH'],
            ['ky_ho_ten', d.base.signer],
          ],
        ),
        table(
          'DonVi',
          ['ma_don_vi', 'loai', 'ten'],
          d.units.map((u) => [u.id, u.kind, u.name]),
        ),
        table(
          'HoSo',
          [
            'ma_don_vi',
            'linh_vuc',
            'tong_tiep_nhan',
            'tiep_nhan_truc_tuyen',
            'tiep_nhan_truc_tiep',
            'ky_truoc_chuyen_sang',
            'tong_da_giai_quyet',
            'giai_quyet_truoc_han',
            'giai_quyet_dung_han',
            'giai_quyet_qua_han',
            'tong_dang_giai_quyet',
            'dang_giai_quyet_trong_han',
            'dang_giai_quyet_qua_han',
          ],
          dossiers.map((r) => [r.unit.id, r.field, ...r.row.cells]),
        ),
        table(
          'PAKN',
          [
            'linh_vuc',
            'tong_tiep_nhan',
            've_quy_dinh',
            've_hanh_vi',
            'tong_da_xu_ly',
            'da_xu_ly_dung_han',
            'da_xu_ly_qua_han',
            'tong_dang_xu_ly',
            'dang_xu_ly_trong_han',
            'dang_xu_ly_qua_han',
            'da_cong_khai',
          ],
          d.feedback.map((r) => [r.field, ...r.row.cells]),
        ),
        table(
          'CongBo',
          [
            'so_quyet_dinh',
            'ngay_quyet_dinh',
            'co_quan_linh_vuc',
            'so_vbqppl',
            'tong_tthc',
            'tthc_moi',
            'tthc_sua_doi',
            'tthc_bai_bo',
            'tthc_dang_tai_csdlqg',
          ],
          d.publications.map((r, i) => {
            const sum = r.counts.parts[0] + r.counts.parts[1] + r.counts.parts[2];
            return [
              `${100 + i}/QĐ-UBND`,
              r.day,
              r.agency[1],
              String(r.legal),
              total(sum, r.counts.fill),
              ...r.counts.parts.map(String),
              String(Math.floor(sum * r.counts.share)),
            ];
          }),
        ),
        table(
          'DuThao',
          [
            'ten_du_thao',
            'loai_van_ban',
            'co_quan_soan_thao',
            'tong_tthc',
            'tthc_moi',
            'tthc_sua_doi',
            'tthc_bai_bo',
            'tthc_danh_gia_tac_dong',
          ],
          d.drafts.map((r, i) => {
            const sum = r.counts.parts[0] + r.counts.parts[1] + r.counts.parts[2];
            return [
              `Dự thảo số ${i + 1}`,
              r.kind,
              r.agency[1],
              total(sum, r.counts.fill),
              ...r.counts.parts.map(String),
              String(Math.floor(sum * r.counts.share)),
            ];
          }),
        ),
        table(
          'VanBan',
          ['loai', 'so_ky_hieu', 'ngay', 'trich_yeu', 'nhom'],
          d.documents.map((r, i) => [
            r.kind,
            `${200 + i}/UBND-HCC`,
            r.day,
            `về nội dung số ${i + 1}`,
            r.group,
          ]),
        ),
        table(
          'TTHCNoiBo',
          ['so_ky_hieu', 'ngay', 'trich_yeu', 'tthc_moi_sua_doi', 'tthc_bai_bo'],
          d.internal.map((r, i) => [
            `${300 + i}/QĐ-UBND`,
            r.day,
            `Về việc công bố TTHC nội bộ số ${i + 1}`,
            ...r.counts.map(String),
          ]),
        ),
        table(
          'SoLieu',
          ['truong', 'gia_tri'],
          FIGURES.map((f, i) => [f, String(d.figures[i])]),
        ),
        table(
          'ChiTieuDonVi',
          [
            'ma_don_vi',
            'ngay',
            'ho_so_qua_han',
            'ty_le_nop_truc_tuyen',
            'ty_le_thanh_toan_truc_tuyen',
            'ty_le_luan_chuyen_dien_tu',
            'ty_le_tai_su_dung',
            'ty_le_so_hoa',
          ],
          indicators.map((r) => [
            r.unit.id,
            r.day,
            r.overdue === null ? '' : String(r.overdue),
            // Hundredths of a percent, written with a decimal point: 8601 → "86.01".
            ...r.rates.map((x) => (x === null ? '' : String(x / 100))),
          ]),
        ),
        table('NoiNhan', ['noi_nhan'], [['Cục KSTTHC (Bộ Tư pháp)'], ['Chủ tịch UBND tỉnh']]),
      ];
      const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);
      return {
        raw: { source: 'ngau-nhien', tables, issues: [] },
        province: d.base.province,
        period: d.base.period,
        expected: {
          dossiers: sum(dossiers.map((r) => r.row.received)),
          feedback: sum(d.feedback.map((r) => r.row.received)),
          published: sum(
            d.publications.map((r) => r.counts.parts[0] + r.counts.parts[1] + r.counts.parts[2]),
          ),
        },
      };
    });
}
