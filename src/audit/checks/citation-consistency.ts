import { pushTo } from '../push-to';
import { numberKey, parseDocumentNumber } from '../../domain/legal-document';
import { parseCivilDate } from '../../format';
import { makeIssue, type Issue } from '../../issues/issue';
import type { Location } from '../../issues/location';
import { quote, type Check } from '../context';
import { blocksOf, locate } from '../draft';
import { CITATION } from './citations';

interface Cited {
  /** "118/NĐ-CP": the document without its year. */
  readonly family: string;
  /** "118/2025/NĐ-CP", as written. */
  readonly number: string;
  /** The number as the registry keys it (`numberKey`). */
  readonly key: string;
  readonly year: number | null;
  readonly date: string | null;
  /** "2022-2025" of "… giai đoạn 2022-2025" said of it in its sentence. */
  readonly span: string | null;
  readonly citation: string;
  readonly at: Location;
}

const SPAN = /giai đoạn\s+(\d{4})\s*[-–]\s*(\d{4})/iu;

/**
 * "Ngày 25/01/2026, UBND tỉnh đã ban hành Kế hoạch số 26/KH-UBND …": a sentence opening with a
 * date and saying that the document cited right after "ban hành" was issued that day gives the
 * document's date. Any other date before a citation ("Ngày 15/3/2026, Sở Tư pháp tổ chức hội
 * nghị triển khai Kế hoạch số 26/KH-UBND") is not its date.
 */
const ISSUED_ON =
  /^\s*(?:[-+*•]\s*)?Ngày\s+(\d{1,2}\/\d{1,2}\/\d{4})\s*,[^.;:()]{0,80}(?<![\p{L}])ban hành\s+$/iu;

/** Where a citation was, for the message: "đoạn 23" or "chú thích 2". */
const place = (at: Location) =>
  at.paragraph !== undefined ? `đoạn ${at.paragraph}` : `chú thích ${at.footnote}`;

/** Every citation of a draft, with what its sentence says of it up to the next citation. */
function citationsOf(draft: Parameters<Check>[0]): Cited[] {
  const found: Cited[] = [];
  for (const block of blocksOf(draft)) {
    const matches = [...block.text.matchAll(CITATION)];
    matches.forEach((m, i) => {
      const numberSaid = m[2]!.replace(/\s/g, '');
      const n = parseDocumentNumber(numberSaid);
      if (!n || !n.issuer) return;
      const end = m.index + m[0].length;
      const next = matches[i + 1]?.index ?? block.text.length;
      const stop = block.text.slice(end, next).search(/[.;:](?:\s|$)/u);
      const tail = block.text.slice(end, stop < 0 ? next : end + stop);
      const span = SPAN.exec(tail);
      const sentence = block.sentences.filter((at) => at <= m.index).pop() ?? 0;
      const issued = m[3] ? null : ISSUED_ON.exec(block.text.slice(sentence, m.index));
      found.push({
        family: `${m[1]!.toLowerCase()} ${n.serial}/${n.type}-${n.issuer}`,
        number: numberSaid,
        key: numberKey(n),
        year: n.year,
        date: m[3] ?? issued?.[1] ?? null,
        span: span ? `${span[1]}-${span[2]}` : null,
        citation: quote(m[0], 0, Infinity),
        at: locate(draft, block, m.index),
      });
    });
  }
  return found;
}

/** The form most citations use (the first on a tie), and the citations that differ from it. */
function odd<T>(items: readonly Cited[], value: (c: Cited) => T | null): [Cited, Cited[]] | null {
  const said = items.filter((c) => value(c) !== null);
  const counts = new Map<T, number>();
  for (const c of said) counts.set(value(c)!, (counts.get(value(c)!) ?? 0) + 1);
  if (counts.size < 2) return null;
  const best = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
  const usual = said.find((c) => value(c) === best)!;
  return [usual, said.filter((c) => value(c) !== best)];
}

/**
 * One document cited two ways in one text (seed 003): "Nghị định số 118/2025/NĐ-CP ngày
 * 09/6/2025" throughout and once "118/2015/NĐ-CP"; "Quyết định số 1085/QĐ-TTg … giai đoạn
 * 2022-2025" and "… giai đoạn 2020-2025"; one number with two dates. Each form may be a real
 * document, so the registry cannot see it; the text against itself can. The form most
 * citations use is taken as meant. A citation whose year is another and whose date agrees with
 * that year is another document ("Nghị quyết số 21/2024/NQ-HĐND ngày 10/12/2024"), not reported.
 */
export const citationConsistency: Check = (draft, ctx) => {
  // The dates of a document the registry knows (or the dataset, with --data) are compared with
  // its date there (AUDIT_CITATION_DATE), each once: not again against each other here.
  const known = new Set(ctx.legal.filter((d) => d.date !== null).map((d) => d.number));
  const issues: Issue[] = [];
  const families = new Map<string, Cited[]>();
  for (const c of citationsOf(draft)) pushTo(families, c.family, c);
  const report = (c: Cited, what: string, usual: Cited, usualWhat: string) =>
    issues.push(
      makeIssue(
        'AUDIT_CITATION_INCONSISTENT',
        { citation: c.citation, what, other: usualWhat, where: place(usual.at) },
        c.at,
      ),
    );
  for (const cited of families.values()) {
    const years = odd(cited, (c) => c.year);
    const otherDocument = (c: Cited) => c.date !== null && parseCivilDate(c.date)?.year === c.year;
    if (years)
      for (const c of years[1].filter((c) => !otherDocument(c)))
        report(c, `số ${c.number}`, years[0], `số ${years[0].number}`);
    const wrongYear = new Set(years?.[1] ?? []);
    const same = cited.filter((c) => !wrongYear.has(c));
    // A number without its year ("26/KH-UBND") is given again each year: dates of one year only.
    const byYear = new Map<string, Cited[]>();
    for (const c of same) {
      const year = String(c.year ?? c.date?.slice(-4) ?? '');
      pushTo(byYear, year, c);
    }
    for (const group of byYear.values()) {
      const dates = odd(
        group.filter((c) => !known.has(c.key)),
        (c) => c.date,
      );
      if (dates)
        for (const c of dates[1]) report(c, `ngày ${c.date}`, dates[0], `ngày ${dates[0].date}`);
    }
    const spans = odd(same, (c) => c.span);
    if (spans)
      for (const c of spans[1])
        report(c, `giai đoạn ${c.span}`, spans[0], `giai đoạn ${spans[0].span}`);
  }
  return issues;
};
