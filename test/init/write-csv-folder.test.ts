import { parseCsv } from '../../src/ingest/read-csv';
import { toCsv } from '../../src/render/init/write-csv-folder';

describe('toCsv', () => {
  it('quotes only fields with commas, quotes or line breaks, and ends lines with \\n', () => {
    const csv = toCsv({
      headers: ['truong', 'gia_tri'],
      rows: [
        ['luu', 'VT, HCC'],
        ['trich_yeu', 'về "một cửa"\ndòng 2'],
        ['tinh', '12'],
      ],
    });
    expect(csv).toBe(
      'truong,gia_tri\nluu,"VT, HCC"\ntrich_yeu,"về ""một cửa""\ndòng 2"\ntinh,12\n',
    );
  });

  it('is read back unchanged by the CSV reader', () => {
    const rows = [
      ['luu', 'VT, HCC'],
      ['x', 'a "b"; c'],
    ];
    const table = parseCsv(
      toCsv({ headers: ['truong', 'gia_tri'], rows }),
      'ThongTin',
      'ThongTin.csv',
    );
    expect('rows' in table && table.rows.map((r) => r.cells)).toEqual(rows);
  });
});
