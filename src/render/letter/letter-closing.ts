import { paragraph } from '../docx/paragraph';
import { run } from '../docx/run';
import { table } from '../docx/table';

export interface Signer {
  /** "KT. CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN", or nothing when the holder signs in person. */
  readonly authority: string | null;
  readonly title: string;
  readonly name: string;
}

const K = { style: 'Khung' } as const;

/** Nơi nhận at left (each "- …;", then "- Lưu: …."), level with the signer at right. */
export function letterClosing(distribution: readonly string[], archive: string, s: Signer): string {
  const trim = (x: string) => x.replace(/[;.,]\s*$/u, '');
  const left =
    paragraph(run('Nơi nhận:', { size: 12, bold: true, italic: true }), {
      style: 'NoiNhan',
      before: 6,
    }) +
    distribution.map((d) => paragraph(run(`- ${trim(d)};`), { style: 'NoiNhan' })).join('') +
    paragraph(run(`- Lưu: ${trim(archive)}.`), { style: 'NoiNhan' });
  const right =
    (s.authority ? paragraph(run(s.authority, { bold: true }), { ...K, before: 6 }) : '') +
    paragraph(run(s.title, { bold: true }), s.authority ? K : { ...K, before: 6 }) +
    [1, 2, 3, 4].map(() => paragraph('', K)).join('') +
    paragraph(run(s.name, { bold: true }), K);
  return table({
    widths: [85, 80],
    borders: false,
    rows: [{ cells: [{ content: left }, { content: right }] }],
  });
}
