import { reportMeta } from '../../contract/tables';
import type { Province, Registry } from '../../domain/registry';
import type { RawDataset } from '../../domain/raw-table';
import type { RowOrigin } from '../../domain/origin';
import type { Period } from '../../format/calendar-types';
import { resolveMeta } from '../resolve-meta';
import { readFields } from '../tables/read-fields';
import { resolveTables } from '../tables/resolve-tables';

/** The period and province the period's own data names, and where it names them. */
export interface Target {
  readonly period: Period;
  readonly province: Province;
  readonly at: Readonly<Record<string, RowOrigin>>;
}

/**
 * Reads the frame (ThongTin) of the period's own data before its figures are combined from the
 * quarters: the quarters are checked against it. Its problems are left to the full check of the
 * combined dataset, which reports each once; null when it names no usable period or province.
 */
export function targetOf(own: RawDataset, registry: Registry): Target | null {
  const { sources } = resolveTables(own.tables);
  const meta = readFields(sources.get('ThongTin') ?? [], reportMeta.columns, 'ThongTin');
  const { province, period } = resolveMeta(meta.record, meta.at, registry);
  return province && period ? { province, period, at: meta.at } : null;
}
