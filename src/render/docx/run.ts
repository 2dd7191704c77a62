import { escapeXml } from '../../ooxml/escape-xml';
import { pt } from './xml';

export interface RunStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Font size in points; the paragraph style's size when absent. */
  readonly size?: number;
}

function runProperties(style: RunStyle): string {
  const parts = [
    style.bold ? '<w:b/><w:bCs/>' : '',
    style.italic ? '<w:i/><w:iCs/>' : '',
    style.size ? `<w:sz w:val="${pt(style.size)}"/><w:szCs w:val="${pt(style.size)}"/>` : '',
  ].join('');
  return parts ? `<w:rPr>${parts}</w:rPr>` : '';
}

/** A run of text; line breaks in `text` become Word line breaks. */
export function run(text: string, style: RunStyle = {}): string {
  const pieces = text
    .split('\n')
    .map((line) => `<w:t xml:space="preserve">${escapeXml(line)}</w:t>`);
  return `<w:r>${runProperties(style)}${pieces.join('<w:br/>')}</w:r>`;
}

/** The superscript mark that points at footnote `id` of word/footnotes.xml. */
export function footnoteReference(id: number): string {
  return `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="${id}"/></w:r>`;
}

/** A field such as PAGE, shown with its last computed value `shown`. */
export function field(instruction: string, shown: string, style: RunStyle = {}): string {
  const rPr = runProperties(style);
  return (
    `<w:r>${rPr}<w:fldChar w:fldCharType="begin"/></w:r>` +
    `<w:r>${rPr}<w:instrText xml:space="preserve"> ${escapeXml(instruction)} </w:instrText></w:r>` +
    `<w:r>${rPr}<w:fldChar w:fldCharType="separate"/></w:r>` +
    `<w:r>${rPr}<w:t>${escapeXml(shown)}</w:t></w:r>` +
    `<w:r>${rPr}<w:fldChar w:fldCharType="end"/></w:r>`
  );
}

/** The number at the start of a footnote's own text (Word fills it in). */
export const footnoteMark = (): string =>
  '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>';
