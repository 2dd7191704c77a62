import type { ContentLine } from '../../contract/content-sections';
import type { Province } from '../../domain/registry';
import { provinceWords } from '../../format/province-words';
import { makeIssue, type Issue } from '../../issues/issue';

/**
 * Words that make the next name a province or centrally-run city: "tỉnh Sơn La", "UBND tỉnh
 * Lào Cai" (through its "tỉnh"), "thành phố Hà Nội", "TP. Hồ Chí Minh", "Tỉnh ủy Sơn La".
 * A bare name ("Hà Nội") is not matched: communes share names with provinces (Phường Phú Thọ
 * in Thành phố Hồ Chí Minh, Xã Quảng Ninh in Thanh Hóa, Phường Khánh Hòa in Cần Thơ) and
 * central bodies carry a city in their names (Đại học Quốc gia Hà Nội).
 */
const KIND = String.raw`(?:tỉnh ủy|thành ủy|tỉnh|thành phố|tp\.?)`;

/**
 * A national body whose name holds "Thành phố X" (Đại học Quốc gia Thành phố Hồ Chí Minh): a
 * central body, not the city's own administration.
 */
const CENTRAL_BEFORE = /(?:quốc gia|thủ đô)\s*$/u;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The proper name a province is written with after its kind word: "Hà Nội", "Hồ Chí Minh". */
const properName = (p: Province) => {
  const w = provinceWords(p.name);
  return w.isCity ? p.name.replace(/^Thành phố /u, '') : p.name;
};

/**
 * Lines of the content file that name another of the 34 provinces and cities with its kind
 * word ("Tỉnh Sơn La", "UBND tỉnh Lào Cai", "thành phố Hà Nội" in a Hồ Chí Minh report): most
 * often prose copied from another province's report and not yet rewritten. A warning at the
 * line, once per name and line; the report may mean it (a comparison), so it is not an error.
 */
export function otherProvinceMentions(
  lines: readonly ContentLine[],
  own: Province,
  provinces: readonly Province[],
  file: string,
): Issue[] {
  const others = provinces.filter((p) => p.code !== own.code);
  // Longest names first, so "Hồ Chí Minh" is tried whole; a letter after the name ends no match.
  const names = others.map((p) => ({ p, proper: properName(p) }));
  names.sort((a, b) => b.proper.length - a.proper.length);
  const pattern = new RegExp(
    String.raw`(?<![\p{L}\p{N}])${KIND}\s+(${names.map((n) => escape(n.proper)).join('|')})(?![\p{L}\p{N}])`,
    'giu',
  );
  const byName = new Map(names.map((n) => [n.proper.toLocaleLowerCase('vi'), n.p]));
  const issues: Issue[] = [];
  for (const line of lines) {
    const seen = new Set<string>();
    for (const m of line.text.matchAll(pattern)) {
      if (CENTRAL_BEFORE.test(line.text.slice(0, m.index).toLocaleLowerCase('vi'))) continue;
      const other = byName.get(m[1]!.toLocaleLowerCase('vi'));
      if (!other || seen.has(other.code)) continue;
      seen.add(other.code);
      issues.push(
        makeIssue(
          'CONTENT_OTHER_PROVINCE',
          {
            found: m[0],
            other: provinceWords(other.name).mention,
            own: provinceWords(own.name).mention,
          },
          { file, row: line.line },
        ),
      );
    }
  }
  return issues;
}
