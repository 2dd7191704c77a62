/**
 * Templates are trusted, data is not (issue 8, part 3). Each hostile value is put into every
 * place of the data that reaches a document — unit names and display names, a field of PAKN,
 * a document title, the signer, a decision's agency, a draft's title, a recipient, and the
 * content file through a {{value}} — and the package is built as `tthc build` builds it. The
 * value must come back as literal text, every XML part must stay well-formed, the documents must
 * keep the structure (paragraphs, tables, rows, footnotes) they have with a harmless value, and
 * nothing in the value may run. Data that may become object keys (unit codes, field and column
 * names) is set to prototype names: no built-in prototype may change.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runBuild } from '../../src/cli/commands/build';
import { docxStructure, docxText, workbookText, xmlError, xmlParts } from '../helpers/read-package';
import {
  addColumn,
  cellOf,
  copySample,
  removeTempFolders,
  setCell,
  tempFolder,
} from '../helpers/sample-copy';
import { readCsvFolder, toJsonDocument } from '../helpers/sample-formats';

afterAll(removeTempFolders);

/**
 * Every own property of the built-in prototypes, with its descriptor: what a value used as an
 * object key ("__proto__", "constructor") would change if the program let it.
 */
const prototypes = () =>
  [Object.prototype, Array.prototype, Function.prototype, String.prototype].map((p) =>
    Reflect.ownKeys(p).map((k) => [String(k), Object.getOwnPropertyDescriptor(p, k)]),
  );
const PROTOTYPES_BEFORE = prototypes();

/** [what it is, the value, what a reader must see: the value, less unprintable characters]. */
const HOSTILE: readonly [string, string, string][] = [
  ['an opening brace', '{', '{'],
  ['a closing brace', '}', '}'],
  ['a docxtemplater loop tag', '{#x}', '{#x}'],
  ['a docxtemplater raw-XML tag', '{@raw}', '{@raw}'],
  ['a handlebars value', '{{tinh}}', '{{tinh}}'],
  [
    'a handlebars prototype walk',
    '{{constructor.constructor "globalThis.pwned=1"}}',
    '{{constructor.constructor "globalThis.pwned=1"}}',
  ],
  ['a JavaScript template', '${globalThis.pwned=1}', '${globalThis.pwned=1}'],
  ['Word XML', '<w:p><w:r><w:t>x</w:t></w:r></w:p>', '<w:p><w:r><w:t>x</w:t></w:r></w:p>'],
  ['the end of a CDATA section', ']]>', ']]>'],
  ['an XML entity', '&amp; &lt;', '&amp; &lt;'],
  ['__proto__', '__proto__', '__proto__'],
  ['constructor', 'constructor', 'constructor'],
  [
    'Markdown of the content file',
    '*nghiêng* **đậm** [^dia_gioi]',
    '*nghiêng* **đậm** [^dia_gioi]',
  ],
  ['a very long line', `dài${' dài'.repeat(449)}`, `dài${' dài'.repeat(449)}`],
  ['control characters', 'a\u0007b\u0000c\u001b[31md\u0008', 'abc[31md'],
];

/** A line of the content file that prints a value of the data inside the prose. */
const CONTENT_LINE = 'Lĩnh vực có phản ánh, kiến nghị: {{pakn_linh_vuc}}.';

/** The Q1 sample with `v` appended to each text of the data that reaches a document. */
function q1With(v: string): string {
  const dir = copySample('q1');
  const append = (file: string, line: number, column: string) =>
    setCell(dir, file, line, column, `${cellOf(dir, file, line, column)} ${v}`);
  append('DonVi.csv', 4, 'ten'); // Sở Tư pháp: forms 06c (annex, workbook)
  append('PAKN.csv', 2, 'linh_vuc'); // Đất đai: report sentence, form 05b
  append('VanBan.csv', 2, 'trich_yeu'); // a plan: the report's first footnote
  append('ThongTin.csv', 10, 'gia_tri'); // ky_ho_ten: the signature
  append('CongBo.csv', 2, 'co_quan_linh_vuc'); // Sở Tài chính: form II.03b
  append('DuThao.csv', 2, 'ten_du_thao'); // form II.02c
  append('NoiNhan.csv', 2, 'noi_nhan'); // Nơi nhận of the report
  const content = join(dir, 'noi-dung.md');
  const text = readFileSync(content, 'utf8');
  writeFileSync(content, text.replace('## kien_nghi\n', `## kien_nghi\n${CONTENT_LINE}\n`));
  return dir;
}

