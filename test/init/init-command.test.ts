import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TABLES } from '../../src/contract/tables';
import { runInit } from '../../src/cli/commands/init';
import { parseCsv } from '../../src/ingest/read-csv';
import { provinceSlug } from '../../src/domain/province-slug';

let root: string;
let printed: string[];
const print = (text: string) => printed.push(text);
const run = (args: Partial<Parameters<typeof runInit>[0]>) =>
  runInit(
    { province: '12', period: '2026-Q2', out: join(root, 'out'), force: false, ...args },
    print,
    print,
  );

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'tthc-init-cmd-'));
  printed = [];
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('tthc init', () => {
  it('writes the CSV files and the workbook, byte-stable across runs', async () => {
    expect(await run({})).toBe(0);
    const out = join(root, 'out');
    const workbook = 'du-lieu-lai-chau-2026-q2.xlsx';
    expect(readdirSync(out).sort()).toEqual(
      [
        ...TABLES.map((t) => `${t.id}.csv`),
        workbook,
        'noi-dung.md',
        '.tthc-tep-da-ghi.json',
      ].sort(),
    );
    expect(readdirSync(root)).toEqual(['out']); // no temporary folder left behind
    const units = parseCsv(readFileSync(join(out, 'DonVi.csv'), 'utf8'), 'DonVi', 'DonVi.csv');
    expect('rows' in units && units.rows.length).toBe(38);
    expect(printed.join('\n')).toContain('38 xã, phường, đặc khu');

    const first = readFileSync(join(out, workbook));
    expect(await run({ force: true })).toBe(0);
    expect(readFileSync(join(out, workbook)).equals(first)).toBe(true);
  });

  it('refuses a non-empty folder without --force, and with it when a file is not its own', async () => {
    const out = join(root, 'out');
    mkdirSync(out);
    writeFileSync(join(out, 'ghi-chu.txt'), 'x');
    expect(await run({})).toBe(2);
    expect(printed.join('\n')).toContain('--force');
    // --force replaces only what tthc wrote (issue 20): the note is named, nothing is written.
    expect(await run({ force: true })).toBe(2);
    expect(printed.join('\n')).toContain('"ghi-chu.txt"');
    expect(readdirSync(out)).toEqual(['ghi-chu.txt']);
  });

  it('rejects an unknown province with a suggestion, and a bad period', async () => {
    expect(await run({ province: 'Lai Chau x' })).toBe(2);
    expect(await run({ province: 'Lài Châu', period: '2026-Q5' })).toBe(2);
    expect(printed[0]).toContain('Không tìm thấy tỉnh, thành phố "Lai Chau x"');
    expect(printed[1]).toContain('Kỳ báo cáo "2026-Q5" không hợp lệ');
    expect(readdirSync(root)).toEqual([]);
  });

  it('names files in ASCII without "thanh-pho-"', () => {
    expect(provinceSlug({ code: '01', name: 'Thành phố Hà Nội' })).toBe('ha-noi');
    expect(provinceSlug({ code: '66', name: 'Đắk Lắk' })).toBe('dak-lak');
  });
});
