import { FIELD_COLUMNS } from './fields-columns';
import type { TableDef } from './table';
import { TABLES } from './tables';

/**
 * The Vietnamese header of a column (or a field) of a table, by key: what an official sees
 * in the sheet. A source such as `HoSo-igate` is its table's. Undefined when not in the contract.
 */
export function columnHeader(table: string, key: string): string | undefined {
  const def = (TABLES as readonly TableDef[]).find((t) => t.id === table.split('-')[0]);
  if (!def) return undefined;
  const columns = def.shape === 'fields' ? [...def.columns, ...FIELD_COLUMNS] : def.columns;
  return columns.find((c) => c.key === key)?.header;
}
