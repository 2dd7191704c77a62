import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { readRegistry, readRegistryCsv } from '../../src/ingest/read-registry';
import { projectRoot } from '../../src/tools/project-root';

// The shipped registry is read without csv-parse when its lines are plain fields between
// commas; anything else goes through csv-parse. Either way the rows are csv-parse's.

const SHIPPED = join(projectRoot(), 'data', 'registry');
const PROVINCES = 'tinh-thanh-2025.csv';
const COMMUNES = 'don-vi-hanh-chinh-cap-xa-2025.csv';

const csvParse = (text: string) =>
  parse(text, { columns: true, bom: true }) as Record<string, string>[];

/** The registry as csv-parse reads the shipped files, in the shape readRegistry gives. */
function expected(dir = SHIPPED) {
  const read = (f: string) => csvParse(readFileSync(join(dir, f), 'utf8'));
  return {
    provinces: read(PROVINCES).map((r) => ({ code: r.ma_tinh, name: r.ten })),
    communes: read(COMMUNES).map((r) => ({
      code: r.ma_xa,
      name: r.ten,
      kind: r.loai,
      provinceCode: r.ma_tinh,
    })),
  };
}

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A copy of the registry whose two files are `edit`ed. */
function copyWith(edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'tthc-registry-'));
  dirs.push(dir);
  for (const f of [PROVINCES, COMMUNES])
    writeFileSync(join(dir, f), edit(readFileSync(join(SHIPPED, f), 'utf8')));
  return dir;
}

test('the shipped registry reads as csv-parse reads it: 34 provinces, 3,321 communes', () => {
  const registry = readRegistry(SHIPPED);
  expect(registry.provinces).toHaveLength(34);
  expect(registry.communes).toHaveLength(3321);
  expect(registry).toEqual(expected());
  expect(registry.communes[0]).toEqual({
    code: '00070',
    name: 'Phường Hoàn Kiếm',
    kind: 'phuong',
    provinceCode: '01',
  });
});

test.each([
  [
    'a byte-order mark and Windows line ends',
    (t: string) => '\uFEFF' + t.replace(/\r?\n/g, '\r\n'),
  ],
  ['Unix line ends, no line end at the end', (t: string) => t.replace(/\r?\n/g, '\n').trimEnd()],
])('a copy with %s reads the same', (_, edit) => {
  expect(readRegistry(copyWith(edit))).toEqual(expected());
});

test('Windows and Unix line ends mixed (a line added by another editor) read the same', () => {
  const dir = copyWith((t) =>
    t
      .replace(/\r?\n/g, '\n')
      .trimEnd()
      .split('\n')
      .map((line, i) => line + (i % 2 ? '\r\n' : '\n'))
      .join(''),
  );
  expect(readRegistry(dir)).toEqual(expected());
});

test('an empty line, at the end too, goes through csv-parse, which refuses it as before', () => {
  const unix = (t: string) => t.replace(/\r?\n/g, '\n');
  expect(() => readRegistry(copyWith((t) => unix(t) + '\n'))).toThrow();
  expect(() => readRegistry(copyWith((t) => unix(t).replace('\n', '\n\n')))).toThrow();
});

test('a carriage return alone (old Mac line ends) goes through csv-parse', () => {
  const dir = copyWith((t) => t.replace(/\r?\n/g, '\r'));
  expect(readRegistry(dir)).toEqual(expected());
});

test('a quoted field (a comma in a name) goes through csv-parse', () => {
  const dir = copyWith((t) =>
    t.replace('00070,Phường Hoàn Kiếm,', '00070,"Phường Hoàn Kiếm, cũ",'),
  );
  const registry = readRegistry(dir);
  expect(registry.communes[0]!.name).toBe('Phường Hoàn Kiếm, cũ');
  expect(registry.communes[0]!.kind).toBe('phuong');
  expect(registry).toEqual(expected(dir));
});

test('each file of the registry reads into the rows csv-parse gives, names and order of keys alike', () => {
  for (const f of readdirSync(SHIPPED).filter((n) => n.endsWith('.csv'))) {
    const file = join(SHIPPED, f);
    const rows = readRegistryCsv(file);
    const parsed = parse(readFileSync(file, 'utf8'), { columns: true, bom: true }) as object[];
    expect([f, rows.length]).toEqual([f, parsed.length]);
    expect(rows).toStrictEqual(parsed);
    expect(rows.map((r) => Object.keys(r).join())).toEqual(
      parsed.map((r) => Object.keys(r).join()),
    );
  }
});

test('a repeated column name keeps the last value, and "__proto__" is a column like any other', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tthc-registry-keys-'));
  try {
    const file = join(dir, 'x.csv');
    writeFileSync(file, 'ma,ten,ma,__proto__\n01,Một,02,p\n');
    const rows = readRegistryCsv(file);
    expect(rows).toStrictEqual(
      parse(readFileSync(file, 'utf8'), { columns: true, bom: true }) as object[],
    );
    expect(rows[0]!['ma']).toBe('02');
    expect(Object.hasOwn(rows[0]!, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(rows[0]!)).toBe(Object.prototype);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
