import { mm, pt } from './xml';

export interface ParagraphStyle {
  /** A paragraph style of styles.xml ("Muc1", "NoiNhan", …). */
  readonly style?: string;
  readonly align?: 'left' | 'center' | 'right' | 'both';
  /** First-line indent in millimetres; 0 removes the body's indent. */
  readonly firstLine?: number;
  /** Left indent in millimetres. */
  readonly left?: number;
  readonly right?: number;
  /** Space before and after, in points. */
  readonly before?: number;
  readonly after?: number;
  readonly keepNext?: boolean;
  readonly pageBreakBefore?: boolean;
  /** A rule under the paragraph (the line under the issuing body, Tiêu ngữ, summary). */
  readonly ruleBelow?: boolean;
  /** Font size (points) of the paragraph mark, which sets an empty paragraph's height. */
  readonly markSize?: number;
}

function properties(s: ParagraphStyle): string {
  const ind =
    s.firstLine !== undefined || s.left !== undefined || s.right !== undefined
      ? `<w:ind${s.left !== undefined ? ` w:left="${mm(s.left)}"` : ''}${
          s.right !== undefined ? ` w:right="${mm(s.right)}"` : ''
        }${s.firstLine !== undefined ? ` w:firstLine="${mm(s.firstLine)}"` : ''}/>`
      : '';
  const spacing =
    s.before !== undefined || s.after !== undefined
      ? `<w:spacing${s.before !== undefined ? ` w:before="${s.before * 20}"` : ''}${
          s.after !== undefined ? ` w:after="${s.after * 20}"` : ''
        }/>`
      : '';
  const parts = [
    s.style ? `<w:pStyle w:val="${s.style}"/>` : '',
    s.keepNext ? '<w:keepNext/>' : '',
    s.pageBreakBefore ? '<w:pageBreakBefore/>' : '',
    s.ruleBelow
      ? '<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr>'
      : '',
    spacing,
    ind,
    s.align ? `<w:jc w:val="${s.align}"/>` : '',
    s.markSize ? `<w:rPr><w:sz w:val="${pt(s.markSize)}"/></w:rPr>` : '',
  ].join('');
  return parts ? `<w:pPr>${parts}</w:pPr>` : '';
}

/** A paragraph holding the given runs (already XML). */
export function paragraph(runs: string, style: ParagraphStyle = {}): string {
  return `<w:p>${properties(style)}${runs}</w:p>`;
}
