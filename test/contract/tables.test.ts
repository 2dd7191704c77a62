import type { TableDef } from '../../src/contract/table';
import { TABLES } from '../../src/contract/tables';
import { EQUATIONS } from '../../src/contract/equations';

const tables = TABLES as readonly TableDef[];

test.each(tables.map((t) => [t.id, t] as const))('%s: keys and headers are unique', (_, t) => {
  const keys = t.columns.map((c) => c.key);
  const headers = t.columns.map((c) => c.header.toLowerCase());
  expect(new Set(keys).size).toBe(keys.length);
  expect(new Set(headers).size).toBe(headers.length);
  for (const k of t.mergeKey ?? []) expect(keys).toContain(k);
});

test('every equation names columns of its table', () => {
  for (const e of EQUATIONS) {
    const t = tables.find((x) => x.id === e.table);
    expect(t).toBeDefined();
    const keys = t!.columns.map((c) => c.key);
    for (const k of [e.total, ...e.parts]) expect(keys).toContain(k);
  }
});

test('only DonVi and ThongTin are required', () => {
  expect(tables.filter((t) => t.required).map((t) => t.id)).toEqual(['ThongTin', 'DonVi']);
});

// The blank policy (issue 17): a blank count is 0, except where blank means something else.
test('a blank count reads 0 except a total computed from its parts, a rank and an unmeasured figure', () => {
  const totals = new Set(EQUATIONS.filter((e) => e.defines).map((e) => `${e.table}.${e.total}`));
  const notZero = tables.flatMap((t) =>
    t.columns.filter((c) => c.type === 'count' && !c.blankIsZero).map((c) => `${t.id}.${c.key}`),
  );
  expect(notZero.sort()).toEqual(
    [
      ...totals,
      'ChiSo766.xep_hang',
      'ChiSo766.so_don_vi_xep_hang',
      'ChiTieuDonVi.ho_so_qua_han',
      'ChiTieuDonVi.ho_so_tam_dung',
      // The portal's numerator and denominator: blank is a figure the portal did not give.
      'ChiSoThanhPhan766.tu_so',
      'ChiSoThanhPhan766.mau_so',
    ].sort(),
  );
  // Only counts read a blank as 0: a blank score, rate or date is never a number.
  for (const t of tables)
    for (const c of t.columns) if (c.type !== 'count') expect(c.blankIsZero).toBeUndefined();
});
