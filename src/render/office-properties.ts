import PizZip from 'pizzip';
import { escapeXml } from '../ooxml/escape-xml';
import { stabilizeZipTimes } from './stable-zip-times';
import { zipBytes } from '../tools/zip-bytes';
import { schemaOrderFonts } from './xlsx-font-order';
import { escapeUnderscoreX, isDecodedTextPart } from './xlsx-underscore-escape';

/** What Word's and Excel's File › Properties show: the document's title, author and date. */
export interface OfficeProperties {
  readonly title: string;
  /** The issuing body, as the header prints it. */
  readonly author: string;
  /** The report's (or letter's) date: created, modified and every zip time stamp. */
  readonly created: Date;
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CORE_REL = `${PKG_REL}/metadata/core-properties`;
const APP_REL =
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties';
const CORE_TYPE = 'application/vnd.openxmlformats-package.core-properties+xml';
const APP_TYPE = 'application/vnd.openxmlformats-officedocument.extended-properties+xml';

const w3cdtf = (d: Date) => `${d.toISOString().slice(0, 19)}Z`;

function coreXml(p: OfficeProperties): string {
  const when = w3cdtf(p.created);
  return (
    `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:title>${escapeXml(p.title)}</dc:title><dc:creator>${escapeXml(p.author)}</dc:creator>` +
    `<cp:lastModifiedBy>${escapeXml(p.author)}</cp:lastModifiedBy><dc:language>vi-VN</dc:language>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified></cp:coreProperties>`
  );
}

// The program that wrote the file is named honestly (exceljs would write "Microsoft Excel").
const appXml = (p: OfficeProperties) =>
  `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">` +
  `<Application>tthc</Application><Company>${escapeXml(p.author)}</Company></Properties>`;

/** Adds a relationship or content type unless the part already has one. */
function ensure(zip: PizZip, part: string, marker: string, entry: string, closing: string) {
  const xml = zip.file(part)?.asText();
  if (!xml) throw new Error(`${part} is missing`);
  if (!xml.includes(marker)) zip.file(part, xml.replace(closing, `${entry}${closing}`));
}

/**
 * Writes docProps/core.xml and docProps/app.xml into a .docx or .xlsx (title, author, dates),
 * with their relationships and content types, and puts every `<font>` of a workbook's styles in
 * the order of the schema. Returns new bytes, every entry deflated (the workbooks come stored)
 * and stamped with `created`.
 */
export function withOfficeProperties(bytes: Buffer, p: OfficeProperties): Buffer {
  const zip = new PizZip(bytes);
  zip.file('docProps/core.xml', coreXml(p));
  zip.file('docProps/app.xml', appXml(p));
  ensure(
    zip,
    '_rels/.rels',
    CORE_REL,
    `<Relationship Id="rIdCore" Type="${CORE_REL}" Target="docProps/core.xml"/>`,
    '</Relationships>',
  );
  ensure(
    zip,
    '_rels/.rels',
    APP_REL,
    `<Relationship Id="rIdApp" Type="${APP_REL}" Target="docProps/app.xml"/>`,
    '</Relationships>',
  );
  ensure(
    zip,
    '[Content_Types].xml',
    '/docProps/core.xml',
    `<Override PartName="/docProps/core.xml" ContentType="${CORE_TYPE}"/>`,
    '</Types>',
  );
  ensure(
    zip,
    '[Content_Types].xml',
    '/docProps/app.xml',
    `<Override PartName="/docProps/app.xml" ContentType="${APP_TYPE}"/>`,
    '</Types>',
  );
  const styles = zip.file('xl/styles.xml')?.asText();
  if (styles) zip.file('xl/styles.xml', schemaOrderFonts(styles));
  for (const name of Object.keys(zip.files).filter(isDecodedTextPart)) {
    const text = zip.file(name)!.asText();
    const escaped = escapeUnderscoreX(text);
    if (escaped !== text) zip.file(name, escaped);
  }
  return stabilizeZipTimes(zipBytes(zip), p.created);
}
