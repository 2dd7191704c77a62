import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import PizZip from 'pizzip';
import { zipBytes } from '../../src/tools/zip-bytes';

/**
 * Inputs too large to keep in the repository, made on the fly from a small valid workbook: zip
 * bombs of several kinds and a 100,000-row table. Each is built so that its one fault is known.
 * Entries are deflated by Node's zlib (zipBytes): PizZip's own DEFLATE, in JavaScript, took
 * 4 s of the 31 MB workbook's making, in each test file that makes it.
 */

const CENTRAL = 0x02014b50;
const END = 0x06054b50;

/** The workbook with one more entry, `size` bytes of the same character (compresses ~1,000×). */
function withPadding(workbook: Buffer, size: number): Buffer {
  const zip = new PizZip(workbook);
  zip.file('xl/media/padding.xml', ' '.repeat(size));
  return zipBytes(zip);
}

/** Rewrites the uncompressed size the central directory declares for one entry. */
function declareSize(zip: Buffer, entry: string, size: number): Buffer {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (zip.readUInt32LE(end) !== END) throw new Error('no end record');
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < zip.readUInt16LE(end + 10); i++) {
    if (zip.readUInt32LE(at) !== CENTRAL) throw new Error('broken directory');
    const nameLength = zip.readUInt16LE(at + 28);
    if (zip.toString('utf8', at + 46, at + 46 + nameLength) === entry) {
      zip.writeUInt32LE(size, at + 24);
      return zip;
    }
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  throw new Error(`no entry ${entry}`);
}

const MB = 1024 * 1024;

/** 20 MB of spaces in 20 kB: the compression ratio gives it away. */
export const ratioBomb = (workbook: Buffer): Buffer => withPadding(workbook, 20 * MB);

/** The same 20 MB entry declaring 1 kB: only inflating it (with a ceiling) shows the lie. */
export const lyingBomb = (workbook: Buffer): Buffer =>
  declareSize(withPadding(workbook, 20 * MB), 'xl/media/padding.xml', 1024);

/** An entry declaring 400 MB, over the limit of one part. */
export const hugeDeclaredEntry = (workbook: Buffer): Buffer =>
  declareSize(withPadding(workbook, 1024), 'xl/media/padding.xml', 400 * MB);

/**
 * The workbook with 31 MB more XML that compresses as sheet data does (random digits, about
 * 2.5 times): within every limit of the zip, over what exceljs may parse (30 MB).
 */
export function xmlHeavy(workbook: Buffer): Buffer {
  const zip = new PizZip(workbook);
  const digits = randomBytes(31 * MB).map((b) => 48 + (b % 10));
  zip.file('xl/media/padding.xml', Buffer.from(digits.buffer).toString('latin1'));
  return zipBytes(zip);
}

/** 10,001 tiny entries beside the workbook's own. */
export function manyEntries(workbook: Buffer): Buffer {
  const zip = new PizZip(workbook);
  for (let i = 0; i < 10_001; i++) zip.file(`xl/media/p${i}.xml`, '');
  return zip.generate({ type: 'nodebuffer', compression: 'STORE' });
}

/**
 * A HoSo table of 100,000 rows (or `rows`), one per field of agency SO-TP, each satisfying the
 * form equations: (4)+(5)+(6) = 3+1+0 = 4 = (8)+(9)+(10) + (12)+(13) = 2+1+0 + 1+0. Line
 * `badLine` holds "mười" in tiep_nhan_truc_tuyen (0: none).
 */
export function hundredThousandRows(dir: string, badLine: number, rows = 100_000): void {
  const lines = [
    'ma_don_vi,linh_vuc,tiep_nhan_truc_tuyen,tiep_nhan_truc_tiep,ky_truoc_chuyen_sang,giai_quyet_truoc_han,giai_quyet_dung_han,giai_quyet_qua_han,dang_giai_quyet_trong_han,dang_giai_quyet_qua_han',
  ];
  for (let line = 2; line <= rows + 1; line++)
    lines.push(`SO-TP,Lĩnh vực ${line - 1},${line === badLine ? 'mười' : 3},1,0,2,1,0,1,0`);
  writeFileSync(join(dir, 'HoSo.csv'), lines.join('\n') + '\n');
}
