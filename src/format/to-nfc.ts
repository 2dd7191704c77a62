/**
 * Normalises text to Unicode NFC. Data exported from some systems (notably macOS
 * file names and older Vietnamese input methods) arrive decomposed (NFD), and
 * NFD "ệ" neither compares equal to nor renders like the precomposed letter.
 *
 * @example
 * toNfc('Lào Cai'.normalize('NFD')) === 'Lào Cai' //=> true
 */
export function toNfc(text: string): string {
  return text.normalize('NFC');
}
