/**
 * Groups of words a line must not break inside: Vietnamese compound words of the documents'
 * titles ("doanh nghiệp", "hành chính"), names ("Thủ tướng Chính phủ"), and a number or date
 * with the word that announces it ("số 766/QĐ-TTg", "ngày 23/6/2022"). Read by the letters'
 * "V/v" lines and by the layout checks of the PDF tests (docs/pdf.md).
 */
export const PROTECTED_PHRASES: readonly string[] = [
  'Thủ tướng Chính phủ',
  'Văn phòng Chính phủ',
  'Chính phủ',
  'Ủy ban nhân dân',
  'Hội đồng nhân dân',
  'Bộ Tư pháp',
  'Bộ chỉ số',
  'người dân',
  'doanh nghiệp',
  'thủ tục hành chính',
  'hành chính',
  'thủ tục',
  'dịch vụ công',
  'trực tuyến',
  'liên thông',
  'một cửa',
  'cơ chế',
  'cải cách',
  'kiểm soát',
  'triển khai',
  'thực hiện',
  'tiếp tục',
  'thúc đẩy',
  'nâng cao',
  'hiệu quả',
  'giải quyết',
  'đồng bộ',
  'gián đoạn',
  'phục vụ',
  'chất lượng',
  'đánh giá',
  'chỉ đạo',
  'điều hành',
  'Quyết định',
  'Nghị định',
  'Nghị quyết',
  'Kế hoạch',
  'Công điện',
  'Thông tư',
  'Văn bản',
  'môi trường điện tử',
  'điện tử',
];

/** A number or a date and the word before it: "số 766/QĐ-TTg", "ngày 23/6/2022", "V/v tiếp". */
const GLUE_AFTER = new Set(['số', 'ngày', 'V/v', 'tháng', 'năm']);

/**
 * The words of `text` grouped into pieces no line break may split: each protected phrase, and
 * "số", "ngày" (…) with the word after them. Joined by single spaces, the pieces give the text.
 *
 * @example
 * unbreakablePieces('V/v tiếp tục triển khai Quyết định số 766/QĐ-TTg của Thủ tướng Chính phủ')
 * //=> ['V/v tiếp tục', 'triển khai', 'Quyết định', 'số 766/QĐ-TTg', 'của', 'Thủ tướng Chính phủ']
 */
export function unbreakablePieces(text: string): string[] {
  const words = text.trim().split(/\s+/u).filter(Boolean);
  const phrases = PROTECTED_PHRASES.map((p) => p.split(' '));
  const bare = (w: string) => w.replace(/[,;.:]$/u, '');
  const grouped: string[] = [];
  let i = 0;
  while (i < words.length) {
    const phrase = phrases.find((p) =>
      p.every((w, k) => {
        const at = words[i + k];
        // A comma may close the phrase's last word ("doanh nghiệp,"), not an inner one.
        return at !== undefined && (k === p.length - 1 ? bare(at) : at) === w;
      }),
    );
    const take = phrase ? phrase.length : 1;
    grouped.push(words.slice(i, i + take).join(' '));
    i += take;
  }
  // "số", "ngày", "V/v"… stay with the piece after them.
  const pieces: string[] = [];
  for (let k = 0; k < grouped.length; k++) {
    let piece = grouped[k]!;
    while (GLUE_AFTER.has(piece.split(' ').pop()!) && k + 1 < grouped.length)
      piece = `${piece} ${grouped[++k]!}`;
    pieces.push(piece);
  }
  return pieces;
}
