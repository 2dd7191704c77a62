/**
 * Slips of typing that make no Vietnamese and that offices make often: letters swapped in an
 * abbreviation, a diacritic lost from a name of a portal, words out of order. Each pattern is
 * matched as whole words; `fix` gives what the text means. Seeds 000 and 003 hold every one.
 */
export interface Garble {
  readonly wrong: RegExp;
  readonly fix: (found: string) => string;
}

const W = '(?<![\\p{L}\\p{M}])';
const E = '(?![\\p{L}\\p{M}])';
const garble = (wrong: string, right: string, flags = 'u'): Garble => ({
  wrong: new RegExp(`${W}${wrong}${E}`, `g${flags}`),
  fix: () => right,
});

export const KNOWN_GARBLES: readonly Garble[] = [
  // "PAKN" is phản ánh, kiến nghị (seed 003: "100% PANK đã xử lý").
  garble('PANK', 'PAKN'),
  // The portals are "Cổng"; "Công dịch vụ công" lost the hook of the ổ (seed 003).
  {
    wrong: new RegExp(`${W}Công (?:[Dd]ịch vụ công|[Tt]hông tin điện tử)${E}`, 'gu'),
    fix: (found) => found.replace(/^Công/u, 'Cổng'),
  },
  // A heading with its words out of order (seed 003: "4. Kết rà soát quả cắt giảm").
  garble('[Kk]ết rà soát quả', 'Kết quả rà soát'),
  // "cải cách" lost its last letters (seed 003: "công tác cải các TTHC").
  garble('cải các', 'cải cách', 'iu'),
  // "đánh giá việc" without "giá" (seed 003: "Kết quả đánh việc giải quyết TTHC", twice).
  garble('đánh việc', 'đánh giá việc', 'iu'),
  // "thông tin" typed "thông" twice (seed 000: "Hệ thống thông thông giải quyết TTHC").
  garble('[Hh]ệ thống thông thông', 'Hệ thống thông tin'),
  // "đồng bộ" with a d for the b (seed 000: "tình trạng chưa đồng độ").
  garble('đồng độ', 'đồng bộ', 'iu'),
  // "Tích cực thực hiện" without "cực" (seed 000: "- Tích thực hiện thanh toán trực tuyến").
  garble('Tích thực hiện', 'Tích cực thực hiện', 'iu'),
];
