import { CONTENT_SECTIONS } from '../../src/contract/content-sections';
import { contentSkeleton } from '../../src/render/init/content-skeleton';
import { parseContent } from '../../src/validate/content/parse-content';
import PizZip from 'pizzip';
import { readDocxText } from '../../src/ooxml/docx-text';
import { reportSections } from '../../src/verify/report-sections';
import { SAMPLE_Q1 } from '../helpers/load-sample';
import { sampleReport } from '../helpers/sample-report';

const codes = (issues: readonly { code: string; location?: { row?: number } }[]) =>
  issues.map((i) => `${i.code}@${i.location?.row ?? '-'}`);

/** Line number of the first line after the preamble that contains `needle`. */
const lineOf = (content: string, needle: string) => {
  const lines = content.split('\n');
  const start = lines.findIndex((l) => l.startsWith('## '));
  return lines.findIndex((l, i) => i >= start && l.includes(needle)) + 1;
};

const lastLineOf = (content: string, needle: string) =>
  content.split('\n').reduce((last, l, i) => (l.includes(needle) ? i + 1 : last), 0);

/** Edits the sections only: the preamble's examples ({{tthc_tw}}, [^dia_gioi]) stay as they are. */
const inBody = (edit: (body: string) => string) => (c: string) => {
  const at = c.indexOf('\n## ');
  return c.slice(0, at) + edit(c.slice(at));
};

test('every problem of the content file is reported at once, at its line, and nothing is written', async () => {
  let content = '';
  const r = await sampleReport(SAMPLE_Q1, (whole) => {
    content = inBody(
      (c) =>
        c
          .replace('## truyen_thong', '## truyen_thon') // misspelt section: unknown, and truyen_thong missing
          .replace('## kho_khan', '## thuan_loi') // a second thuan_loi, and kho_khan missing
          .replace('{{tthc_tw}} TTHC', '{{tthc_trung_uong}} TTHC') // unknown value
          .replace('## can_cu\n', '## can_cu\nDòng thừa\n') // an inline section of two lines
          .replace('{{tthc_dac_thu}}', '{{#if}}') // handlebars syntax error
          .replace('[^dia_gioi]', '[^ke_hoach]'), // a footnote the template places itself
    )(whole);
    return content;
  });
  expect(r.bytes).toBeNull();
  expect(codes(r.issues).sort()).toEqual(
    [
      `CONTENT_SECTION_UNKNOWN@${lineOf(content, '## truyen_thon')}`,
      `CONTENT_SECTION_DUPLICATE@${lastLineOf(content, '## thuan_loi')}`,
      'CONTENT_SECTION_MISSING@-',
      'CONTENT_SECTION_MISSING@-',
      `CONTENT_INLINE_TOO_LONG@${lineOf(content, 'Thực hiện các văn bản của Bộ Tư pháp')}`,
      `CONTENT_PLACEHOLDER_UNKNOWN@${lineOf(content, '{{tthc_trung_uong}}')}`,
      `CONTENT_SYNTAX@${lineOf(content, '{{#if}}')}`,
      `CONTENT_FOOTNOTE_UNKNOWN@${lineOf(content, '[^ke_hoach]')}`,
      'CONTENT_FOOTNOTE_UNPLACED@-',
    ].sort(),
  );
  const unknown = r.issues.find((i) => i.code === 'CONTENT_SECTION_UNKNOWN')!;
  expect(unknown.message).toContain('Có phải "truyen_thong"?');
  const placeholder = r.issues.find((i) => i.code === 'CONTENT_PLACEHOLDER_UNKNOWN')!;
  expect(placeholder.message).toContain('{{tthc_trung_uong}}');
});

test('the duplicate is reported at the second heading, naming the first', async () => {
  let content = '';
  const r = await sampleReport(
    SAMPLE_Q1,
    (c) => (content = c.replace('## kho_khan', '## thuan_loi')),
  );
  const dup = r.issues.find((i) => i.code === 'CONTENT_SECTION_DUPLICATE')!;
  const first = lineOf(content, '## thuan_loi');
  expect(dup.location?.row).toBeGreaterThan(first);
  expect(dup.message).toContain(`dòng ${first}`);
});

test('a footnote the data has but the content file does not place is a warning, and is dropped', async () => {
  const r = await sampleReport(
    SAMPLE_Q1,
    inBody((c) => c.replace('[^dia_gioi]', '')),
  );
  expect(codes(r.issues)).toEqual(['CONTENT_FOOTNOTE_UNPLACED@-']);
  expect(r.bytes).not.toBeNull();
  const notes = new PizZip(r.bytes!).file('word/footnotes.xml')!.asText();
  expect(notes).not.toContain('587/QĐ-UBND');
  expect(notes).toContain('25/KH-UBND');
});

test('content text is escaped for Word and data values are never read as a template again', async () => {
  const r = await sampleReport(SAMPLE_Q1, (c) =>
    c.replace(
      '## kien_nghi\n',
      '## kien_nghi\nThẻ <w:p> & "{{tinh}}" & {tinh} & {{hs_tiep_nhan}} *nghiêng* **đậm**\n',
    ),
  );
  expect(r.issues).toEqual([]);
  const xml = new PizZip(r.bytes!).file('word/document.xml')!.asText();
  expect(xml).toContain('Thẻ &lt;w:p&gt; &amp; &quot;Lào Cai&quot; &amp; {tinh} &amp; 176.319');
  expect(xml).toMatch(/<w:i\/><w:iCs\/><\/w:rPr><w:t xml:space="preserve">nghiêng<\/w:t>/);
  expect(xml).toMatch(/<w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">đậm<\/w:t>/);
  const iv = reportSections(readDocxText(r.bytes!).body).get('IV')!;
  expect(iv).toContain('Thẻ <w:p> & "Lào Cai" & {tinh} & 176.319 nghiêng đậm');
});

test('an empty block section leaves no empty paragraph; the quarter prose moves with the file', async () => {
  const r = await sampleReport(SAMPLE_Q1, (c) =>
    c.replace(/## kho_khan\n[\s\S]*?\n## /, '## kho_khan\n\n## '),
  );
  const body = readDocxText(r.bytes!).body;
  const at = body.findIndex((p) => p.text.startsWith('2. Khó khăn'));
  expect(body[at + 1]!.text).toMatch(/^III\. PHƯƠNG HƯỚNG/);
});

test('the skeleton tthc init writes is a valid content file with every section empty', () => {
  const { sections, issues } = parseContent(contentSkeleton('Quý II năm 2026'), 'noi-dung.md');
  expect(issues).toEqual([]);
  expect([...sections.keys()]).toEqual(CONTENT_SECTIONS.map((s) => s.key));
  expect([...sections.values()].every((lines) => lines.length === 0)).toBe(true);
});
