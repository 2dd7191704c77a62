import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { portalTables, type PortalTables } from '../compute/portal-766/portal-tables';
import { setInForce, type IndicatorSet } from '../contract/indicator-sets';
import { indexReadings, portalUnits, subIndicatorReadings, units } from '../contract/tables';
import { findProvince, suggestProvince } from '../domain/find-province';
import type { Province } from '../domain/registry';
import type { RawTable } from '../domain/raw-table';
import { formatDateNumeric, formatNumber, parseCivilDate } from '../format';
import type { CivilDate } from '../format/calendar-types';
import { MAX_TEXT_FILE_BYTES } from '../ingest/input-limits';
import { parseCsv } from '../ingest/read-csv';
import { readAgencyNames } from '../ingest/read-legal-registry';
import { readPortalCaptures } from '../ingest/read-portal-captures';
import { readRegistry } from '../ingest/read-registry';
import { readTextFile } from '../ingest/read-text-file';
import { hasErrors, makeIssue, type Issue } from '../issues/issue';
import { importFiles } from '../render/portal-766/import-files';
import { writeImport } from '../render/portal-766/write-import';
import { normaliseUnit } from '../validate/normalise-units';
import { checkCaptures } from '../validate/portal-766/check-captures';
import { checkWritten } from '../validate/portal-766/check-written';
import { portalName } from '../validate/portal-766/department-names';
import {
  mapDepartments,
  type Department,
  type MappingRow,
  type TargetUnit,
} from '../validate/portal-766/map-departments';
import type { Capture } from '../validate/portal-766/portal-capture';
import { readCapture } from '../validate/portal-766/read-capture';
import { readRows } from '../validate/tables/read-rows';

/** What `tthc import-766` is asked. */
export interface ImportOptions {
  /** The folder of responses saved from the portal's evaluation pages. */
  readonly captures: string;
  readonly province: string;
  /** The reading date: "tính đến ngày". */
  readonly asOf: string;
  /** The dataset's folder (CSV files): its DonVi and DonViCong766 are used when it has them. */
  readonly out: string;
  readonly force: boolean;
}

export interface ImportSummary {
  readonly set: string;
  readonly asOf: CivilDate;
  readonly agencies: number;
  readonly communes: number;
  readonly provinceTotal: number;
  readonly pages: number;
}

/** How an import ended. */
export type ImportResult =
  /** --province or --as-of cannot be read: usage, exit 2. */
  | { readonly status: 'usage'; readonly message: string }
  | { readonly status: 'refused'; readonly issues: readonly Issue[] }
  | { readonly status: 'blocked'; readonly message: string }
  | {
      readonly status: 'written';
      readonly files: readonly string[];
      readonly warnings: readonly Issue[];
      readonly summary: ImportSummary;
      /** Values of the written files compared with the pages. */
      readonly compared: number;
      readonly needsFrame: boolean;
    };

/** The files the import writes over only with --force: the readings. */
const OWNED = [indexReadings.id, subIndicatorReadings.id].map((id) => `${id}.csv`);

/** A CSV table of the dataset's folder, read through the contract, or null when absent. */
function readTable(out: string, id: string): { table: RawTable | null; issues: Issue[] } {
  const path = join(out, `${id}.csv`);
  if (!existsSync(path)) return { table: null, issues: [] };
  // The limits and encodings of every data file (a regular file, UTF-8 or UTF-16, not huge).
  const file = `${id}.csv`;
  const read = readTextFile(path, MAX_TEXT_FILE_BYTES, { file, format: 'csv' });
  if ('code' in read) return { table: null, issues: [read] };
  const parsed = parseCsv(read.text, id, file);
  return 'code' in parsed ? { table: null, issues: [parsed] } : { table: parsed, issues: [] };
}

