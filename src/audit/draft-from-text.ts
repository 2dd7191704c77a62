import { makeBlock, type Draft } from './draft';

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const fromSuperscript = (s: string) =>
  Number([...s].map((c) => String(SUPERSCRIPT.indexOf(c))).join(''));
/** A line that opens a paragraph of its own: a list item, a numbered heading. */
export const OPENS = /^\s*(?:[-+*•]\s|\d+(?:\.\d+)*\.\s|[IVXLC]+\.\s|[a-zđ]\)\s|\(\d+\)\s)/u;

/** Emphasis marks of Markdown ("**176.319 hồ sơ**", "(*trong đó*)"); a "* " bullet stays. */
const plain = (line: string) => line.replace(/\*\*|__/g, '').replace(/(?<=\S)\*|\*(?=\S)/g, '');

/** Body text with its footnote calls written "[^n]": superscripts ("Kế hoạch¹") or "[^key]". */
function withCalls(line: string, keys: Map<string, number>, textNotes: boolean): string {
  const marked = line.replace(/\[\^([^\]]+)\]/g, (_, key: string) => {
    if (!keys.has(key)) keys.set(key, keys.size + 1);
    return `[^${keys.get(key)}]`;
  });
  return textNotes
    ? marked.replace(/(?<=\S)[⁰¹²³⁴⁵⁶⁷⁸⁹]+/gu, (s) => `[^${fromSuperscript(s)}]`)
    : marked;
}

interface Note {
  number: number;
  lines: string[];
}

/**
 * Footnote definitions: "[^key]: …" (Markdown), "¹ …" (superscript), or, in text extracted from a
 * PDF, "1 Một số …" when 1 is the next footnote number expected.
 */
function noteStart(
  line: string,
  expected: number,
  keys: Map<string, number>,
  textNotes: boolean,
): Note | null {
  const md = /^\s*\[\^([^\]]+)\]:\s*(.*)$/u.exec(line);
  if (md) {
    if (!keys.has(md[1]!)) keys.set(md[1]!, keys.size + 1);
    return { number: keys.get(md[1]!)!, lines: [md[2]!] };
  }
  if (!textNotes) return null;
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

/** A line of a draft's text; a table cell of a Word file is a paragraph of its own. */
export interface SourceLine {
  readonly text: string;
  readonly inTable?: boolean;
}

export interface LineOptions {
  /** 'md': every line is a paragraph; 'txt': wrapped lines are joined, a blank line parts them. */
  readonly format: 'txt' | 'md';
  /**
   * Footnotes written in the text ("¹ …", "1 Một số …") and calls glued to words ("giảm1"): off
   * for a Word file with footnotes of its own, whose calls are already "[^n]".
   */
  readonly textNotes: boolean;
}

/** A line ending in a letter and a hyphen was cut inside a word or a code ("118/2025/NĐ-"). */
const CUT = /\p{L}-\s*$/u;

/**
 * Lines of text as paragraphs and footnotes: the one reading of a draft typed line by line,
 * shared by .txt, .md and Word files whose paragraphs are lines.
 */
export function draftFromLines(
  lines: readonly SourceLine[],
  file: string,
  { format, textNotes }: LineOptions,
  provinceHint?: string,
): Draft {
  const keys = new Map<string, number>();
  const paragraphs: { lines: string[]; inTable: boolean }[] = [];
  const notes: Note[] = [];
  let note: Note | null = null;
  let open = false;
  let blank = false;
  for (const source of lines) {
    if (source.inTable) {
      if (source.text.trim() !== '')
        paragraphs.push({ lines: [withCalls(source.text, keys, textNotes)], inTable: true });
      note = null;
      open = blank = false;
      continue;
    }
    const line = plain(source.text.replace(/^#+\s+/, ''));
    if (line.trim() === '' || /^\s*[=-]{3,}\s*$/.test(line)) {
      note = null;
      blank = true;
      continue;
    }
    const last = paragraphs[paragraphs.length - 1];
    const lastLine = last?.lines[last.lines.length - 1] ?? '';
    // After a blank line (a page break of a PDF), a line in lower case or after a cut code
    // ("NĐ-" / "CP") carries on the paragraph that did not end.
    if (
      format === 'txt' &&
      blank &&
      last &&
      !last.inTable &&
      (CARRIES_ON.test(line) || CUT.test(lastLine))
    )
      open = !/[.:;!?]\s*$/u.test(lastLine);
    else if (blank) open = false;
    blank = false;
    const start = noteStart(line, (notes[notes.length - 1]?.number ?? 0) + 1, keys, textNotes);
    if (start) {
      notes.push((note = start));
      continue;
    }
    if (note && !OPENS.test(line)) {
      note.lines.push(line);
      continue;
    }
    note = null;
    if (format === 'md' || !open || OPENS.test(line))
      paragraphs.push({ lines: [withCalls(line, keys, textNotes)], inTable: false });
    else last!.lines.push(withCalls(line, keys, textNotes));
    open = !HEADING.test(line);
  }
  const numbers = new Set(notes.map((n) => n.number));
  const text = (p: string[]) =>
    format === 'txt' && textNotes ? gluedCalls(join(p), numbers) : join(p);
  return {
    file,
    paragraphs: paragraphs.map((p, i) => {
      const block = makeBlock('paragraph', i + 1, text(p.lines));
      return p.inTable ? { ...block, inTable: true } : block;
    }),
    footnotes: notes.map((n) =>
      makeBlock('footnote', n.number, withCalls(join(n.lines), keys, textNotes)),
    ),
    provinceHint,
  };
}

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
  const textLines = lines.map((text) => ({ text }));
  return draftFromLines(textLines, file, { format, textNotes: true }, provinceHint);
}
