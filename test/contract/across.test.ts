// How a 6-month, 9-month or annual period takes each figure from its quarters (issue 17) is
// declared once, next to each column: these tests hold every numeric column to a declaration
// that fits its table.
import type { TableDef } from '../../src/contract/table';
import { TABLES } from '../../src/contract/tables';
import { EQUATIONS } from '../../src/contract/equations';

const tables = TABLES as readonly TableDef[];
const numeric = (t: TableDef) =>
  t.columns.filter((c) => c.type === 'count' || c.type === 'decimal' || c.type === 'percent');

test('every numeric column declares how the quarters make it, and no other column does', () => {
  const undeclared = tables.flatMap((t) =>
    numeric(t)
      .filter((c) => c.across === undefined)
      .map((c) => `${t.id}.${c.key}`),
  );
  const stray = tables.flatMap((t) =>
    t.columns
      .filter((c) => !numeric(t).includes(c) && c.across !== undefined)
      .map((c) => `${t.id}.${c.key}`),
  );
  expect(undeclared).toEqual([]);
  expect(stray).toEqual([]);
  // The count is a guard against a column that escapes the filter above.
  expect(tables.flatMap(numeric)).toHaveLength(77);
});

test('a figure of a list travels with its row; a table combined by key or field has no row figure', () => {
  for (const t of tables) {
    const kinds = new Set(numeric(t).map((c) => c.across));
    if (t.combine === 'list' || t.combine === 'latest')
      expect([t.id, [...kinds]]).toEqual([t.id, numeric(t).length ? ['row'] : []]);
    else expect([t.id, kinds.has('row')]).toEqual([t.id, false]);
  }
});

test('a derived figure is exactly a total its form equations compute from its parts', () => {
  const defined = new Set(EQUATIONS.filter((e) => e.defines).map((e) => `${e.table}.${e.total}`));
  const derived = tables.flatMap((t) =>
    numeric(t)
      .filter((c) => c.across === 'derived')
      .map((c) => `${t.id}.${c.key}`),
  );
  const keyed = [...defined].filter((k) => {
    const t = tables.find((x) => x.id === k.split('.')[0])!;
    return t.combine === 'by-key' || t.combine === 'fields';
  });
  expect(derived.sort()).toEqual(keyed.sort());
});

test('a table keyed for the quarters has a key; the period frame has no figure', () => {
  for (const t of tables) {
    if (t.combine === 'by-key') expect([t.id, (t.mergeKey?.length ?? 0) > 0]).toEqual([t.id, true]);
    if (t.combine === 'own') expect([t.id, numeric(t)]).toEqual([t.id, []]);
  }
});

// The declarations the issue names, read against REFERENCE §3: 06c (6) is carried over, so the
// first quarter's; (4), (5), (8)–(10) are flows; (12), (13) are pending at the end.
test('form 06c: flows summed, pending at the end, carried over from the first quarter', () => {
  const hoSo = tables.find((t) => t.id === 'HoSo')!;
  const across = Object.fromEntries(hoSo.columns.map((c) => [c.key, c.across]));
  expect(across).toMatchObject({
    tiep_nhan_truc_tuyen: 'sum',
    tiep_nhan_truc_tiep: 'sum',
    ky_truoc_chuyen_sang: 'start',
    giai_quyet_truoc_han: 'sum',
    giai_quyet_dung_han: 'sum',
    giai_quyet_qua_han: 'sum',
    dang_giai_quyet_trong_han: 'end',
    dang_giai_quyet_qua_han: 'end',
    tong_tiep_nhan: 'derived',
  });
});
