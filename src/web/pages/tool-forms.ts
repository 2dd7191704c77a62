import type { Job } from '../jobs/job';
import { AUDIT_FORM, FORMAT_FORM, LETTER_FORM } from '../uploads/forms';
import { TEXTS } from '../texts';
import { fileInput, select, submitButton, uploadForm } from './form-parts';
import { html, type SafeHtml } from './html';

/** The session's datasets that can be compared with: checked without error. */
export const usableDatasets = (jobs: readonly Job[]): Job[] =>
  jobs.filter((j) => j.kind === 'package' && j.data && j.state !== 'invalid');

const datasetSelect = (jobs: readonly Job[], label: string, none: string) =>
  select({
    name: 'bo_du_lieu',
    label,
    options: [['', none] as const, ...usableDatasets(jobs).map((j) => [j.id, j.title] as const)],
  });

const alert = (error?: string) => (error ? html`<p class="alert" role="alert">${error}</p>` : '');

export function auditPage(csrf: string, jobs: readonly Job[], error?: string): SafeHtml {
  const T = TEXTS.audit;
  return html`<p>${T.intro}</p>
    ${alert(error)}
    ${uploadForm(
      '/soat-du-thao',
      csrf,
      html`${fileInput({ name: 'du_thao', label: T.file, accept: AUDIT_FORM.du_thao.extensions, required: true })}
      ${datasetSelect(jobs, T.data, T.noData)} ${submitButton(T.submit, T.sending)}`,
    )}`;
}

export function formatPage(csrf: string, error?: string): SafeHtml {
  const T = TEXTS.format;
  return html`<p>${T.intro}</p>
    ${alert(error)}
    ${uploadForm(
      '/kiem-tra-the-thuc',
      csrf,
      html`${fileInput({ name: 'van_ban', label: T.files, accept: FORMAT_FORM.van_ban.extensions, required: true, multiple: true })}
      ${submitButton(T.submit, T.sending)}`,
    )}`;
}

export function letterPage(
  csrf: string,
  jobs: readonly Job[],
  pdf: boolean,
  error?: string,
): SafeHtml {
  const T = TEXTS.letter;
  return html`<p>${T.intro}</p>
    ${alert(error)}
    ${uploadForm(
      '/cong-van',
      csrf,
      html`${fileInput({ name: 'cong_van', label: T.file, accept: LETTER_FORM.cong_van.extensions, required: true })}
      ${datasetSelect(jobs, T.data, T.noData)} ${pdfChoice(pdf)}
      ${submitButton(T.submit, T.sending)}`,
    )}`;
}

/** The PDF checkbox, or why there is none. */
export function pdfChoice(available: boolean): SafeHtml {
  if (!available) return html`<p class="note">${TEXTS.package.noPdf}</p>`;
  return html`<div class="field check">
    <input type="checkbox" id="pdf" name="pdf" value="1" checked /><label for="pdf"
      >${TEXTS.package.pdf}</label
    >
  </div>`;
}

/** Step 3 without a dataset: the session's datasets, to open one and build it. */
export function buildsPage(jobs: readonly Job[]): SafeHtml {
  const T = TEXTS.package;
  const datasets = jobs.filter((j) => j.kind === 'package');
  if (datasets.length === 0)
    return html`<p>${T.noDatasets} <a href="/nop-du-lieu">${TEXTS.nav.upload}</a></p>`;
  return html`<p>${T.buildsIntro}</p>
    <ul class="datasets">
      ${datasets.map(
        (j) =>
          html`<li>
            <a href="/viec/${j.id}">${j.title}</a> —
            <span class="state ${j.state}">${TEXTS.states[j.state]}</span>
          </li>`,
      )}
    </ul>`;
}
