import type { RawLetter } from '../../ingest/read-letter';
import { makeIssue, type Issue } from '../../issues/issue';
import { bidiControls, cleanText } from '../cells/clean-text';

/** One line of a letter's file, cleaned, with what was wrong with it. */
function cleanLine(text: string, file: string, line: number): { text: string; issues: Issue[] } {
  const issues: Issue[] = [];
  const bidi = bidiControls(text);
  if (bidi.length > 0)
    issues.push(
      makeIssue(
        'LETTER_BIDI_CONTROL',
        { codes: [...new Set(bidi)].join(', ') },
        { file, row: line },
      ),
    );
  const cleaned = cleanText(text);
  if (cleaned.removed.length > 0)
    issues.push(
      makeIssue(
        'LETTER_CONTROL_CHARACTERS',
        { count: cleaned.removed.length, codes: [...new Set(cleaned.removed)].join(', ') },
        { file, row: line },
      ),
    );
  return { text: cleaned.text, issues };
}

/**
 * A letter's frame and body without the characters a Word file cannot hold (a bell, an
 * escape, NUL) or that hide in text (zero-width): removed, each line with a warning, before
 * anything is rendered — not found missing by the read-back as an "output mismatch".
 * Characters that reverse the text (U+202E) are an error.
 */
export function cleanLetter(raw: RawLetter): { raw: RawLetter; issues: Issue[] } {
  const issues: Issue[] = [];
  const frame = raw.frame
    .split('\n')
    .map((text, i) => {
      const c = cleanLine(text, raw.file, raw.frameLine + i);
      issues.push(...c.issues);
      return c.text;
    })
    .join('\n');
  const body = raw.body.map((l) => {
    const c = cleanLine(l.text, raw.file, l.line);
    issues.push(...c.issues);
    return { ...l, text: c.text };
  });
  return { raw: { ...raw, frame, body }, issues };
}