/** DonVi and DonViCong766 of the dataset's folder, when it has them. */
function readDatasetUnits(out: string): {
  units: TargetUnit[] | null;
  mapping: MappingRow[];
  issues: Issue[];
} {
  const issues: Issue[] = [];
  if (!existsSync(out)) return { units: null, mapping: [], issues };
  if (!statSync(out).isDirectory())
    return {
      units: null,
      mapping: [],
      issues: [makeIssue('PORTAL_OUT_NOT_FOLDER', { path: out }, { file: out })],
    };
  const donVi = readTable(out, units.id);
  const links = readTable(out, portalUnits.id);
  issues.push(...donVi.issues, ...links.issues);
  let found: TargetUnit[] | null = null;
  if (donVi.table) {
    const r = readRows([donVi.table], units.columns);
    issues.push(...r.issues);
    found = r.records.map((row) => normaliseUnit(row as never));
  }
  let mapping: MappingRow[] = [];
  if (links.table) {
    const r = readRows([links.table], portalUnits.columns);
    issues.push(...r.issues);
    mapping = r.records.map((row) => ({
      portalId: String(row.ma_cong),
      unitId: String(row.ma_don_vi),
      at: { file: `${portalUnits.id}.csv`, format: 'csv' as const, row: row.$at.row },
    }));
  }
  return { units: found, mapping, issues };
}

/** Every department once, in the order of the set's first page, then any other page's. */
function departmentsOf(captures: readonly Capture[], set: IndicatorSet): Department[] {
  const ordered = [
    ...captures.filter((c) => c.group.column === set.groups[0]!.column),
    ...captures.filter((c) => c.group.column !== set.groups[0]!.column),
  ];
  const seen = new Map<string, Department>();
  for (const c of ordered)
    for (const unit of c.units) {
      const known = seen.get(unit.id);
      // Only some pages give departmentCode: take it from the first that does.
      if (!known) seen.set(unit.id, { unit, file: c.file });
      else if (known.unit.code === null && unit.code !== null)
        seen.set(unit.id, { ...known, unit: { ...known.unit, code: unit.code } });
    }
  return [...seen.values()];
}

/**
 * Warnings the official should read before using the figures: the portal's data-quality flags
 * (one per flag and sub-indicator), departments without any dossier in the period (ranked on the
 * province-wide indicators alone), agencies named from the portal.
 */
function importWarnings(
  captures: readonly Capture[],
  tables: PortalTables,
  named: readonly string[],
): Issue[] {
  const issues: Issue[] = [];
  for (const c of captures) {
    const flags = new Map<string, { code: string; message: string; names: string[] }>();
    for (const u of c.units)
      for (const [code, s] of u.subs)
        if (s.flag) {
          const k = `${code}@${s.flag}`;
          const entry = flags.get(k) ?? { code, message: s.flagMessage ?? '', names: [] };
          entry.names.push(portalName(u.name));
          flags.set(k, entry);
        }
    for (const [k, f] of flags)
      issues.push(
        makeIssue(
          'PORTAL_DATA_FLAG',
          {
            code: f.code,
            flag: k.split('@')[1] ?? '',
            message: f.message,
            count: f.names.length,
            date: formatDateNumeric(tables.readings[0]!.ngay),
            units: f.names.slice(0, 5).join(', ') + (f.names.length > 5 ? ', …' : ''),
          },
          { file: c.file },
        ),
      );
    for (const u of c.units)
      if (u.dossiers === 0 && c.endpoint === 'dvc-progress-tree') {
        const link = tables.units.find((x) => x.ma_cong === u.id);
        const reading = tables.readings.find((r) => r.ma_don_vi === link?.ma_don_vi);
        issues.push(
          makeIssue(
            'PORTAL_NO_DOSSIERS',
            {
              name: portalName(u.name),
              total: formatNumber(reading?.tong_diem ?? 0),
              rank: reading?.xep_hang ?? '',
            },
            { file: c.file, detail: u.at },
          ),
        );
      }
  }
  if (named.length > 0)
    issues.push(
      makeIssue(
        'PORTAL_AGENCY_NAMED',
        { count: named.length, names: named.join('; ') },
        { file: `${units.id}.csv` },
      ),
    );
  return issues;
}

const usage = (message: string): ImportResult => ({ status: 'usage', message });

