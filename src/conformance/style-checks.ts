import type { Issue } from '../issues/issue';
import type { IssueCode } from '../issues/messages';
import { deviation, paraAt } from './deviation';
import type { Para, TextRun } from '../ooxml/docx-model';
import { isCaps } from './text';

/** What an element's text must look like; each property is checked only when given. */
export interface Look {
  /** The exact text, spaces at the ends aside. */
  readonly text?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Inclusive range in points. */
  readonly size?: readonly [number, number];
  readonly align?: 'center' | 'left' | 'both';
  readonly caps?: boolean;
}

const visible = (p: Para): TextRun[] => p.runs.filter((r) => r.text.trim() !== '');

const range = ([min, max]: readonly [number, number]) =>
  min === max ? String(min) : `${min}–${max}`;

/** Points written the Vietnamese way: 13, 12,5. */
export const points = (n: number): string => String(n).replace('.', ',');

/**
 * The deviations of one paragraph from the look it must have, each its own issue under `code`:
 * its text when one is given, every visible run must be bold (italic) when asked, and every run's size within the range.
 */
export function lookDeviations(code: IssueCode, file: string, p: Para, look: Look): Issue[] {
  const runs = visible(p);
  const at = paraAt(file, p);
  const out: Issue[] = [];
  const text = p.text.trim();
  if (look.text !== undefined && text !== look.text)
    out.push(deviation(code, 'text', at, { found: text, expected: look.text }));
  if (look.caps && !isCaps(p.text)) out.push(deviation(code, 'caps', at));
  if (look.bold && runs.some((r) => !r.bold)) out.push(deviation(code, 'bold', at));
  if (look.italic && runs.some((r) => !r.italic)) out.push(deviation(code, 'italic', at));
  const size = look.size;
  const off = size && runs.find((r) => r.size < size[0] || r.size > size[1]);
  if (size && off)
    out.push(deviation(code, 'size', at, { found: points(off.size), expected: range(size) }));
  if (look.align && p.align !== look.align)
    out.push(deviation(code, 'align', at, { found: p.align, expected: look.align }));
  return out;
}
