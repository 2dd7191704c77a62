import { COUNT_NOUNS, NUMBERED_BY } from './count-nouns';
import { escapeRegExp } from './escape-reg-exp';

/** A number as written in running text, read the Vietnamese way. */
export interface NumberToken {
  readonly start: number;
  /** End of the whole figure: the number, its "%" and its "/18". */
  readonly end: number;
  /** The digits as written, e.g. "82,16" or "176.319". */
  readonly digits: string;
  /** Its value with "." between thousands and "," before decimals; NaN when written otherwise. */
  readonly value: number;
  readonly decimals: number;
  readonly percent: boolean;
  /** The number after a slash: the maximum of a score ("15,34/18"), "66/66", a rank "15/34". */
  readonly over: number | null;
  /**
   * 'vi' written the Vietnamese way; 'foreign' with the separators swapped (176,319 or 82.16),
   * 'ungrouped' four digits or more without "." between thousands (years look like this too).
   */
  readonly style: 'vi' | 'foreign' | 'ungrouped';
  /** The noun counted after it, from COUNT_NOUNS, as listed there ("hồ sơ"), or 'điểm'. */
  readonly unit: string | null;
  /** End of the unit when there is one, else `end`. */
  readonly unitEnd: number;
}

// Spans that hold digits but no figure: dates, document numbers, addresses on the web,
// ranges, enumerations "(1)" and the numbering that opens a paragraph ("7.1.", "II.", and a
// heading numbered "3.2 Kế hoạch …" without its final dot).
// Each pattern that opens with digits starts where a run of digits starts ((?<!\d)): tried at
// every digit of a 200,000-digit number, "\d+" would read the rest of it each time (quadratic).
const NOT_FIGURES = [
  /\d{1,2}\/\d{1,2}\/\d{2,4}(?!\d)/gu,
  /(?<!\d)\d+(?:\.\d+)?(?:\/\d{2,4})?\/(?=\p{L})[\p{L}\d]+(?:\s?[-–_][\p{L}\d()]+)*/gu,
  /https?:\/\/\S+|www\.\S+/gu,
  /(?<!\d)\d+\s?[-–]\s?\d+/gu,
  /\(\d{1,2}\)/gu,
  /^\s*(?:[-+*]\s*)?(?:\d+(?:\.\d+)*\.|\d{1,2}(?:\.\d{1,2})+|[IVXLC]+\.)(?=\s)/gu,
  // Durations and ages: "6 tháng đầu năm", "quá 8 giờ", "15 ngày", "dưới 6 tuổi".
  /(?<!\d)\d+(?=\s(?:tháng|THÁNG|năm|ngày|giờ|tuổi)(?!\p{L}))/gu,
  // Years, months, articles, sections: "năm 2026", "khoản 2 Điều 34", "mục 2", "Trụ sở 01".
  new RegExp(
    `(?<=(?:${NUMBERED_BY.map(escapeRegExp).join('|')})\\s)\\d+(?:\\.\\d+)*(?!\\p{N})`,
    'gu',
  ),
];

const SLASH = /^\/(\d{1,3}(?:\.\d{3})+(?!\d)(?:,\d+)?|\d+(?:,\d+)?)(?![\p{L}\p{N}/])/u;
const NUMBER = /(?<![\p{L}\p{N}_.,/])(\d+(?:[.,]\d+)*)(?![\p{L}\p{N}_])/gu;

function covered(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  for (const re of NOT_FIGURES)
    for (const m of text.matchAll(re)) mask.fill(1, m.index, m.index + m[0].length);
  return mask;
}

interface Reading {
  value: number;
  decimals: number;
  style: NumberToken['style'];
}

/**
 * "176.319" → 176319, "82,16" → 82.16; English-style writing gets its English value. A number
 * beyond what a double holds exactly (Number.MAX_SAFE_INTEGER, 16 digits) is no figure of these
 * documents, and is not read (null).
 */
export function readDigits(s: string): Reading | null {
  const r = reading(s);
  return Math.abs(r.value) > Number.MAX_SAFE_INTEGER ? null : r;
}

