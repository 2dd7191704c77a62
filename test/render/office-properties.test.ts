// Word's and Excel's File › Properties show the title, the author (the issuing body) and the
// date of every file the build writes (issue 16), read here from docProps/core.xml and app.xml.
import PizZip from 'pizzip';
import { SAMPLE_H1, SAMPLE_Q1 } from '../helpers/load-sample';
import { packageFiles } from '../helpers/sample-package';
import { schemaOrderFonts } from '../../src/render/xlsx-font-order';

const part = (bytes: Buffer, name: string) => new PizZip(bytes).file(name)?.asText() ?? '';
const tag = (xml: string, name: string) =>
  new RegExp(`<${name}[^>]*>([^<]*)</${name}>`).exec(xml)?.[1];

test('each file of the Lào Cai package has its title, author and report date', async () => {
  const files = await packageFiles(SAMPLE_Q1);
  // Titles typed from the documents' own headings; 16/3/2026 is ngay_bao_cao of ThongTin.csv.
  const expected: Record<string, string> = {
    'bao-cao.docx': 'Báo cáo công tác kiểm soát thủ tục hành chính Quý I năm 2026',
    'phu-luc-bieu-mau.docx': 'Phụ lục: Biểu mẫu thống kê II.02c, II.03b, 05b, 06c',
    'bieu-mau.xlsx': 'Phụ lục: Biểu mẫu thống kê II.02c, II.03b, 05b, 06c (bảng tính)',
  };
  for (const [name, title] of Object.entries(expected)) {
    const core = part(files.get(name)!, 'docProps/core.xml');
    expect([name, tag(core, 'dc:title')]).toEqual([name, title]);
    expect(tag(core, 'dc:creator')).toBe('ỦY BAN NHÂN DÂN TỈNH LÀO CAI');
    expect(tag(core, 'dcterms:created')).toBe('2026-03-16T00:00:00Z');
    expect(tag(part(files.get(name)!, 'docProps/app.xml'), 'Application')).toBe('tthc');
    expect(part(files.get(name)!, '[Content_Types].xml')).toContain('/docProps/core.xml');
  }
});

test('the Lai Châu package is authored by its own committee', async () => {
  const core = part((await packageFiles(SAMPLE_H1)).get('bao-cao.docx')!, 'docProps/core.xml');
  expect(tag(core, 'dc:creator')).toBe('ỦY BAN NHÂN DÂN TỈNH LAI CHÂU');
  expect(tag(core, 'dcterms:created')).toBe('2026-06-16T00:00:00Z');
});

test('font children are put in schema order: sz, color, name, family, scheme', () => {
  expect(
    schemaOrderFonts(
      '<fonts><font><color theme="1"/><family val="2"/><scheme val="minor"/><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="12"/></font></fonts>',
    ),
  ).toBe(
    '<fonts><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font><font><b/><sz val="12"/></font></fonts>',
  );
});
