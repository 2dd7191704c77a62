import type { Issue } from '../../issues/issue';
import { makeIssue } from '../../issues/issue';
import { provinceWords } from '../../format/province-words';
import type { Para } from '../../ooxml/docx-model';
import type { FormatContext, FormatRule } from '../context';
import { deviation, paraAt } from '../deviation';
import { hasText, trimmed } from '../text';

const TITLE = /^(TỈNH|THÀNH PHỐ)\s+(\p{Lu}[\p{Lu}\s-]*)$/u;

/** "HỒ CHÍ MINH" → "Hồ Chí Minh": each syllable of a proper name capitalised. */
const properCase = (caps: string) =>
  caps
    .toLocaleLowerCase('vi')
    .replace(
      /(^|[\s-])(\p{Ll})/gu,
      (_, sep: string, ch: string) => sep + ch.toLocaleUpperCase('vi'),
    );

/**
 * The official name of the provincial committee that issues the document, read from its
 * header ("TỈNH LÀO CAI" → "Lào Cai", "THÀNH PHỐ HỒ CHÍ MINH" → "Thành phố Hồ Chí Minh"); null
 * for another issuing body (a department, a commune).
 */
export function issuerProvince({ frame }: FormatContext): string | null {
  const cell = frame.issuingCell;
  if (!cell) return null;
  const end = cell.findIndex((p) => p === frame.numberLine || p === frame.vv);
  const names = (end < 0 ? cell : cell.slice(0, end)).filter(hasText).map(trimmed);
  const at = names.findIndex((n) => /^ỦY BAN NHÂN DÂN$/u.test(n));
  const line = at < 0 ? null : names[at + 1];
  const m = line ? TITLE.exec(line) : null;
  if (!m) return null;
  const proper = properCase(m[2]!.trim());
  return m[1] === 'TỈNH' ? proper : `Thành phố ${proper}`;
}

/** "UBND tỉnh", "trên địa bàn tỉnh"… with no name after "tỉnh": a tỉnh naming itself. */
const BARE_TINH =
  /(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|HĐND|Hội đồng nhân dân|địa bàn|hành chính công|Tỉnh ủy)\s+tỉnh(?!\s+\p{Lu})/u;
/** "thành phố Hồ Chí Minh" in lower case: Phụ lục II writes "Thành phố Hồ Chí Minh". */
const LOWER_HCM = /thành phố Hồ Chí Minh/u;

/**
 * "tỉnh Hà Nội", "Tỉnh Hồ Chí Minh": a city called "tỉnh" by its own name, as prose copied from
 * a province's report reads once the name is changed.
 */
const tinhNamed = (city: string) =>
  new RegExp(
    String.raw`(?<![\p{L}\p{N}])[Tt]ỉnh\s+${city.replace(/^Thành phố /u, '')}(?![\p{L}\p{N}])`,
    'u',
  );

function wordingIssues(file: string, body: readonly Para[], city: string | null): Issue[] {
  const out: Issue[] = [];
  const named = city ? tinhNamed(city) : null;
  for (const p of body) {
    const bare = city ? (BARE_TINH.exec(p.text) ?? named!.exec(p.text)) : null;
    if (bare) out.push(makeIssue('FORMAT_CITY_WORDING', { found: bare[0] }, paraAt(file, p)));
    const lower = LOWER_HCM.exec(p.text);
    if (lower) out.push(makeIssue('FORMAT_CITY_CAPITALS', { found: lower[0] }, paraAt(file, p)));
  }
  return out;
}

/**
 * The words of a provincial committee's document that depend on tỉnh or city (Nghị định
 * 30/2020; docs/provinces-and-cities.md): the place of the date line is the proper name of the
 * province ("Lào Cai"), of a city ("Hà Nội"), or the full name of a city named after a person
 * ("Thành phố Hồ Chí Minh", never "Hồ Chí Minh"); a city's text does not call it "tỉnh"; and
 * "Thành phố Hồ Chí Minh" keeps its capital T in running text.
 */
export const provinceWording: FormatRule = (ctx) => {
  const province = ctx.kind.kind === 'annex' ? null : issuerProvince(ctx);
  const out: Issue[] = [];
  const place = ctx.frame.placeDate;
  if (province && place) {
    const expected = provinceWords(province).place;
    const found = /^(\S[^,]*),/u.exec(trimmed(place))?.[1]?.trim();
    if (found !== undefined && found !== expected)
      out.push(
        deviation('FORMAT_PLACE_DATE', 'text', paraAt(ctx.file, place), { found, expected }),
      );
  }
  const city = province !== null && provinceWords(province).isCity ? province : null;
  return [...out, ...wordingIssues(ctx.file, ctx.doc.body, city)];
};
