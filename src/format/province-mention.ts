import { provinceWords } from './province-words';

/**
 * Names a province in running text, after "UBND": a tỉnh takes its kind word in lower case, a
 * centrally governed city already carries "Thành phố", which is lowered inside a sentence
 * unless the name is a person's (Nghị định 30/2020, Phụ lục II: "Thành phố Hồ Chí Minh").
 *
 * @example
 * provinceMention('Lào Cai') //=> 'tỉnh Lào Cai'
 * provinceMention('Thành phố Hà Nội') //=> 'thành phố Hà Nội'
 * provinceMention('Thành phố Hồ Chí Minh') //=> 'Thành phố Hồ Chí Minh'
 */
export function provinceMention(name: string): string {
  return provinceWords(name).mention;
}
