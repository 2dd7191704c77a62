import PizZip from 'pizzip';
import { stabilizeZipTimes } from '../stable-zip-times';
import { zipBytes } from '../../tools/zip-bytes';
import { field } from './run';
import { paragraph } from './paragraph';
import { sectionXml, type SectionSpec } from './section';
import { stylesXml } from './styles';

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument.wordprocessingml';

export interface DocxSource {
  /**
   * Body XML: paragraphs and tables, without the final section properties; as UTF-8 pieces for
   * a body too large to hold as one string (a national ranking annex).
   */
  readonly body: string | readonly Buffer[];
  readonly orientation: SectionSpec['orientation'];
  /** Footnote id → footnote paragraph XML (without the w:footnote wrapper). Ids from 1. */
  readonly footnotes?: ReadonlyMap<number, string>;
}

function footnotesXml(notes: ReadonlyMap<number, string>): string {
  const sep =
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>' +
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>';
  const items = [...notes].map(([id, xml]) => `<w:footnote w:id="${id}">${xml}</w:footnote>`);
  return `${XML_HEAD}<w:footnotes xmlns:w="${W}" xmlns:r="${R}">${sep}${items.join('')}</w:footnotes>`;
}

function headerXml(content: string): string {
  return `${XML_HEAD}<w:hdr xmlns:w="${W}" xmlns:r="${R}">${content}</w:hdr>`;
}

const SETTINGS =
  `${XML_HEAD}<w:settings xmlns:w="${W}"><w:defaultTabStop w:val="720"/>` +
  '<w:characterSpacingControl w:val="doNotCompress"/>' +
  '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>' +
  // doNotExpandShiftReturn: a line ended by a line break (the one before a web address,
  // render/report/content-xml.ts) is not stretched to the margin in a justified paragraph.
  '<w:compat><w:doNotExpandShiftReturn/><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>' +
  '</w:settings>';

/**
 * Assembles a Word document: styles, settings, the two headers (empty on page 1, the page
 * number centred at the top from page 2), footnotes, and the body. No time stamps are written,
 * so the same body always gives the same parts.
 */
export function docxZip(src: DocxSource): PizZip {
  const notes = src.footnotes ?? new Map<number, string>();
  const zip = new PizZip();
  const overrides = [
    ['/word/document.xml', `${CT}.document.main+xml`],
    ['/word/styles.xml', `${CT}.styles+xml`],
    ['/word/settings.xml', `${CT}.settings+xml`],
    ['/word/header1.xml', `${CT}.header+xml`],
    ['/word/header2.xml', `${CT}.header+xml`],
    ['/word/footnotes.xml', `${CT}.footnotes+xml`],
  ];
  zip.file(
    '[Content_Types].xml',
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      overrides.map(([p, t]) => `<Override PartName="${p}" ContentType="${t}"/>`).join('') +
      '</Types>',
  );
  zip.file(
    '_rels/.rels',
    `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  zip.file(
    'word/_rels/document.xml.rels',
    `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/>` +
      `<Relationship Id="rId2" Type="${REL}/settings" Target="settings.xml"/>` +
      `<Relationship Id="rId3" Type="${REL}/header" Target="header1.xml"/>` +
      `<Relationship Id="rId4" Type="${REL}/header" Target="header2.xml"/>` +
      `<Relationship Id="rId5" Type="${REL}/footnotes" Target="footnotes.xml"/>` +
      '</Relationships>',
  );
  zip.file('word/styles.xml', stylesXml());
  zip.file('word/settings.xml', SETTINGS);
  zip.file('word/header1.xml', headerXml(paragraph(field('PAGE', '2'), { style: 'Header' })));
  zip.file('word/header2.xml', headerXml(paragraph('', { style: 'Header' })));
  zip.file('word/footnotes.xml', footnotesXml(notes));
  const sect = sectionXml({
    orientation: src.orientation,
    pageHeader: 'rId3',
    firstHeader: 'rId4',
  });
  const head = `${XML_HEAD}<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>`;
  const tail = `${sect}</w:body></w:document>`;
  zip.file(
    'word/document.xml',
    typeof src.body === 'string'
      ? `${head}${src.body}${tail}`
      : // The same bytes as the string would give (PizZip writes strings as UTF-8).
        Buffer.concat([Buffer.from(head), ...src.body, Buffer.from(tail)]),
  );
  return zip;
}

/** The zip as bytes, entries stamped with `when` so equal content gives equal bytes. */
export function docxBytes(zip: PizZip, when: Date): Buffer {
  return stabilizeZipTimes(zipBytes(zip), when);
}
