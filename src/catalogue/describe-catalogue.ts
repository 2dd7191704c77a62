import { CONDITIONS, FIGURE_GROUPS, STATISTICS_PARAGRAPH, TEXTS, type FigureRow } from './index';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

const FORMAT_WORDS: Readonly<Record<FigureRow['format'], string>> = {
  count: 'số đếm',
  'count-khong': 'số đếm ("Không" khi bằng 0)',
  percent: 'tỷ lệ %',
  score: 'điểm',
  number: 'số',
  rank: 'thứ hạng, số 0 đầu ("07/34")',
};

/**
 * The catalogue as the tables of docs/figures.md: every id an official may write as {{id}},
 * its Vietnamese name, how it is written, where a form carries it, and its value in the bundled
 * samples (`examples`, by id). Generated (npm run docs:figures); a test fails when it is stale.
 */
export function describeCatalogue(examples: ReadonlyMap<string, string>): string {
  const example = (id: string) => {
    const v = examples.get(id);
    return v === undefined || v === '' ? '—' : `\`${cell(v)}\``;
  };
  const out: string[] = [];
  out.push('### Số liệu', '');
  for (const { title, rows } of FIGURE_GROUPS) {
    out.push(`#### ${title}`, '');
    out.push('| mã `{{…}}` | số liệu | đơn vị | cách viết | ô của biểu | ví dụ (dữ liệu mẫu) |');
    out.push('| --- | --- | --- | --- | --- | --- |');
    for (const f of rows) {
      const form = f.form
        ? `${f.form.form}, ${f.form.row === 'total' ? 'dòng tổng' : `mục ${f.form.row}`}, cột (${f.form.column})`
        : '';
      const source = f.source ? ` (bảng ${f.source.table}, cột \`${f.source.column}\`)` : '';
      out.push(
        `| \`${f.id}\` | ${cell(f.label)}${source} | ${cell(f.unit)} | ${FORMAT_WORDS[f.format]} | ${form} | ${example(f.id)} |`,
      );
    }
    out.push('');
  }
  out.push('### Lời văn lấy từ dữ liệu', '');
  out.push('| mã `{{…}}` | nội dung | ví dụ (dữ liệu mẫu) |', '| --- | --- | --- |');
  for (const t of TEXTS) out.push(`| \`${t.id}\` | ${cell(t.label)} | ${example(t.id)} |`);
  out.push(
    `| \`${STATISTICS_PARAGRAPH}\` | đoạn kết quả Chỉ số 766 của tỉnh (chỉ trong công văn có dữ liệu ChiSo766) | ${example(STATISTICS_PARAGRAPH)} |`,
  );
  out.push('', '### Điều kiện (dùng trong `{{#if …}}…{{/if}}`)', '');
  out.push('| mã | đúng khi |', '| --- | --- |');
  for (const c of CONDITIONS) out.push(`| \`${c.id}\` | ${cell(c.label)} |`);
  return out.join('\n') + '\n';
}
