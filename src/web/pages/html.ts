/** Markup that is already safe: built by `html`, never from a string a user gave. */
export class SafeHtml {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Text made safe for an HTML element or a quoted attribute: a sheet name, a cell, a message
 * that quotes what an official typed can never become markup.
 * @example escapeHtml('<b>"HoSo"</b>') // '&lt;b&gt;&quot;HoSo&quot;&lt;/b&gt;'
 */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);

type Value = SafeHtml | string | number | boolean | null | undefined | readonly Value[];

function piece(v: Value): string {
  if (v === null || v === undefined || v === false || v === true) return '';
  if (v instanceof SafeHtml) return v.text;
  if (Array.isArray(v)) return v.map(piece).join('');
  return escapeHtml(String(v));
}

/**
 * The one way pages are written: every value put into the template is escaped unless it is
 * itself `SafeHtml` (the result of another `html`), so no page can forget to escape.
 * @example html`<td>${'a<b'}</td>`.text // '<td>a&lt;b</td>'
 */
export function html(strings: TemplateStringsArray, ...values: Value[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((v, i) => (out += piece(v) + (strings[i + 1] ?? '')));
  return new SafeHtml(out);
}
