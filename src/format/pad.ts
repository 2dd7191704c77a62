/**
 * Day of month with two digits. Official documents (Nghị định 30/2020/NĐ-CP)
 * require the leading zero so a single digit cannot be altered afterwards.
 *
 * @example
 * padDay(5) //=> '05'
 * padDay(25) //=> '25'
 */
export function padDay(day: number): string {
  return String(day).padStart(2, '0');
}

/**
 * Month number as official documents write it: only January and February get a
 * leading zero, because "1" and "2" are the digits that could be extended into
 * "11"/"12"; months 3–9 cannot become another valid month by adding a digit.
 *
 * @example
 * padMonth(1) //=> '01'
 * padMonth(3) //=> '3'
 * padMonth(12) //=> '12'
 */
export function padMonth(month: number): string {
  return month <= 2 ? String(month).padStart(2, '0') : String(month);
}
