/**
 * Every fixed word of the documents that depends on whether the issuer is a tỉnh or one of the
 * six thành phố trực thuộc trung ương, from the official name of the 2025 list ("Lào Cai",
 * "Thành phố Hà Nội"). One place: the header, the place line, the report's fixed sentences
 * (through the catalogue's texts), the forms' frame, the annexes, the letters and the
 * conformance checker read these words (docs/provinces-and-cities.md gives the sources).
 */
export interface ProvinceWords {
  /** A thành phố trực thuộc trung ương. */
  readonly isCity: boolean;
  /**
   * The province in running text, after "UBND" or "trên địa bàn": "tỉnh Lào Cai", "thành phố Hà
   * Nội" (Nghị định 30/2020, Phụ lục II: the kind word in lower case), "Thành phố Hồ Chí Minh"
   * (the same Phụ lục: a name made from a person's name capitalises its kind word).
   */
  readonly mention: string;
  /**
   * How a province's own report names itself without its name: "tỉnh" ("trên địa bàn tỉnh").
   * A city names itself in full ("trên địa bàn thành phố Hà Nội"): a bare "thành phố" has no
   * settled capitalisation, and "tỉnh" would be wrong.
   */
  readonly self: string;
  /** "UBND tỉnh", "UBND thành phố Hà Nội", "UBND Thành phố Hồ Chí Minh". */
  readonly committee: string;
  /** "Trung tâm Phục vụ hành chính công tỉnh", "… công Thành phố Hồ Chí Minh". */
  readonly centre: string;
  /** The issuing body's second header line: "TỈNH LÀO CAI", "THÀNH PHỐ HỒ CHÍ MINH". */
  readonly headerLine: string;
  /**
   * The place of the date line (Phụ lục I): the proper name, "Lào Cai", "Hà Nội"; a unit named
   * after a person keeps its full name, "Thành phố Hồ Chí Minh".
   */
  readonly place: string;
}

const CITY = 'Thành phố ';

/**
 * Names of the 2025 list built from a person's name (Phụ lục II, I.2.b–c): their kind word is
 * part of the name, capitalised in running text and kept in the place line.
 */
export const NAMED_AFTER_A_PERSON: readonly string[] = ['Thành phố Hồ Chí Minh'];

/**
 * The words for a province or city, from its official name.
 *
 * @example
 * provinceWords('Lào Cai').committee //=> 'UBND tỉnh'
 * provinceWords('Thành phố Hà Nội').place //=> 'Hà Nội'
 * provinceWords('Thành phố Hồ Chí Minh').mention //=> 'Thành phố Hồ Chí Minh'
 */
export function provinceWords(name: string): ProvinceWords {
  const isCity = name.startsWith(CITY);
  const proper = isCity ? name.slice(CITY.length) : name;
  const person = NAMED_AFTER_A_PERSON.includes(name);
  const mention = !isCity ? `tỉnh ${name}` : person ? name : `thành phố ${proper}`;
  const self = isCity ? mention : 'tỉnh';
  return {
    isCity,
    mention,
    self,
    committee: `UBND ${self}`,
    centre: `Trung tâm Phục vụ hành chính công ${self}`,
    headerLine: (isCity ? name : `Tỉnh ${name}`).toLocaleUpperCase('vi'),
    place: person ? name : proper,
  };
}
