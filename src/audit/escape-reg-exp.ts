/**
 * A text as a regular expression that matches it literally.
 * @example new RegExp(escapeRegExp('66.7/2025')).test('số 66.7/2025') // true
 */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
