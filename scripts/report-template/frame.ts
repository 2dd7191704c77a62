import { paragraph } from '../../src/render/docx/paragraph';
import { run } from '../../src/render/docx/run';
import { table } from '../../src/render/docx/table';
import { REPORT_HEADER } from '../../src/catalogue/conditions';
import { loop, ps, unless } from './dsl';

const K = { style: 'Khung' } as const;

/**
 * Header of Nghị định 30/2020: issuing body at left (parent body in regular capitals above it,
 * when there is one), Quốc hiệu and Tiêu ngữ at right, each with its rule; then the number and
 * the place and date on one line. `wide`: the boxes of a long name, the place at 13 pt.
 */
function header(wide: boolean): string {
  const left =
    loop('co_quan_chu_quan', ps(K, { size: 13 }, '{co_quan_chu_quan}'), K) +
    loop('co_quan_ban_hanh', ps(K, { size: 13, bold: true }, '{dong}'), K) +
    paragraph('', { ...K, ruleBelow: true, left: 22, right: 22, markSize: 4 });
  const right =
    ps(K, { size: 12, bold: true }, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM') +
    ps(K, { size: 13, bold: true }, 'Độc lập - Tự do - Hạnh phúc') +
    paragraph('', { ...K, ruleBelow: true, left: 21, right: 21, markSize: 4 });
  return table({
    widths: wide ? REPORT_HEADER.wide : REPORT_HEADER.normal,
    borders: false,
    rows: [
      { cells: [{ content: left }, { content: right }] },
      {
        cells: [
          { content: ps({ ...K, before: 6 }, { size: 13 }, 'Số:{so_ky_hieu}') },
          {
            content: ps(
              { ...K, before: 6 },
              { size: wide ? 13 : 14, italic: true },
              '{dia_danh_ngay}',
            ),
          },
        ],
      },
    ],
  });
}

/** The header, in the boxes its names need (condition khung_rong of the catalogue). */
export function headerTable(): string {
  return loop('khung_rong', header(true), K) + unless('khung_rong', header(false), K);
}

/** "BÁO CÁO", the summary in bold, and a short rule under it. */
export function titleBlock(summary: string): string {
  return (
    ps({ ...K, before: 18 }, { bold: true }, 'BÁO CÁO') +
    ps(K, { bold: true }, summary) +
    paragraph('', { ...K, ruleBelow: true, left: 60, right: 60, after: 12, markSize: 4 })
  );
}

/** Nơi nhận at left, level with the signer at right, at the end of the document. */
export function closingTable(): string {
  const left =
    ps({ style: 'NoiNhan', before: 6 }, { size: 12, bold: true, italic: true }, 'Nơi nhận:') +
    loop('noi_nhan', ps({ style: 'NoiNhan' }, {}, '{dong}'), { style: 'NoiNhan' }) +
    ps({ style: 'NoiNhan' }, {}, '{luu}');
  const right =
    loop('ky_tham_quyen', ps({ ...K, before: 6 }, { bold: true }, '{ky_tham_quyen}'), K) +
    ps(K, { bold: true }, '{ky_chuc_vu}') +
    [1, 2, 3, 4].map(() => paragraph(run(''), K)).join('') +
    ps(K, { bold: true }, '{ky_ho_ten}');
  return table({
    widths: [85, 80],
    borders: false,
    rows: [{ cells: [{ content: left }, { content: right }] }],
  });
}
