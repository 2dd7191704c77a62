/** Kinds of document a count may name: "03 Kế hoạch¹" and the footnote listing them. */
export const LISTED_KINDS: readonly string[] = [
  'Quyết định',
  'Kế hoạch',
  'Nghị quyết',
  'Nghị định',
  'Thông tư',
  'Công điện',
  'Chỉ thị',
  'công văn',
  'văn bản',
];

/**
 * Nouns a count stands before in these documents ("03 Kế hoạch", "176.319 hồ sơ"): a number
 * followed by one of them is a count. Longer phrases first, so "Phó Giám đốc" wins over
 * "Giám đốc". Extend the list when a document counts something new.
 */
export const COUNT_NOUNS: readonly string[] = [
  'thủ tục hành chính',
  'hợp đồng lao động',
  'phòng chuyên môn',
  'Phó Giám đốc',
  'Giám đốc',
  ...LISTED_KINDS,
  'dự thảo',
  'hồ sơ',
  'TTHC',
  'PAKN',
  'người',
  'công chức',
  'viên chức',
  'cán bộ',
  'chuyên viên',
  'đồng chí',
  'đơn vị',
  'cơ quan',
  'quy định',
  'phòng',
  'sở',
  'xã',
  'phường',
  'lần',
];

/** Nouns for people: "21 người, trong đó: 11 công chức; 07 viên chức và 03 hợp đồng lao động". */
export const PERSON_NOUNS: readonly string[] = [
  'người',
  'công chức',
  'viên chức',
  'hợp đồng lao động',
  'cán bộ',
  'chuyên viên',
  'đồng chí',
  'Giám đốc',
  'Phó Giám đốc',
];

/**
 * Words after which a number names a thing instead of counting it: "năm 2026", "tháng 3",
 * "Điều 34", "khoản 2", "mục 2", "Phụ lục 1", "Biểu 05", "Quý 1", "số 64", "Trụ sở 01". Such a
 * number is no figure at all.
 */
export const NUMBERED_BY: readonly string[] = [
  'năm',
  'Năm',
  'NĂM',
  'tháng',
  'ngày',
  'Điều',
  'khoản',
  'mục',
  'Mục',
  'Chương',
  'Phụ lục',
  'Biểu',
  'Mẫu',
  'Quý',
  'Trụ sở',
  'số',
];

/**
 * Words after which a number is a figure but no count, so it takes no leading zero: the
 * numbering words above, and a rank, a level or a stage ("xếp thứ 9", "mức 2", "mức độ 4",
 * "cấp 2", "giai đoạn 2", "điểm 3").
 */
export const NOT_COUNTED_AFTER: readonly string[] = [
  ...NUMBERED_BY,
  'điểm',
  'thứ',
  'mức',
  'độ',
  'giai đoạn',
  'cấp',
];
