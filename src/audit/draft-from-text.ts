import { makeBlock, type Draft } from './draft';

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const fromSuperscript = (s: string) =>
  Number([...s].map((c) => String(SUPERSCRIPT.indexOf(c))).join(''));
/** A line that opens a paragraph of its own: a list item, a numbered heading. */
const OPENS = /^\s*(?:[-+*•]\s|\d+(?:\.\d+)*\.\s|[IVXLC]+\.\s|[a-zđ]\)\s|\(\d+\)\s)/u;

/** Emphasis marks of Markdown ("**176.319 hồ sơ**", "(*trong đó*)"); a "* " bullet stays. */
const plain = (line: string) => line.replace(/\*\*|__/g, '').replace(/(?<=\S)\*|\*(?=\S)/g, '');

/** Body text with its footnote calls written "[^n]": superscripts ("Kế hoạch¹") or "[^key]". */
function withCalls(line: string, keys: Map<string, number>): string {
  return line
    .replace(/\[\^([^\]]+)\]/g, (_, key: string) => {
      if (!keys.has(key)) keys.set(key, keys.size + 1);
      return `[^${keys.get(key)}]`;
    })
    .replace(/(?<=\S)[⁰¹²³⁴⁵⁶⁷⁸⁹]+/gu, (s) => `[^${fromSuperscript(s)}]`);
}

interface Note {
  number: number;
  lines: string[];
}

/**
 * Footnote definitions: "[^key]: …" (Markdown), "¹ …" (superscript), or, in text extracted from a
 * PDF, "1 Một số …" when 1 is the next footnote number expected.
 */
function noteStart(line: string, expected: number, keys: Map<string, number>): Note | null {
  const md = /^\s*\[\^([^\]]+)\]:\s*(.*)$/u.exec(line);
  if (md) {
    if (!keys.has(md[1]!)) keys.set(md[1]!, keys.size + 1);
    return { number: keys.get(md[1]!)!, lines: [md[2]!] };
  }
  const sup = /^\s*([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s*(.*)$/u.exec(line);
  if (sup) return { number: fromSuperscript(sup[1]!), lines: [sup[2]!] };
  const digit = /^\s*(\d{1,2})\s+(\p{Lu}.*)$/u.exec(line);
  if (digit && Number(digit[1]) === expected) return { number: expected, lines: [digit[2]!] };
  return null;
}

/** A short numbered heading ("1. Các sở, ban, ngành thuộc UBND tỉnh") is a paragraph alone. */
const HEADING = /^\s*(?:\d+(?:\.\d+)*\.|[IVXLC]+\.|[a-zđ]\))\s.{0,65}[^,;\s]\s*$/u;
/** A line that carries on the paragraph before a page break: "số 66.7/2025/…", "766/QĐ-TTg …". */
const CARRIES_ON = /^\s*(?:\p{Ll}|\d+\/)/u;

/** Text footnote calls glued to a word by a PDF extraction: "giảm1 (", "điểm2," when 1, 2 are notes. */
function gluedCalls(text: string, notes: ReadonlySet<number>): string {
  return text.replace(/(?<=\p{Ll})(\d{1,2})(?=[\s,.;:)]|$)/gu, (d) =>
    notes.has(Number(d)) ? `[^${Number(d)}]` : d,
  );
}

/** Joins the lines of a paragraph wrapped by a PDF extraction ("766/QĐ-" + "TTg"). */
const join = (lines: string[]) =>
  lines
    .reduce((acc, l) => (/\p{L}-$/u.test(acc) ? acc + l.trim() : `${acc} ${l.trim()}`), '')
    .trim();

/**
 * A .txt or .md draft as paragraphs and footnotes. In .txt (often extracted from PDF) a blank
 * line ends a paragraph and wrapped lines are joined; in .md every line is a paragraph, as in
 * the project's content files, and a front matter between "---" lines is skipped.
 */
export function draftFromText(source: string, file: string, format: 'txt' | 'md'): Draft {
  let lines = source
    .replace(/^\uFEFF/, '')
    .normalize('NFC')
    .split(/\r?\n/);
  let provinceHint: string | undefined;
  if (format === 'md' && lines[0]?.trim() === '---') {
    const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
    const frame = lines.slice(0, end + 1);
    provinceHint = frame.map((l) => /^tinh:\s*(.+)$/u.exec(l)?.[1]?.trim()).find(Boolean);
    lines = lines.slice(end + 1);
  }
  const keys = new Map<string, number>();
  const paragraphs: string[][] = [];
  const notes: Note[] = [];
  let note: Note | null = null;
  let open = false;
  let blank = false;
  for (const raw of lines) {
    const line = plain(raw.replace(/^#+\s+/, ''));
    if (line.trim() === '' || /^\s*[=-]{3,}\s*$/.test(line)) {
      note = null;
      blank = true;
      continue;
    }
    const last = paragraphs[paragraphs.length - 1];
    if (format === 'txt' && blank && last && CARRIES_ON.test(line))
      open = !/[.:;!?]\s*$/u.test(last[last.length - 1] ?? '');
    else if (blank) open = false;
    blank = false;
    const start = noteStart(line, (notes[notes.length - 1]?.number ?? 0) + 1, keys);
    if (start) {
      notes.push((note = start));
      continue;
    }
    if (note && !OPENS.test(line)) {
      note.lines.push(line);
      continue;
    }
    note = null;
    if (format === 'md' || !open || OPENS.test(line)) paragraphs.push([withCalls(line, keys)]);
    else paragraphs[paragraphs.length - 1]!.push(withCalls(line, keys));
    open = !HEADING.test(line);
  }
  const numbers = new Set(notes.map((n) => n.number));
  const text = (p: string[]) => (format === 'txt' ? gluedCalls(join(p), numbers) : join(p));
  return {
    file,
    paragraphs: paragraphs.map((p, i) => makeBlock('paragraph', i + 1, text(p))),
    footnotes: notes.map((n) => makeBlock('footnote', n.number, withCalls(join(n.lines), keys))),
    provinceHint,
  };
}
