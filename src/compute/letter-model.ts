import { figureRow, STATISTICS_PARAGRAPH } from '../catalogue';
import { figureMissing, rateOfNothing } from '../catalogue/figure-text';
import type { Registry } from '../domain/registry';
import { makeIssue, type Issue } from '../issues/issue';
import type { Letter } from '../validate/letter/validate-letter';
import { resolveLines } from './content/resolve-lines';
import { conditionsOf, VALUE_REFS } from './quarterly-report';
import { letterFrame } from './letter-frame';
import type { LetterFootnote, LetterModel } from './package-model';
import type { ReportModel } from './report-model';

const DEFINITION = /^\[\^([\p{L}\d_-]+)\]:\s*(.*)$/u;
const REFERENCE = /\[\^([\p{L}\d_-]+)\]/gu;

/** Where {{thong_ke_766}} puts footnote references, by the frame's names of its places. */
function marksOf(letter: Letter): Record<string, string> {
  const c = letter.frame.chu_thich_chi_so ?? {};
  const marks: Record<string, string | undefined> = {
    comparison: c.so_sanh,
    transparency: c.cong_khai_minh_bach,
    progress: c.tien_do_giai_quyet,
    onlineService: c.dich_vu_cong_truc_tuyen,
    payment: c.thanh_toan_truc_tuyen,
    satisfaction: c.muc_do_hai_long,
    digitisation: c.so_hoa_ho_so,
  };
  return Object.fromEntries(Object.entries(marks).filter((e): e is [string, string] => !!e[1]));
}

/** The keys a resolved body refers to: its typed marks and those the statistics place. */
function referencedKeys(
  body: LetterModel['body'],
  marks: Readonly<Record<string, string>>,
  report: ReportModel | null,
): { key: string; line: number }[] {
  const out: { key: string; line: number }[] = [];
  for (const l of body)
    for (const s of l.segments) {
      if ('text' in s)
        for (const m of s.text.matchAll(REFERENCE)) out.push({ key: m[1]!, line: l.line });
      else if (s.ref === STATISTICS_PARAGRAPH)
        for (const [place, key] of Object.entries(marks))
          // The comparison clause, and its mark, is written only against an earlier reading.
          if (place !== 'comparison' || report?.index766?.province?.comparison)
            out.push({ key, line: l.line });
    }
  return out;
}

/**
 * A letter ready to draw: its frame resolved (issuing body and place from the registry, date
 * as written), its placeholders resolved on the data when it has some, its footnotes typed in
 * the file ("[^key]: …") or written by the rules (`dataNotes`). A reference to a footnote that
 * neither gives is an error at its line.
 */
export function letterModel(
  letter: Letter,
  registry: Registry,
  report: ReportModel | null,
  dataNotes: ReadonlyMap<string, LetterFootnote> = new Map(),
): { letter: LetterModel | null; issues: Issue[] } {
  const frame = letterFrame(letter, registry);
  if (!frame)
    return {
      letter: null,
      issues: [
        makeIssue(
          'LETTER_PROVINCE',
          { value: String(letter.frame.tinh) },
          { file: letter.file, detail: 'trường tinh' },
        ),
      ],
    };
  const typed = new Map<string, LetterFootnote>();
  const paragraphs: { text: string; line: number }[] = [];
  for (const l of letter.body) {
    const def = DEFINITION.exec(l.text.trim());
    if (def) typed.set(def[1]!, { key: def[1]!, text: def[2]!, lists: null });
    else if (l.text.trim()) paragraphs.push({ text: l.text.trim(), line: l.line });
  }
  const refs: ReadonlySet<string> = report
    ? new Set([...VALUE_REFS, STATISTICS_PARAGRAPH])
    : new Set();
  const body = resolveLines(paragraphs, refs, report ? conditionsOf(report) : {});
  const marks = marksOf(letter);
  const missing = report ? missingFigures(body, report, letter.file) : [];
  const footnotes = new Map([...dataNotes, ...typed]);
  const seen = new Set<string>();
  const issues = referencedKeys(body, marks, report).flatMap(({ key, line }) => {
    if (footnotes.has(key) || seen.has(key)) return [];
    seen.add(key);
    return [makeIssue('LETTER_FOOTNOTE_UNDEFINED', { key }, { file: letter.file, row: line })];
  });
  issues.push(...missing, ...attachmentSaid(letter, body));
  return { letter: { file: letter.file, frame, body, footnotes, marks }, issues };
}

/**
 * A letter that sends annexes (`kem_theo`) says so in its body ("Gửi kèm theo …"); one that sends
 * none should not say it does. Either way the official is told: the frame decides what is written.
 */
function attachmentSaid(letter: Letter, body: LetterModel['body']): Issue[] {
  const chosen = letter.frame.kem_theo;
  if (chosen === undefined) return [];
  const texts = body.map((l) =>
    l.segments
      .map((s) => ('text' in s ? s.text : ' '))
      .join('')
      .normalize('NFC'),
  );
  const says = texts.some((t) => /kèm theo/iu.test(t));
  // "Gửi kèm theo Quyết định số 766/QĐ-TTg" sends a decision, not an annex of the data.
  const saysAnnex = texts.some(
    (t) => /kèm theo/iu.test(t) && /xếp hạng|phụ lục|chỉ tiêu/iu.test(t),
  );
  if (chosen.length > 0 && !says)
    return [
      makeIssue('LETTER_ATTACHMENT_UNSAID', { annexes: chosen.join(', ') }, { file: letter.file }),
    ];
  if (chosen.length === 0 && saysAnnex)
    return [
      makeIssue('LETTER_ATTACHMENT_NONE', {}, { file: letter.file, detail: 'trường kem_theo' }),
    ];
  return [];
}

/**
 * Figures the letter prints that the data does not have (the province's national rank left
 * blank, a sub-indicator the portal does not give) or rates without a denominator: each an error
 * at its first line, never a "0", "…" or blank in a letter.
 */
function missingFigures(body: LetterModel['body'], report: ReportModel, file: string): Issue[] {
  const seen = new Set<string>();
  const issues: Issue[] = [];
  for (const l of body)
    for (const s of l.segments) {
      if (!('ref' in s) || seen.has(s.ref)) continue;
      const row = figureRow(s.ref);
      if (!row) continue;
      const code = figureMissing(row, report)
        ? 'FIGURE_MISSING'
        : rateOfNothing(row, report)
          ? 'FIGURE_RATE_OF_NOTHING'
          : undefined;
      if (!code) continue;
      seen.add(s.ref);
      issues.push(makeIssue(code, { id: row.id, label: row.label }, { file, row: l.line }));
    }
  return issues;
}
