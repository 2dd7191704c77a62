import type { ColumnDef } from '../../contract/column';
import { TABLES } from '../../contract/tables';
import { formatNumber } from '../../format';
import type { Issue } from '../../issues/issue';
import type { Location } from '../../issues/location';
import { TEXTS } from '../texts';
import { html, type SafeHtml } from './html';

const T = TEXTS.issues;

/** Errors first, then warnings, each in the order found (as `tthc validate` found them). */
export const errorsFirst = (issues: readonly Issue[]): Issue[] => [
  ...issues.filter((i) => i.severity === 'error'),
  ...issues.filter((i) => i.severity !== 'error'),
];

/** The table of the contract a location is in: its sheet, or its CSV file ("HoSo-igate.csv"). */
function tableOf(loc: Location) {
  const name = loc.table ?? (loc.format === 'csv' ? loc.file.replace(/\.csv$/i, '') : undefined);
  if (!name) return undefined;
  // Several sources of one table: HoSo-igate, HoSo-dvc are the table HoSo.
  return TABLES.find((t) => t.id === name) ?? TABLES.find((t) => name.startsWith(`${t.id}-`));
}

/**
 * The Vietnamese header of the column a problem is in, when the location names a column of the
 * data contract ("tiep_nhan_truc_tuyen" → "Tiếp nhận trực tuyến"); for a field of ThongTin or
 * SoLieu, the field's name.
 */
export function columnHeader(loc: Location): string | undefined {
  if (!loc.column) return undefined;
  const columns: readonly ColumnDef[] | undefined = tableOf(loc)?.columns;
  return columns?.find((c) => c.key === loc.column)?.header;
}

/** "HoSo!C22" in a workbook; a Word table's cell as written ("bảng 2, dòng 3, cột 4"). */
export function cellOf(loc: Location): string | undefined {
  if (!loc.cell) return undefined;
  return loc.format === 'xlsx' && loc.table ? `${loc.table}!${loc.cell}` : loc.cell;
}

/** What else the location says: the part of an Office file, a page, a paragraph, a detail. */
function placeOf(loc: Location): string {
  const parts: string[] = [];
  if (loc.part) parts.push(loc.part);
  if (loc.page !== undefined) parts.push(T.pdfPage(formatNumber(loc.page)));
  if (loc.paragraph !== undefined) parts.push(`${T.paragraph.toLowerCase()} ${loc.paragraph}`);
  if (loc.footnote !== undefined) parts.push(T.footnote(formatNumber(loc.footnote)));
  if (loc.sentence !== undefined) parts.push(`${T.sentence.toLowerCase()} ${loc.sentence}`);
  if (loc.detail) parts.push(loc.detail);
  return parts.join(', ');
}

interface Column {
  readonly head: string;
  readonly cell: (i: Issue, extra?: string) => SafeHtml | string;
  readonly className?: string;
}

const severity = (i: Issue) =>
  i.severity === 'error'
    ? html`<span class="badge error">${T.error}</span>`
    : html`<span class="badge warning">${T.warning}</span>`;

const COLUMNS: readonly Column[] = [
  { head: T.severity, cell: severity },
  { head: T.file, cell: (i) => i.location?.file ?? '' },
  { head: T.sheet, cell: (i) => i.location?.table ?? '' },
  { head: T.cell, cell: (i) => (i.location ? (cellOf(i.location) ?? '') : ''), className: 'cell' },
  { head: T.row, cell: (i) => (i.location?.row !== undefined ? String(i.location.row) : '') },
  {
    head: T.column,
    cell: (i) => {
      const loc = i.location;
      if (!loc?.column) return '';
      const header = columnHeader(loc);
      return header
        ? html`${header}<br /><code>${loc.column}</code>`
        : html`<code>${loc.column}</code>`;
    },
  },
  { head: T.place, cell: (i) => (i.location ? placeOf(i.location) : '') },
  { head: T.quote, cell: (_, extra) => (extra ? html`<q>${extra}</q>` : ''), className: 'quote' },
  { head: T.message, cell: (i) => i.message, className: 'message' },
  { head: T.code, cell: (i) => html`<code>${i.code}</code>` },
];

const isEmpty = (v: SafeHtml | string) => (typeof v === 'string' ? v === '' : v.text === '');

/**
 * The issues as a table, errors first, with only the columns some issue fills: sheet, cell
 * ("HoSo!C22"), row, the column's Vietnamese header, message, code. `quotes` gives a quoted
 * sentence per issue (audit).
 */
export function issueTable(
  issues: readonly Issue[],
  quotes?: ReadonlyMap<Issue, string>,
  counted = true,
): SafeHtml {
  if (issues.length === 0) return html`<p class="ok">${T.none}</p>`;
  const rows = errorsFirst(issues);
  const shown = COLUMNS.filter((c) => rows.some((i) => !isEmpty(c.cell(i, quotes?.get(i)))));
  const errors = issues.filter((i) => i.severity === 'error').length;
  const count = counted
    ? html`<p class="count">
        ${T.count(formatNumber(errors), formatNumber(issues.length - errors))}
      </p>`
    : '';
  return html`${count}
    <div class="table-wrap">
      <table class="issues">
        <thead>
          <tr>
            ${shown.map((c) => html`<th scope="col">${c.head}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (i) =>
              html`<tr class="${i.severity}">
                ${shown.map(
                  (c) =>
                    html`<td${c.className ? html` class="${c.className}"` : ''}>${c.cell(i, quotes?.get(i))}</td>`,
                )}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
}
