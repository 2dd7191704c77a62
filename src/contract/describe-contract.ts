import type { ColumnDef } from './column';
import { EQUATIONS } from './equations';
import type { TableDef } from './table';
import { TABLES } from './tables';

const TYPE_LABEL: Record<ColumnDef['type'], string> = {
  text: 'text',
  count: 'count (whole number ≥ 0)',
  decimal: 'decimal ≥ 0',
  percent: 'percent 0–100',
  date: 'date',
  enum: 'choice',
};

const cell = (s: string) => s.replace(/\|/g, '\\|');

/** How `--cac-quy` makes the table of a longer period from its quarters (docs/periods.md). */
const COMBINE_LABEL: Record<TableDef['combine'], string> = {
  own: "the period's own data (its folder), not the quarters",
  units: "every quarter's units, the latest quarter's row for a unit in several",
  'by-key': 'rows of one key made one, each column as its `quarters` cell says',
  fields: 'each field as its `quarters` cell says',
  list: "the quarters' rows one after another, a row repeated word for word kept once",
  latest: 'the last quarter that has rows',
};

function typeOf(c: ColumnDef): string {
  const base = TYPE_LABEL[c.type];
  const max = c.max !== undefined && c.type !== 'percent' ? `, max ${c.max}` : '';
  const options = c.options
    ? `: ${c.options.map((o) => `\`${o.value}\` (${o.label})`).join(', ')}`
    : '';
  return base + max + options;
}

/** "blank = 0" for a count read as 0 when blank (the declared policy), else whether required. */
const requiredOf = (c: ColumnDef) => (c.blankIsZero ? 'blank = 0' : c.required ? 'yes' : '');

/** The tables part of docs/data.md, generated from the contract so the two cannot disagree. */
export function describeContract(): string {
  const out: string[] = [];
  for (const t of TABLES as readonly TableDef[]) {
    out.push(`### ${t.id} — ${t.title}`, '');
    const shape =
      t.shape === 'fields'
        ? 'Two columns, `truong` (Trường) and `gia_tri` (Giá trị), one row per field below.'
        : 'One record per row; the columns below.';
    out.push(`${t.required ? '**Required.**' : 'Optional.'} ${shape} ${t.hint}`, '');
    if (t.mergeKey)
      out.push(
        `Several sources (\`${t.id}-<nguồn>\`) are summed by ${t.mergeKey.map((k) => `\`${k}\``).join(' + ')}.`,
        '',
      );
    out.push(`From the quarters (\`--cac-quy\`): ${COMBINE_LABEL[t.combine]}.`, '');
    out.push(
      `| ${t.shape === 'fields' ? 'field' : 'column'} | Vietnamese header | type | required | form | quarters | note | example |`,
    );
    out.push('|---|---|---|---|---|---|---|---|');
    for (const c of t.columns)
      out.push(
        `| \`${c.key}\` | ${cell(c.header)} | ${cell(typeOf(c))} | ${requiredOf(c)} | ${c.form ?? ''} | ${c.across ?? ''} | ${cell(c.hint)} | ${cell(c.example)} |`,
      );
    out.push('');
  }
  out.push('### Form equations checked on every row', '');
  out.push('| form | table | equation | columns |', '|---|---|---|---|');
  for (const e of EQUATIONS)
    out.push(
      `| ${e.form} | ${e.table} | ${e.label} | \`${e.total}\` = ${e.parts.map((p) => `\`${p}\``).join(' + ')} |`,
    );
  return out.join('\n') + '\n';
}
