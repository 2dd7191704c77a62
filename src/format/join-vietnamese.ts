/**
 * Joins list items, skipping blank ones so a missing value never leaves a
 * dangling separator in an official sentence.
 *
 * @example
 * joinVietnamese(['Tân Hợp', '', 'Lục Yên'], '; ') //=> 'Tân Hợp; Lục Yên'
 */
export function joinVietnamese(parts: readonly string[], separator = ', '): string {
  return parts
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .join(separator);
}
