import { formatNumber } from '../format';
import type { FormRow } from './form-def';

/**
 * A form cell as a document prints it: figures with Vietnamese separators ("176.319"), text as
 * it is, nothing for an empty cell. The Word annex writes cells this way and its read-back
 * expects them this way.
 */
export function cellText(value: FormRow['cells'][number] | undefined): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'number' ? formatNumber(value) : value;
}
