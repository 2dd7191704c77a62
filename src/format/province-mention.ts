/**
 * Names a province in running text, after "UBND": a tỉnh takes its kind word in lower case, a
 * centrally governed city already carries "Thành phố", which is lowered inside a sentence.
 *
 * @example
 * provinceMention('Lào Cai') //=> 'tỉnh Lào Cai'
 * provinceMention('Thành phố Hà Nội') //=> 'thành phố Hà Nội'
 */
export function provinceMention(name: string): string {
  return name.startsWith('Thành phố ') ? `thành phố ${name.slice(10)}` : `tỉnh ${name}`;
}
