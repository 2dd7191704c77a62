import { isValidCivilDate, parseCivilDate, utcCivilDate } from '../../format';
import type { CivilDate } from '../../format/calendar-types';

const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
/** Serials of 1/1/1900 … 31/12/9999, as Excel counts them. */
const LAST_SERIAL = 2_958_465;
/** A serial written as text: five digits (1927 … 2173), with the time of day after a point. */
const SERIAL_TEXT = /^\d{5}(\.\d+)?$/;
/** A time of day after the date, as systems export date-times: " 08:30", "T08:30:00.000Z". */
const TIME_OF_DAY = /(?:\s+|T)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;
const ZONE = /^([+-])(\d{2}):?(\d{2})$/;
/** Vietnam keeps UTC+7 all year (no summer time). */
const VIETNAM_OFFSET_MINUTES = 7 * 60;
const MINUTE_MS = 60_000;
/** No date of these documents is older: "0026-01-25" is a year typed short, not year 26. */
const FIRST_YEAR = 1900;

/**
 * The Excel serial number a date cell holds, when it holds one: a number (a sheet cell that
 * lost its date format, a JSON number) or the same number written as text (a CSV export).
 */
export function serialOf(raw: unknown): number | undefined {
  const n =
    typeof raw === 'number'
      ? raw
      : typeof raw === 'string' && SERIAL_TEXT.test(raw.trim())
        ? Number(raw.trim())
        : undefined;
  return n !== undefined && Number.isFinite(n) && n >= 1 && n < LAST_SERIAL + 1 ? n : undefined;
}

/** Minutes east of UTC of a zone written after a time ("Z", "+07:00", "-0500"). */
function zoneMinutes(zone: string): number | undefined {
  if (zone === 'Z') return 0;
  const [, sign, hours, minutes] = ZONE.exec(zone) ?? [];
  if (Number(hours) > 14 || Number(minutes) > 59) return undefined;
  return (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
}

/**
 * The date of a date written as text, with or without a time of day. Without a zone the
 * date is read as written. With one ("2026-01-24T17:00:00.000Z", what JavaScript writes for
 * midnight of 25/01 in Vietnam) the moment is a moment, and its date is the one in Vietnam.
 */
function dateOfText(text: string): CivilDate | null {
  const time = TIME_OF_DAY.exec(text);
  const date = parseCivilDate(time ? text.slice(0, time.index) : text);
  if (!date || !time) return date;
  const [, hours, minutes, seconds = '0', zone] = time;
  if (Number(hours) > 23 || Number(minutes) > 59 || Number(seconds) > 59) return null;
  if (zone === undefined) return date;
  const offset = zoneMinutes(zone);
  if (offset === undefined) return null;
  const utc =
    Date.UTC(date.year, date.month - 1, date.day, Number(hours), Number(minutes)) -
    offset * MINUTE_MS;
  return utcCivilDate(new Date(utc + VIETNAM_OFFSET_MINUTES * MINUTE_MS));
}

/**
 * Reads a date from a cell: a sheet date (exceljs gives UTC midnight), an Excel serial
 * number, or text "25/01/2026", "25/1/2026", "25-01-2026", "2026-01-25" (parseCivilDate).
 * A time of day after the serial's point, or after the text without a zone
 * ("25/01/2026 08:30"), is dropped: the date is read as written. A time with a zone ("Z",
 * "+07:00") gives the date in Vietnam at that moment. `undefined` when impossible, or before 1900.
 */
export function readDate(raw: unknown): CivilDate | undefined {
  let date: CivilDate | null = null;
  const serial = serialOf(raw);
  if (raw instanceof Date && !Number.isNaN(raw.getTime())) {
    date = utcCivilDate(raw);
  } else if (serial !== undefined) {
    date = utcCivilDate(new Date(EXCEL_EPOCH_UTC + Math.floor(serial) * DAY_MS));
  } else if (typeof raw === 'string') {
    date = dateOfText(raw.trim());
  }
  return date && isValidCivilDate(date) && date.year >= FIRST_YEAR ? date : undefined;
}
