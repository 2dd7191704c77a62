// Joins the wrapped lines of a text extracted from a PDF into one line per paragraph, as an
// official does before pasting it into Word: a line carries on the line before it unless it
// opens a list item ("- ", "+ "), a numbered heading ("1. ", "a) "), a footnote ("1 Một số …",
// the next footnote number before a capital) or follows a blank line; a line in lower case after
// a blank line (a page break) carries on too. A short line (a line of the frame, a heading) ends
// its paragraph. Paragraphs are kept apart by a blank line.
import { readFileSync } from 'node:fs';
import process from 'node:process';

const lines = readFileSync(0, 'utf8').split(/\r?\n/);
const OPENS = /^\s*(?:[-+*•]\s|\d+(?:\.\d+)*\.\s|[IVXLC]+\.\s|[a-zđ]\)\s|\(\d+\)\s)/u;
const HEADING = /^\s*(?:\d+(?:\.\d+)*\.|[IVXLC]+\.|[a-zđ]\))\s.{0,65}[^,;\s]\s*$/u;
const out = [];
let note = 0;
let blank = true;
let prev;
for (const raw of lines) {
  const line = raw.trim();
  if (line === '') {
    blank = true;
    continue;
  }
  const footnote = new RegExp(`^${note + 1}\\s+\\p{Lu}`, 'u').test(line);
  if (footnote) note++;
  const last = out[out.length - 1];
  const carries =
    blank && last !== undefined && /^(?:\p{Ll}|\d+\/)/u.test(line) && !/[.:;!?]$/u.test(last);
  const short = prev !== undefined && (prev.length < 45 || HEADING.test(prev));
  if (last === undefined || ((blank || short || OPENS.test(line) || footnote) && !carries))
    out.push(line);
  else out[out.length - 1] = /\p{L}-$/u.test(last) ? last + line : `${last} ${line}`;
  blank = false;
  prev = line;
}
process.stdout.write(out.join('\n\n') + '\n');
