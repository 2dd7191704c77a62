import { mm } from './xml';

export interface SectionSpec {
  readonly orientation: 'portrait' | 'landscape';
  /** Relationship id of the header showing the page number, from page 2 on. */
  readonly pageHeader: string;
  /** Relationship id of the empty header of page 1 (no number on the first page). */
  readonly firstHeader: string;
}

/**
 * Section properties of Nghị định 30/2020: A4, margins top and bottom 20 mm, left 30 mm,
 * right 15 mm, header 10 mm from the edge, page numbering restarting at 1.
 */
export function sectionXml(s: SectionSpec): string {
  const [w, h] = s.orientation === 'portrait' ? [mm(210), mm(297)] : [mm(297), mm(210)];
  const orient = s.orientation === 'landscape' ? ' w:orient="landscape"' : '';
  return (
    `<w:sectPr><w:headerReference w:type="default" r:id="${s.pageHeader}"/>` +
    `<w:headerReference w:type="first" r:id="${s.firstHeader}"/>` +
    `<w:footnotePr><w:numFmt w:val="decimal"/></w:footnotePr>` +
    `<w:pgSz w:w="${w}" w:h="${h}"${orient}/>` +
    `<w:pgMar w:top="${mm(20)}" w:right="${mm(15)}" w:bottom="${mm(20)}" w:left="${mm(30)}" w:header="${mm(10)}" w:footer="${mm(10)}" w:gutter="0"/>` +
    `<w:pgNumType w:start="1"/><w:titlePg/></w:sectPr>`
  );
}