/** The province and the reading date asked for, or the usage message that says why not. */
function resolveArgs(
  options: ImportOptions,
): { province: Province; asOf: CivilDate } | ImportResult {
  const registry = readRegistry();
  const province = findProvince(registry, options.province);
  if (!province) {
    const guess = suggestProvince(registry, options.province);
    const hint = guess
      ? ` Có phải "${guess}"?`
      : ' Dùng mã (ví dụ 25) hoặc tên theo danh mục 2025.';
    return usage(`Không tìm thấy tỉnh, thành phố "${options.province}".${hint}`);
  }
  const asOf = parseCivilDate(options.asOf);
  if (!asOf)
    return usage(
      `Ngày --as-of "${options.asOf}" không hợp lệ: ghi ngày số liệu dạng 2026-09-26 hoặc 26/9/2026.`,
    );
  return { province, asOf };
}

/**
 * `tthc import-766`: reads the saved pages, checks them against the indicator set in force at
 * the reading date and against each other, maps each department to a unit of the dataset,
 * computes the 766 tables, writes them into the dataset's folder and reads them back against
 * the pages. Any error: nothing is written.
 */
export function importPortal766(options: ImportOptions): ImportResult {
  const args = resolveArgs(options);
  if ('status' in args) return args;
  const { province, asOf } = args;
  const set = setInForce(asOf);
  if (!set || !set.groups.some((g) => g.portal))
    return {
      status: 'refused',
      issues: [
        makeIssue(
          'PORTAL_NO_SET',
          { set: set?.id ?? '—', date: formatDateNumeric(asOf) },
          { file: options.captures },
        ),
      ],
    };
  const read = readPortalCaptures(options.captures);
  const issues: Issue[] = [...read.issues];
  const captures: Capture[] = [];
  for (const raw of read.captures) {
    const r = readCapture(raw, set);
    issues.push(...r.issues);
    if (r.capture) captures.push(r.capture);
  }
  if (!hasErrors(issues) && captures.length > 0)
    issues.push(...checkCaptures(captures, set, province, options.captures));
  if (hasErrors(issues) || captures.length === 0) return { status: 'refused', issues };
  const dataset = readDatasetUnits(options.out);
  issues.push(...dataset.issues);
  if (hasErrors(issues)) return { status: 'refused', issues };
  const registry = readRegistry();
  const communes = registry.communes
    .filter((c) => c.provinceCode === province.code)
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const agencyNames = readAgencyNames();
  const mapping = mapDepartments({
    departments: departmentsOf(captures, set),
    communes,
    agencyNames,
    units: dataset.units,
    mapping: dataset.mapping,
  });
  issues.push(...mapping.issues);
  if (hasErrors(issues)) return { status: 'refused', issues };
  const tables = portalTables(set, asOf, captures, mapping.mapped);
  const named = mapping.mapped
    .filter((m) => m.how === 'new' && !agencyNames.includes(m.unit.name))
    .map((m) => m.unit.name);
  issues.push(...importWarnings(captures, tables, named));
  const files = importFiles(tables, mapping.newUnits);
  const taken = OWNED.find((f) => existsSync(join(options.out, f)));
  if (taken && !options.force)
    return {
      status: 'blocked',
      message: `Tệp "${join(options.out, taken)}" đã có. Thêm --force để ghi đè số liệu đã nhập.`,
    };
  let compared = 0;
  const written = writeImport(options.out, files, (dir) => {
    const back = (id: string) => {
      const t = parseCsv(readFileSync(join(dir, `${id}.csv`), 'utf8'), id, `${id}.csv`);
      if ('code' in t) throw new Error(t.message);
      return t;
    };
    const check = checkWritten(
      { readings: back(indexReadings.id), subs: back(subIndicatorReadings.id) },
      captures,
      mapping.mapped,
    );
    issues.push(...check.issues);
    compared = check.compared;
    return !hasErrors(check.issues);
  });
  if (!written) return { status: 'refused', issues };
  const ranked = (g: string) => mapping.mapped.filter((m) => m.unit.group === g).length;
  return {
    status: 'written',
    files: files.map((f) => f.name),
    warnings: issues,
    compared,
    needsFrame: !existsSync(join(options.out, 'ThongTin.csv')),
    summary: {
      set: set.id,
      asOf,
      agencies: ranked('so_nganh'),
      communes: ranked('xa_phuong'),
      provinceTotal: tables.readings[0]!.tong_diem,
      pages: captures.length,
    },
  };
}
