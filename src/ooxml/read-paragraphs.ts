import { toNfc } from '../format';
import type { CellPlace, Para, TextRun } from './docx-model';
import { runsOf, runText, walkParagraphs } from './story';
import {
  merge,
  paraProps,
  paragraphBase,
  resolveRun,
  runProps,
  type StyleSheet,
  type ThemeFonts,
} from './styles';
import { containsW, descendants, kid, kids, textOf, wAttr, type Element } from './xml';

interface Walk {
  readonly part: string;
  readonly sheet: StyleSheet;
  readonly theme: ThemeFonts;
  readonly out: Para[];
  section: number;
}

/** The PAGE field of a paragraph, simple (w:fldSimple) or complex (w:instrText between fldChars). */
function pageFieldOf(
  p: Element,
  size: (r: Element) => number,
): { instruction: string; size: number } | null {
  // Most paragraphs hold no field at all.
  if (!containsW(p, 'fldSimple', 'instrText')) return null;
  for (const f of descendants(p, 'fldSimple')) {
    const instruction = wAttr(f, 'instr') ?? '';
    const first = descendants(f, 'r')[0];
    if (/\bPAGE\b/.test(instruction) && first) return { instruction, size: size(first) };
  }
  const runs = descendants(p, 'r').filter((r) => kid(r, 'instrText'));
  const instruction = runs.map((r) => kids(r, 'instrText').map(textOf).join('')).join('');
  return /\bPAGE\b/.test(instruction) && runs[0] ? { instruction, size: size(runs[0]) } : null;
}

function readPara(p: Element, w: Walk, cell: CellPlace | null): Para {
  const pPr = kid(p, 'pPr');
  const base = paragraphBase(w.sheet, wAttr(kid(pPr, 'pStyle'), 'val'));
  const props = merge(base.para, paraProps(pPr));
  const resolve = (r: Element) => {
    const rPr = kid(r, 'rPr');
    return resolveRun(w.sheet, base.run, wAttr(kid(rPr, 'rStyle'), 'val'), runProps(rPr, w.theme));
  };
  const runs: TextRun[] = [];
  for (const r of runsOf(p)) {
    const rp = resolve(r);
    const raw = toNfc(runText(r));
    if (rp.hidden || raw === '') continue;
    runs.push({
      text: rp.caps ? raw.toLocaleUpperCase('vi') : raw,
      ascii: rp.ascii ?? null,
      hAnsi: rp.hAnsi ?? null,
      // Word's size when no level sets one (w:sz defaults to 20 half-points).
      size: rp.size ?? 10,
      bold: rp.bold ?? false,
      italic: rp.italic ?? false,
      color: rp.color ?? null,
    });
  }
  return {
    part: w.part,
    index: w.out.length + 1,
    text: runs.map((r) => r.text).join(''),
    runs,
    align: props.align ?? 'left',
    ruleBelow: props.ruleBelow ?? false,
    hasDrawing: containsW(p, 'drawing', 'pict'),
    before: props.before ?? 0,
    cell,
    section: w.section,
    pageField: pageFieldOf(p, (r) => resolve(r).size ?? 10),
  };
}

/**
 * Every paragraph of a story (the body, a header, a footnote…), table cells included, with
 * its runs resolved through styles.xml; for the body, the section each belongs to.
 */
export function readParagraphs(
  root: Element,
  part: string,
  sheet: StyleSheet,
  theme: ThemeFonts,
): Para[] {
  const w: Walk = { part, sheet, theme, out: [], section: 0 };
  walkParagraphs(root, (p, cell) => {
    w.out.push(readPara(p, w, cell));
    // A paragraph carrying w:sectPr ends its section.
    if (kid(kid(p, 'pPr'), 'sectPr')) w.section++;
  });
  return w.out;
}
