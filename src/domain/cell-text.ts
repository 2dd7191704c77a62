import { formatDateNumeric, isValidCivilDate, utcCivilDate } from '../format';
import { isSheetFault, type RawCell } from './raw-table';

/**
 * A cell as text, the way the sheet shows it: a date as 25/01/2026 (never JavaScript's
 * "Sun Jan 25 2026 07:00:00 GMT+0700"), a percentage as 72,5%, a fault by its formula or error.
 * @example cellText(new Date(Date.UTC(2026, 0, 25))) // '25/01/2026'
 */
export function cellText(cell: RawCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) {
    const date = utcCivilDate(cell);
    return isValidCivilDate(date) ? formatDateNumeric(date) : '';
  }
  if (isSheetFault(cell)) return cell.text;
  return String(cell);
}
