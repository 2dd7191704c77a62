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

test('an empty optional block section leaves no empty paragraph', async () => {
  const full = readDocxText((await sampleReport(SAMPLE_Q1)).bytes!).body;
  const r = await sampleReport(SAMPLE_Q1, (c) =>
    c.replace(/## giai_quyet_khac\n[\s\S]*?\n## /, '## giai_quyet_khac\n\n## '),
  );
  expect(r.issues).toEqual([]);
  const body = readDocxText(r.bytes!).body;
  // The sample's giai_quyet_khac has two lines: exactly those two paragraphs leave.
  expect(body).toHaveLength(full.length - 2);
  const at = body.findIndex((p) => p.text.startsWith('7. Triển khai cơ chế một cửa'));
  expect(body[at - 1]!.text.trim()).not.toBe('');
});

test('an empty optional section with its own heading leaves with the heading, and the letters move up', async () => {
  const r = await sampleReport(SAMPLE_Q1, (c) =>
    c
      .replace(/## tru_so\n[\s\S]*?\n## /, '## tru_so\n\n## ')
      .replace(/## trang_thiet_bi\n[\s\S]*?\n## /, '## trang_thiet_bi\n\n## ')
      .replace(/## noi_dung_khac\n[\s\S]*?\n## /, '## noi_dung_khac\n\n## '),
  );
  // noi_dung_khac of the sample places [^dia_gioi]: emptied, the footnote's warning is expected.
  expect(codes(r.issues)).toEqual(['CONTENT_FOOTNOTE_UNPLACED@-']);
  const texts = readDocxText(r.bytes!).body.map((p) => p.text);
  expect(texts.some((t) => t.includes('Về trụ sở làm việc'))).toBe(false);
  expect(texts.some((t) => t.startsWith('7.2.'))).toBe(false);
  expect(texts.some((t) => t.startsWith('11.'))).toBe(false);
  const one = texts.findIndex((t) => t.startsWith('7.1. Tình hình tổ chức'));
  expect(texts[one + 1]).toMatch(/^a\) Về cơ cấu tổ chức, bộ máy/);
  const ten = texts.findIndex((t) => t.startsWith('10. Về công tác cải cách TTHC'));
  const next = texts.findIndex((t, i) => i > ten && /^(\d+\.|[IV]+\.) /.test(t));
  expect(texts[next]).toMatch(/^II\. /);
});

test('with text, those sections keep their headings and letters (the sample)', async () => {
  const r = await sampleReport(SAMPLE_Q1, (c) => c);
  const texts = readDocxText(r.bytes!).body.map((p) => p.text);
  expect(texts).toContain('a) Về trụ sở làm việc.');
  expect(texts.some((t) => t.startsWith('b) Về cơ cấu tổ chức, bộ máy'))).toBe(true);
  expect(texts.some((t) => t.startsWith('7.2. Về máy móc'))).toBe(true);
  expect(texts.some((t) => t.startsWith('11. Các nội dung khác'))).toBe(true);
});

test('the skeleton tthc init writes fails with one located error per required section, and nothing is written', async () => {
  const skeleton = contentSkeleton('Quý II năm 2026');
  const { sections, issues } = parseContent(skeleton, 'noi-dung.md');
  expect([...sections.keys()]).toEqual(CONTENT_SECTIONS.map((s) => s.key));
  const required = CONTENT_SECTIONS.filter((s) => s.need === 'required').map((s) => s.key);
  expect(required).toEqual([
    'can_cu',
    'moi_truong_dien_tu',
    'truyen_thong',
    'cai_cach',
    'thuan_loi',
    'kho_khan',
    'phuong_huong',
    'kien_nghi',
  ]);
  expect(codes(issues)).toEqual(
    required.map((k) => `CONTENT_SECTION_EMPTY@${lineOf(skeleton, `## ${k} `)}`),
  );
  const canCu = issues[0]!;
  expect(canCu.message).toContain('"## can_cu"');
  expect(canCu.message).toContain(`từ dòng ${lineOf(skeleton, '## can_cu ') + 1}`);
  const r = await sampleReport(SAMPLE_Q1, () => skeleton);
  expect(r.bytes).toBeNull();
  expect(r.issues.filter((i) => i.code === 'CONTENT_SECTION_EMPTY')).toHaveLength(8);
});

test('an optional section may stay empty and a required one only needs a line', () => {
  const skeleton = contentSkeleton('Quý II năm 2026');
  const filled = skeleton.replace(
    /^(## (can_cu|moi_truong_dien_tu|truyen_thong|cai_cach|thuan_loi|kho_khan|phuong_huong|kien_nghi) .*)$/gmu,
    '$1\nMột dòng.',
  );
  expect(parseContent(filled, 'noi-dung.md').issues).toEqual([]);
});
