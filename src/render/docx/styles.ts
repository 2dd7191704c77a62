import { mm, pt } from './xml';

/** Body font size of Nghị định 30/2020 (13–14 pt): 14. */
export const BODY_SIZE = 14;

const FONT =
  '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/>';

function paragraphStyle(
  id: string,
  name: string,
  pPr: string,
  rPr = '',
  basedOn = 'Normal',
): string {
  return (
    `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${id}"><w:name w:val="${name}"/>` +
    `<w:basedOn w:val="${basedOn}"/><w:qFormat/><w:pPr>${pPr}</w:pPr><w:rPr>${rPr}</w:rPr></w:style>`
  );
}

const FLAT = '<w:spacing w:before="0" w:after="0"/><w:ind w:firstLine="0"/>';

/**
 * Style names hold no comma: Word reads a comma in w:name as a list of aliases, and the schema
 * forbids it.
 *
 * styles.xml: Times New Roman 14 pt, justified, first-line indent 1,27 cm, 6 pt after each
 * paragraph (Nghị định 30/2020, Phụ lục I); heading levels Muc1…Muc4 that the verify step uses
 * to find sections; compact styles for the header, tables, footnotes and Nơi nhận.
 */
export function stylesXml(): string {
  const body = `<w:spacing w:before="0" w:after="120" w:line="264" w:lineRule="auto"/><w:ind w:firstLine="${mm(12.7)}"/><w:jc w:val="both"/>`;
  const styles = [
    `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr>${body}</w:pPr><w:rPr>${FONT}<w:sz w:val="${pt(BODY_SIZE)}"/><w:szCs w:val="${pt(BODY_SIZE)}"/><w:lang w:val="vi-VN"/></w:rPr></w:style>`,
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/></w:style>',
    paragraphStyle('Muc1', 'Mục A; B', '<w:keepNext/>', '<w:b/><w:bCs/>'),
    paragraphStyle('Muc2', 'Mục I; II', '<w:keepNext/>', '<w:b/><w:bCs/>'),
    paragraphStyle('Muc3', 'Mục 1; 2', '<w:keepNext/>', '<w:b/><w:bCs/>'),
    paragraphStyle('Muc4', 'Mục 1.1; a)', '<w:keepNext/>', '<w:b/><w:bCs/><w:i/><w:iCs/>'),
    paragraphStyle('Khung', 'Khung văn bản', `${FLAT}<w:jc w:val="center"/>`),
    paragraphStyle(
      'Bang',
      'Ô bảng',
      `${FLAT}<w:jc w:val="center"/>`,
      `<w:sz w:val="${pt(11)}"/><w:szCs w:val="${pt(11)}"/>`,
    ),
    paragraphStyle(
      'NoiNhan',
      'Nơi nhận',
      `${FLAT}<w:jc w:val="left"/>`,
      `<w:sz w:val="${pt(11)}"/><w:szCs w:val="${pt(11)}"/>`,
    ),
    paragraphStyle(
      'FootnoteText',
      'footnote text',
      `${FLAT}<w:jc w:val="both"/>`,
      `<w:sz w:val="${pt(12)}"/><w:szCs w:val="${pt(12)}"/>`,
    ),
    paragraphStyle('Header', 'header', `${FLAT}<w:jc w:val="center"/>`),
    '<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>',
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>',
  ];
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    `<w:docDefaults><w:rPrDefault><w:rPr>${FONT}<w:sz w:val="${pt(BODY_SIZE)}"/><w:szCs w:val="${pt(BODY_SIZE)}"/><w:lang w:val="vi-VN" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>` +
    styles.join('') +
    '</w:styles>'
  );
}
