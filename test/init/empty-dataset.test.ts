import { dossiers, figures, TABLES } from '../../src/contract/tables';
import { findProvince } from '../../src/domain/find-province';
import type { Province } from '../../src/domain/registry';
import { emptyDataset } from '../../src/init/empty-dataset';
import { readRegistry } from '../../src/ingest/read-registry';

const registry = readRegistry();
const province = (q: string): Province => {
  const p = findProvince(registry, q);
  if (!p) throw new Error(`no province ${q}`);
  return p;
};
const laiChau = province('12');
const q2 = { year: 2026, kind: 'quarter', quarter: 2 } as const;
const dataset = emptyDataset({ province: laiChau, period: q2, communes: registry.communes });

/** The value column of a `fields` table as an object. */
const fields = (rows: readonly (readonly string[])[]) =>
  Object.fromEntries(rows.map((r) => [r[0], r[1]]));

describe('emptyDataset', () => {
  it('has every table of the contract, with column keys as headers', () => {
    expect(Object.keys(dataset)).toEqual(TABLES.map((t) => t.id));
    expect(dataset.HoSo.headers).toEqual(dossiers.columns.map((c) => c.key));
    // HoSo lists the units (issue 17): each commune's code and name, linh_vuc and the 11 figures blank.
    expect(dataset.HoSo.rows).toHaveLength(38);
    expect(dataset.HoSo.rows[0]).toEqual(['03637', 'Xã Mường Kim', ...Array<string>(12).fill('')]);
    expect(dataset.PAKN.rows).toEqual([]);
    expect(dataset.SoLieu.headers).toEqual(['truong', 'gia_tri', 'mo_ta']);
  });

  it('prefills the 38 communes of Lai Châu in registry order', () => {
    const rows = dataset.DonVi.rows;
    expect(dataset.DonVi.headers).toEqual(['ma_don_vi', 'loai', 'ten', 'ten_hien_thi', 'nhom']);
    expect(rows).toHaveLength(38);
    // First Lai Châu line of data/registry/don-vi-hanh-chinh-cap-xa-2025.csv, read by hand.
    expect(rows[0]).toEqual(['03637', 'xa', 'Xã Mường Kim', 'Mường Kim', 'xa_phuong']);
    expect(rows).toContainEqual(['03388', 'phuong', 'Phường Đoàn Kết', 'Đoàn Kết', 'xa_phuong']);
  });

  it('prefills ThongTin for a tỉnh', () => {
    const meta = fields(dataset.ThongTin.rows);
    expect(meta).toMatchObject({
      tinh: '12',
      ky_bao_cao: '2026-Q2',
      ngay_bao_cao: '',
      ky_hieu: 'BC-UBND',
      co_quan_ban_hanh: 'ỦY BAN NHÂN DÂN TỈNH LAI CHÂU',
      dia_danh: 'Lai Châu',
      ky_tham_quyen: 'KT.',
      ky_thay_chuc_vu: 'CHỦ TỊCH',
      ky_chuc_vu: 'PHÓ CHỦ TỊCH',
      ky_ho_ten: '',
      luu: 'VT, HCC',
    });
    const tinh = dataset.ThongTin.rows.find((r) => r[0] === 'tinh');
    expect(tinh?.[2]).toBe('Tỉnh, thành phố — Mã hoặc tên tỉnh theo danh mục 2025');
  });

  it('names a thành phố without "TỈNH" and writes a given report date', () => {
    const hanoi = emptyDataset({
      province: province('Hà Nội'),
      period: { year: 2026, kind: 'half' },
      communes: registry.communes,
      reportDate: { year: 2026, month: 6, day: 5 },
    });
    expect(fields(hanoi.ThongTin.rows)).toMatchObject({
      tinh: '01',
      ky_bao_cao: '2026-H1',
      ngay_bao_cao: '2026-06-05',
      co_quan_ban_hanh: 'ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI',
      dia_danh: 'Hà Nội',
    });
  });

  it('leaves SoLieu values blank', () => {
    expect(dataset.SoLieu.rows.every((r) => r[1] === '')).toBe(true);
    expect(dataset.SoLieu.rows).toHaveLength(figures.columns.length);
  });
});
