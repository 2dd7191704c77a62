import { TABLES, type TableId } from '../contract/tables';
import type { Registry } from '../domain/registry';
import type { RawDataset, RawTable } from '../domain/raw-table';
import type { Issue } from '../issues/issue';
import type { Dataset } from '../domain/dataset';
import { normaliseUnit } from './normalise-units';
import { resolveMeta } from './resolve-meta';
import { RULES } from './rules';
import { mergeRows } from './tables/merge-sources';
import { readFields } from './tables/read-fields';
import { readRows } from './tables/read-rows';
import { missingTables, resolveTables, tableNamed } from './tables/resolve-tables';

export interface Validation {
  /** Null when the dataset cannot be used at all (no province or period, missing tables). */
  readonly dataset: Dataset | null;
  /** Every problem found, errors and warnings, in reading order. */
  readonly issues: readonly Issue[];
}

/** "HoSo" of "data/HoSo.csv" or "HoSo.csv": a file's name without folder and extension. */
const fileStem = (path: string) => (path.split(/[\\/]/).pop() ?? '').replace(/\.[^.]*$/, '');

const defOf = (id: TableId) => TABLES.find((t) => t.id === id)!;

/** Tables whose file or sheet the reader met but could not read (its issue says why). */
function unreadTables(raw: RawDataset): Set<TableId> {
  const ids = raw.issues.flatMap((i) => {
    const name = i.location?.table ?? fileStem(i.location?.file ?? '');
    const table = name ? tableNamed(name) : undefined;
    return table ? [table.id] : [];
  });
  return new Set(ids);
}

/**
 * Turns raw tables into a typed dataset: zod-checked cells first, then the named
 * cross-table rules. Never stops at the first problem.
 */
export function validateDataset(raw: RawDataset, registry: Registry): Validation {
  const issues: Issue[] = [...raw.issues];
  if (raw.tables.length === 0) return { dataset: null, issues };
  const { sources, issues: tableIssues, guessed } = resolveTables(raw.tables);
  issues.push(...tableIssues, ...missingTables(sources, raw.source, guessed, unreadTables(raw)));
  const src = (id: TableId): RawTable[] => sources.get(id) ?? [];
  const fields = (id: TableId) => {
    const r = readFields(src(id), defOf(id).columns, id);
    issues.push(...r.issues);
    return r;
  };
  const rejectedUnitIds = new Set<string>();
  let unitsUnread = false;
  const rows = (id: TableId) => {
    const r = readRows(src(id), defOf(id).columns);
    issues.push(...r.issues);
    if (id === 'DonVi') {
      r.rejected.forEach((u) => rejectedUnitIds.add(String(u.ma_don_vi)));
      // Without its units, every reference rule would report every row: stop at the header.
      unitsUnread = r.skipped > 0;
    }
    const merged = mergeRows(defOf(id), r.records);
    issues.push(...merged.issues);
    return merged.rows as never[];
  };
  const meta = fields('ThongTin');
  const figures = fields('SoLieu');
  const resolved = resolveMeta(meta.record, meta.at, registry);
  issues.push(...resolved.issues);
  const { province, period } = resolved;
  const units = rows('DonVi');
  const tables = {
    dossiers: rows('HoSo'),
    feedback: rows('PAKN'),
    publications: rows('CongBo'),
    drafts: rows('DuThao'),
    documents: rows('VanBan'),
    internalDecisions: rows('TTHCNoiBo'),
    indexReadings: rows('ChiSo766'),
    indexAverages: rows('TrungBinh766'),
    unitIndicators: rows('ChiTieuDonVi'),
  };
  const recipients = rows('KinhGui').map((r: { kinh_gui: string }) => r.kinh_gui);
  const distribution = rows('NoiNhan').map((r: { noi_nhan: string }) => r.noi_nhan);
  if (!province || !period || !meta.ok || !sources.has('DonVi') || unitsUnread)
    return { dataset: null, issues };
  const dataset: Dataset = {
    meta: meta.record as never,
    metaAt: meta.at,
    figures: figures.record as never,
    province,
    period,
    recipients,
    distribution,
    units: units.map(normaliseUnit),
    ...tables,
  };
  for (const rule of RULES) issues.push(...rule({ dataset, registry, rejectedUnitIds }));
  return { dataset, issues };
}