/**
 * The index-766 sample with `v` appended to the display name of Tằng Loỏng (listed in a
 * footnote of the letter) and to the name of Sở Tư pháp (a row of the ranking annex).
 */
function index766With(v: string): string {
  const dir = copySample('766');
  const lines = readFileSync(join(dir, 'DonVi.csv'), 'utf8').split('\n');
  const line = (id: string) => lines.findIndex((l) => l.startsWith(`${id},`)) + 1;
  setCell(dir, 'DonVi.csv', line('02908'), 'ten_hien_thi', `Tằng Loỏng ${v}`);
  setCell(dir, 'DonVi.csv', line('SO-TP'), 'ten', `Sở Tư pháp ${v}`);
  return dir;
}

/** Builds as `tthc build` does (validation, rendering, read-back); returns the package folder. */
async function build(data: string, name: string): Promise<string> {
  const out = tempFolder('tthc-untrusted-');
  // The build's progress and summary lines are not what is tested here.
  const quiet = (['error', 'log'] as const).map((f) =>
    jest.spyOn(console, f).mockImplementation(() => {}),
  );
  try {
    expect(await runBuild({ data, out, force: false })).toBe(0);
  } finally {
    quiet.forEach((spy) => spy.mockRestore());
  }
  expect(readdirSync(out)).toEqual([name]);
  return join(out, name);
}

const file = (dir: string, name: string) => readFileSync(join(dir, name));

function expectWellFormed(dir: string) {
  for (const name of readdirSync(dir).filter((n) => /\.(docx|xlsx)$/.test(n)))
    for (const [part, xml] of xmlParts(file(dir, name)))
      expect([name, part, xmlError(xml)]).toEqual([name, part, null]);
}

const structureOf = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir)
      .filter((n) => n.endsWith('.docx'))
      .map((n) => [n, docxStructure(file(dir, n))]),
  );

const Q1 = 'lao-cai-2026-q1';
const I766 = 'lao-cai-2025-q3';
let q1Plain: ReturnType<typeof structureOf>;
let i766Plain: ReturnType<typeof structureOf>;

beforeAll(async () => {
  q1Plain = structureOf(await build(q1With('X'), Q1));
  i766Plain = structureOf(await build(index766With('X'), I766));
}, 60_000);

describe.each(HOSTILE)('%s', (_what, value, shown) => {
  test('quarterly package: printed as text in the report, annex and workbook', async () => {
    const dir = await build(q1With(value), Q1);
    expectWellFormed(dir);
    expect(structureOf(dir)).toEqual(q1Plain);
    const report = docxText(file(dir, 'bao-cao.docx'));
    expect(report).toContain(`Ngô Hạnh Phúc ${shown}`);
    expect(report).toContain(`về rà soát, đánh giá TTHC năm 2026 ${shown}`);
    expect(report).toContain(`Lĩnh vực có phản ánh, kiến nghị: đất đai ${shown}`);
    expect(report).toContain(`Cục KSTTHC (Bộ Tư pháp) ${shown}`);
    const annex = docxText(file(dir, 'phu-luc-bieu-mau.docx'));
    const workbook = await workbookText(join(dir, 'bieu-mau.xlsx'));
    for (const text of [annex, workbook]) {
      expect(text).toContain(`Sở Tư pháp ${shown}`);
      expect(text).toContain(`Đất đai ${shown}`);
      expect(text).toContain(`Sở Tài chính ${shown}`);
    }
    expect(annex).toContain(`${cellOf(copySample('q1'), 'DuThao.csv', 2, 'ten_du_thao')} ${shown}`);
    expect((globalThis as Record<string, unknown>).pwned).toBeUndefined();
    expect(prototypes()).toEqual(PROTOTYPES_BEFORE);
  }, 60_000);

  test("index-766 package: printed as text in the letter's footnote and the ranking annex", async () => {
    const dir = await build(index766With(value), I766);
    expectWellFormed(dir);
    expect(structureOf(dir)).toEqual(i766Plain);
    expect(docxText(file(dir, 'cong-van-766.docx'))).toContain(`Tằng Loỏng ${shown}`);
    expect(docxText(file(dir, 'xep-hang-766.docx'))).toContain(`Sở Tư pháp ${shown}`);
    expect(await workbookText(join(dir, 'xep-hang-766.xlsx'))).toContain(`Sở Tư pháp ${shown}`);
    expect((globalThis as Record<string, unknown>).pwned).toBeUndefined();
    expect(prototypes()).toEqual(PROTOTYPES_BEFORE);
  }, 60_000);
});

