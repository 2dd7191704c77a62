import { isValidCivilDate, parseCivilDate, type CivilDate } from '../../format';

const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/**
 * Reads a date from a cell: a sheet date (exceljs gives UTC midnight), an Excel serial
 * number, or text "25/01/2026", "25/1/2026", "2026-01-25". `undefined` when impossible.
 */
export function readDate(raw: unknown): CivilDate | undefined {
  let date: CivilDate | null = null;
  if (raw instanceof Date && !Number.isNaN(raw.getTime())) {
    date = { year: raw.getUTCFullYear(), month: raw.getUTCMonth() + 1, day: raw.getUTCDate() };
  } else if (typeof raw === 'number' && Number.isInteger(raw) && raw > 0 && raw < 2_958_466) {
    const d = new Date(EXCEL_EPOCH_UTC + raw * DAY_MS);
    date = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
  } else if (typeof raw === 'string') {
    date = parseCivilDate(raw);
  }
  return date && isValidCivilDate(date) ? date : undefined;
}
