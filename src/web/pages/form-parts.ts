import { CSRF_FIELD } from '../security/csrf';
import { html, type SafeHtml } from './html';

/** The hidden token, first in every form (readForm requires it before any file). */
export const csrfField = (token: string): SafeHtml =>
  html`<input type="hidden" name="${CSRF_FIELD}" value="${token}" />`;

/** A file input with its label; `accept` lists the extensions the server takes. */
export function fileInput(o: {
  readonly name: string;
  readonly label: string;
  readonly accept: readonly string[];
  readonly required?: boolean;
  readonly multiple?: boolean;
}): SafeHtml {
  const id = `tep-${o.name}`;
  return html`<div class="field">
    <label for="${id}">${o.label}</label>
    <input
      type="file"
      id="${id}"
      name="${o.name}"
      accept="${o.accept.join(',')}"
      ${o.required ? html` required` : ''}${o.multiple ? html` multiple` : ''}
    />
  </div>`;
}

/** A select with its label. */
export function select(o: {
  readonly name: string;
  readonly label: string;
  readonly options: readonly (readonly [string, string])[];
  readonly selected?: string;
}): SafeHtml {
  const id = `chon-${o.name}`;
  return html`<div class="field">
    <label for="${id}">${o.label}</label>
    <select id="${id}" name="${o.name}">
      ${o.options.map(
        ([value, label]) =>
          html`<option value="${value}" ${value === o.selected ? html` selected` : ''}>
            ${label}
          </option>`,
      )}
    </select>
  </div>`;
}

/** The submit button; the script shows `sending` on it while the form is sent. */
export const submitButton = (label: string, sending?: string): SafeHtml =>
  html`<button type="submit" class="primary" ${sending ? html` data-sending="${sending}"` : ''}>
    ${label}
  </button>`;

/** A multipart form posting to `action`, token first. */
export const uploadForm = (action: string, csrf: string, body: SafeHtml): SafeHtml =>
  html`<form method="post" action="${action}" enctype="multipart/form-data" class="card">
    ${csrfField(csrf)} ${body}
  </form>`;
