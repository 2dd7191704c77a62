// read-cell.ts takes a text or an in-bounds number without zod (plainValue, column-schema.ts).
// Wherever it does, the column's zod schema must give the same value; everything else is left
// to the schema. Checked on every cell of the samples' CSV files, in every column of the
// contract, and on values made to sit at the edges.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { ColumnDef } from '../../src/contract/column';
import { TABLES } from '../../src/contract/tables';
import { MAX_COUNT } from '../../src/contract/cell-limits';
import { columnSchema, plainValue } from '../../src/validate/cells/column-schema';
import { projectRoot } from '../../src/tools/project-root';

const EDGES: unknown[] = [
  '0',
  '-0',
  '-1',
  '1.5',
  '1,5',
  '1.500',
  '176 319',
  '12%',
  '12,5 %',
  '1e3',
  'Infinity',
  'NaN',
  '  42  ',
  String(MAX_COUNT),
  String(MAX_COUNT + 1),
  '9007199254740993',
  'abc',
  '',
  ' Sở  Tư pháp ',
  'Ủy ban',
  0,
  -0,
  -3,
  2.75,
  Number.MAX_SAFE_INTEGER + 2,
  Infinity,
  NaN,
  new Date(Date.UTC(2026, 2, 16)),
  true,
];

/** Every cell of every CSV file of the bundled samples. */
function sampleCells(): string[] {
  const data = join(projectRoot(), 'data');
  const cells = new Set<string>();
  for (const folder of readdirSync(data, { withFileTypes: true })) {
    if (!folder.isDirectory() || folder.name === 'registry') continue;
    for (const f of readdirSync(join(data, folder.name)))
      if (f.endsWith('.csv'))
        for (const row of parse(readFileSync(join(data, folder.name, f), 'utf8'), {
          bom: true,
          relax_column_count: true,
        }) as string[][])
          for (const c of row) cells.add(c);
  }
  return [...cells];
}

test('a value taken without zod is the value zod gives, in every column of the contract', () => {
  const values = [...EDGES, ...sampleCells()];
  expect(values.length).toBeGreaterThan(1000);
  let taken = 0;
  const differ: unknown[] = [];
  for (const table of TABLES)
    for (const col of table.columns) {
      const schema = columnSchema(col);
      for (const v of values) {
        const plain = plainValue(v, col);
        if (plain === undefined) continue;
        taken++;
        const z = schema.safeParse(v);
        if (!z.success || !Object.is(z.data, plain)) differ.push([table.id, col.key, v, plain]);
      }
    }
  expect(differ).toEqual([]);
  // Not vacuous: texts and numbers are taken by the thousand.
  expect(taken).toBeGreaterThan(10000);
});

test('numbers out of their column are left to the schema, which refuses them', () => {
  const columns: readonly ColumnDef[] = TABLES.flatMap((t): readonly ColumnDef[] => t.columns);
  const count = columns.find((c) => c.type === 'count' && !c.max)!;
  for (const v of ['-1', '1.5', '12%', String(MAX_COUNT + 1), 'abc', Infinity, NaN, -3]) {
    expect([v, plainValue(v, count)]).toEqual([v, undefined]);
    expect([v, columnSchema(count).safeParse(v).success]).toEqual([v, false]);
  }
});