function reading(s: string): Reading {
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(s) || /^\d{1,3}(?:,\d+)?$/.test(s)) {
    const [int, frac = ''] = s.replace(/\./g, '').split(',');
    return { value: Number(`${int}.${frac || 0}`), decimals: frac.length, style: 'vi' };
  }
  if (/^\d{4,}(?:,\d+)?$/.test(s)) {
    const [int, frac = ''] = s.split(',');
    return { value: Number(`${int}.${frac || 0}`), decimals: frac.length, style: 'ungrouped' };
  }
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(s) || /^\d+\.\d{1,2}$/.test(s)) {
    const english = s.replace(/,/g, '');
    const frac = english.split('.')[1] ?? '';
    return { value: Number(english), decimals: frac.length, style: 'foreign' };
  }
  return { value: NaN, decimals: 0, style: 'foreign' };
}

const UNIT = new RegExp(
  `^\\s?(${['điểm', ...COUNT_NOUNS].map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`,
  'iu',
);

/** Each noun of UNIT as listed, by its lower case (the first listed wins, as a search would). */
const LISTED = new Map<string, string>();
for (const n of ['điểm', ...COUNT_NOUNS]) {
  const lower = n.toLocaleLowerCase('vi');
  if (!LISTED.has(lower)) LISTED.set(lower, n);
}

/** The noun counted right after `end`, as listed in COUNT_NOUNS. */
function unitAfter(text: string, end: number): { unit: string; end: number } | null {
  const m = UNIT.exec(text.slice(end, end + 40));
  if (!m) return null;
  const said = m[1]!.toLocaleLowerCase('vi');
  return { unit: LISTED.get(said) ?? said, end: end + m[0].length };
}

/**
 * The figures of a paragraph: counts, decimals, percentages, scores "15,34/18" — never the digits
 * of a date (15/12/2025), a document number (118/2025/NĐ-CP), a web address or a numbering.
 * @example numberTokens('đạt 82,16 điểm')[0].value // 82.16
 */
export function numberTokens(text: string): NumberToken[] {
  // Without a digit there is no figure (NUMBER starts with one): the eight patterns of
  // `covered` are not run over the many paragraphs of prose and table headings that have none.
  if (!/\d/.test(text)) return [];
  const mask = covered(text);
  const tokens: NumberToken[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const start = m.index;
    if (mask[start]) continue;
    const digits = m[1]!;
    // Section numbers "7.1.2" and the like are no figures either.
    if (/^\d+(?:\.\d+)+$/.test(digits) && !/^\d{1,3}(?:\.\d{3})+$/.test(digits)) {
      if (!/^\d+\.\d{1,2}$/.test(digits)) continue;
    }
    let end = start + digits.length;
    const pct = /^\s?%/.exec(text.slice(end));
    let over: Reading | null | undefined;
    if (pct) end += pct[0].length;
    else {
      // "15,34/18", "66/66", and "164.492/167.004" with its thousands.
      const slash = SLASH.exec(text.slice(end));
      if (slash) {
        over = readDigits(slash[1]!);
        end += slash[0].length;
      }
    }
    const read = readDigits(digits);
    // Beyond the exact range of a double nothing can be compared: no figure.
    if (!read || over === null) continue;
    const unit = pct ? null : unitAfter(text, end);
    tokens.push({
      start,
      end,
      digits,
      value: read.value,
      decimals: read.decimals,
      percent: Boolean(pct),
      over: over?.value ?? null,
      style: read.style,
      unit: unit?.unit ?? null,
      unitEnd: unit?.end ?? end,
    });
  }
  return tokens;
}

/** A whole number with a counted noun after it: "03 Kế hoạch", "176.319 hồ sơ". */
export const isCount = (t: NumberToken): boolean =>
  t.unit !== null &&
  t.unit !== 'điểm' &&
  t.over === null &&
  !t.percent &&
  t.style === 'vi' &&
  t.decimals === 0;