/**
 * Data that programs often turn into object keys — unit codes (every table refers to units by
 * code), field names of ThongTin, column names, a PAKN field — set to the names of the
 * prototype's own properties, with `{"polluted": true}` as the value where a value is free.
 */
describe('values used where data becomes keys: __proto__, constructor, hasOwnProperty…', () => {
  const POLLUTING = '{"polluted": true}';
  const FIELD = 'lĩnh vực thử';

  /** The Q1 sample, its PAKN field renamed, and (hostile) its keys set to prototype names. */
  function q1Keyed(hostile: boolean): string {
    const dir = copySample('q1');
    setCell(dir, 'PAKN.csv', 2, 'linh_vuc', hostile ? '__proto__' : FIELD);
    if (!hostile) return dir;
    const codes: [string, number, string][] = [
      ['SO-TP', 4, '__proto__'],
      ['SO-CT', 3, 'constructor'],
      ['SO-NNMT', 2, 'hasOwnProperty'],
    ];
    for (const [code, line, key] of codes) {
      expect(cellOf(dir, 'DonVi.csv', line, 'ma_don_vi')).toBe(code);
      expect(cellOf(dir, 'HoSo.csv', line, 'ma_don_vi')).toBe(code);
      setCell(dir, 'DonVi.csv', line, 'ma_don_vi', key);
      setCell(dir, 'HoSo.csv', line, 'ma_don_vi', key);
    }
    // A second source of HoSo: the rows of one unit are summed, keyed by its code.
    writeFileSync(
      join(dir, 'HoSo-igate.csv'),
      `${readFileSync(join(dir, 'HoSo.csv'), 'utf8').split('\n')[0]}\n__proto__,,,0,0,0,,0,0,0,,0,0\n`,
    );
    writeFileSync(
      join(dir, 'ThongTin.csv'),
      `${readFileSync(join(dir, 'ThongTin.csv'), 'utf8')}__proto__,"${POLLUTING.replace(/"/g, '""')}"\nconstructor,x\n`,
    );
    addColumn(dir, 'DonVi.csv', '__proto__', POLLUTING);
    return dir;
  }

  /** Every text a reader sees in the package: Word documents and workbooks, by file. */
  async function textsOf(dir: string): Promise<Record<string, string>> {
    const texts: Record<string, string> = {};
    for (const name of readdirSync(dir).sort()) {
      if (name.endsWith('.docx')) texts[name] = docxText(file(dir, name));
      if (name.endsWith('.xlsx')) texts[name] = await workbookText(join(dir, name));
    }
    return texts;
  }

  let plain: Record<string, string>;
  beforeAll(async () => {
    plain = await textsOf(await build(q1Keyed(false), Q1));
  }, 60_000);

  /** The hostile package reads as the plain one, the PAKN field's name aside. */
  async function expectAsPlain(dir: string) {
    const texts = await textsOf(dir);
    expect(Object.keys(texts)).toEqual(Object.keys(plain));
    expect(texts['phu-luc-bieu-mau.docx']).toContain('__proto__');
    for (const [name, text] of Object.entries(texts))
      expect([name, text.replaceAll('__proto__', FIELD)]).toEqual([name, plain[name]]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(prototypes()).toEqual(PROTOTYPES_BEFORE);
  }

  test('as CSV files: the same documents, figures summed by code, no prototype changed', async () => {
    await expectAsPlain(await build(q1Keyed(true), Q1));
  }, 60_000);

  test('as one JSON document (one HoSo), whose parser makes "__proto__" an own key', async () => {
    const dir = q1Keyed(true);
    const json = join(dir, 'du-lieu.json');
    writeFileSync(
      json,
      JSON.stringify(toJsonDocument(readCsvFolder(dir).filter((t) => t.name !== 'HoSo-igate'))),
    );
    expect(readFileSync(json, 'utf8')).toContain('"__proto__":"{\\"polluted\\": true}"');
    await expectAsPlain(await build(json, Q1));
  }, 60_000);
});
