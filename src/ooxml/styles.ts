import { kid, kids, onOff, wAttr, type Element } from './xml';

/** Run properties as one level of the style hierarchy sets them; absent = inherited. */
export interface RunProps {
  readonly ascii?: string;
  readonly hAnsi?: string;
  /** Points. */
  readonly size?: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly caps?: boolean;
  readonly hidden?: boolean;
  /** "000000", "auto", "FF0000"… */
  readonly color?: string;
}

/** Paragraph properties the checker needs, as one level sets them. */
export interface ParaProps {
  /** left, center, right or both ("start" and "end" read as left and right). */
  readonly align?: string;
  /** A bottom border: the rule drawn under Tiêu ngữ, the issuing body or the summary. */
  readonly ruleBelow?: boolean;
  /** Space before, in points. */
  readonly before?: number;
}

/** The latin fonts of the document theme, for rFonts given as w:asciiTheme / w:hAnsiTheme. */
export interface ThemeFonts {
  readonly major: string | null;
  readonly minor: string | null;
}

interface Style {
  readonly basedOn: string | null;
  readonly run: RunProps;
  readonly para: ParaProps;
}

/** styles.xml, read: docDefaults, every style by id, and the default paragraph style. */
export interface StyleSheet {
  readonly run: RunProps;
  readonly para: ParaProps;
  readonly styles: ReadonlyMap<string, Style>;
  readonly defaultParagraph: string | null;
  /** Resolved bases of the paragraph styles met so far: thousands of cells share a few styles. */
  readonly bases: Map<string, { run: RunProps; para: ParaProps }>;
}

/** Copies the defined values of each level over the previous ones: the last level wins. */
export function merge<T extends object>(...levels: readonly T[]): T {
  // Indexed loops over the keys, as in xml.ts: called for every run of every paragraph read.
  const out: Record<string, unknown> = {};
  for (let l = 0; l < levels.length; l++) {
    const level = levels[l] as Record<string, unknown>;
    const keys = Object.keys(level);
    for (let i = 0; i < keys.length; i++) {
      const v = level[keys[i]!];
      if (v !== undefined) out[keys[i]!] = v;
    }
  }
  return out as T;
}

function themeFont(value: string | null, theme: ThemeFonts): string | undefined {
  if (!value) return undefined;
  return (value.startsWith('major') ? theme.major : theme.minor) ?? `(theme ${value})`;
}

/** The run properties written in one w:rPr. A theme font attribute outranks the plain one. */
export function runProps(rPr: Element | undefined, theme: ThemeFonts): RunProps {
  if (!rPr) return {};
  const fonts = kid(rPr, 'rFonts');
  const sz = wAttr(kid(rPr, 'sz'), 'val');
  return {
    ascii: themeFont(wAttr(fonts, 'asciiTheme'), theme) ?? wAttr(fonts, 'ascii') ?? undefined,
    hAnsi: themeFont(wAttr(fonts, 'hAnsiTheme'), theme) ?? wAttr(fonts, 'hAnsi') ?? undefined,
    size: sz !== null ? Number(sz) / 2 : undefined,
    bold: onOff(kid(rPr, 'b')),
    italic: onOff(kid(rPr, 'i')),
    caps: onOff(kid(rPr, 'caps')),
    hidden: onOff(kid(rPr, 'vanish')),
    color: wAttr(kid(rPr, 'color'), 'val') ?? undefined,
  };
}

const ALIGN: Readonly<Record<string, string>> = { start: 'left', end: 'right' };

/** The paragraph properties written in one w:pPr. */
export function paraProps(pPr: Element | undefined): ParaProps {
  if (!pPr) return {};
  const jc = wAttr(kid(pPr, 'jc'), 'val');
  const bottom = kid(kid(pPr, 'pBdr'), 'bottom');
  const bottomVal = wAttr(bottom, 'val');
  const before = wAttr(kid(pPr, 'spacing'), 'before');
  return {
    align: jc ? (ALIGN[jc] ?? jc) : undefined,
    ruleBelow: bottom ? bottomVal !== 'nil' && bottomVal !== 'none' : undefined,
    before: before !== null ? Number(before) / 20 : undefined,
  };
}

/** Reads styles.xml (null when the package has none: everything then comes from defaults). */
export function readStyles(root: Element | null, theme: ThemeFonts): StyleSheet {
  const styles = new Map<string, Style>();
  let defaultParagraph: string | null = null;
  const defaults = kid(root ?? undefined, 'docDefaults');
  for (const s of root ? kids(root, 'style') : []) {
    const id = wAttr(s, 'styleId');
    if (!id) continue;
    const type = wAttr(s, 'type');
    if (type === 'paragraph' && ['1', 'true', 'on'].includes(wAttr(s, 'default') ?? ''))
      defaultParagraph = id;
    styles.set(id, {
      basedOn: wAttr(kid(s, 'basedOn'), 'val'),
      run: runProps(kid(s, 'rPr'), theme),
      para: paraProps(kid(s, 'pPr')),
    });
  }
  return {
    run: runProps(kid(kid(defaults, 'rPrDefault'), 'rPr'), theme),
    para: paraProps(kid(kid(defaults, 'pPrDefault'), 'pPr')),
    styles,
    defaultParagraph,
    bases: new Map(),
  };
}

/** A style and the styles it is based on, base first; a loop in basedOn stops the chain. */
function chain(sheet: StyleSheet, id: string | null): Style[] {
  const out: Style[] = [];
  const seen = new Set<string>();
  for (let at = id; at && !seen.has(at);) {
    seen.add(at);
    const style = sheet.styles.get(at);
    if (!style) break;
    out.unshift(style);
    at = style.basedOn;
  }
  return out;
}

/**
 * The properties a paragraph gets from docDefaults and its paragraph style (or the default
 * paragraph style when it names none), before its own direct formatting.
 */
export function paragraphBase(
  sheet: StyleSheet,
  pStyle: string | null,
): { run: RunProps; para: ParaProps } {
  const id = pStyle ?? sheet.defaultParagraph ?? '';
  let base = sheet.bases.get(id);
  if (!base) {
    const styles = chain(sheet, id);
    base = {
      run: merge(sheet.run, ...styles.map((s) => s.run)),
      para: merge(sheet.para, ...styles.map((s) => s.para)),
    };
    sheet.bases.set(id, base);
  }
  return base;
}

/** A run's properties: paragraph base, then its character style, then its own w:rPr. */
export function resolveRun(
  sheet: StyleSheet,
  base: RunProps,
  rStyle: string | null,
  direct: RunProps,
): RunProps {
  return merge(base, ...chain(sheet, rStyle).map((s) => s.run), direct);
}
