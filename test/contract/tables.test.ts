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
