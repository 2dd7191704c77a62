import { formatNumber } from '../../format';
import { NOTICES } from '../../issues/notices';
import type { Job } from '../jobs/job';
import { TEXTS } from '../texts';
import { documentList } from './documents';
import { csrfField, submitButton } from './form-parts';
import { html, type SafeHtml } from './html';
import { issueTable } from './issue-table';
import { pdfChoice } from './tool-forms';

/** What the progress box shows: a share done and the last line said. */
export function progressOf(job: Job, position: number): { percent: number; line: string } {
  const b = job.build;
  if (job.state === 'queued')
    return { percent: 0, line: TEXTS.progress.queued(formatNumber(Math.max(0, position - 1))) };
  if (!b) return { percent: 0, line: '' };
  const done = ['built', 'refused', 'failed', 'cancelled', 'invalid'].includes(job.state);
  const percent = done ? 100 : Math.min(95, Math.round((100 * b.progress.length) / (b.steps + 1)));
  return { percent, line: b.progress[b.progress.length - 1] ?? '' };
}

/** The box a page polls while the build waits or runs (app.js), or reloads without script. */
export function progressBox(job: Job, position: number): SafeHtml {
  const { percent, line } = progressOf(job, position);
  return html`<div
    class="progress card"
    data-poll="/viec/${job.id}/trang-thai"
    role="status"
    aria-live="polite"
  >
    <label for="tien-do">${TEXTS.progress.label}</label>
    <progress id="tien-do" max="100" value="${percent}">${percent}%</progress>
    <p class="line">${line}</p>
    <ol class="said">
      ${(job.build?.progress ?? []).map((l) => html`<li>${l}</li>`)}
    </ol>
  </div>`;
}

/** The form that starts (or starts again) a build. */
export function buildForm(job: Job, csrf: string, pdf: boolean, again: boolean): SafeHtml {
  const T = TEXTS.package;
  return html`<form method="post" action="/viec/${job.id}/lap" class="card">
    ${csrfField(csrf)}
    <p>${T.buildIntro}</p>
    ${pdfChoice(pdf)} ${submitButton(again ? T.buildAgain : T.build, TEXTS.progress.starting)}
  </form>`;
}

/** The outcome of a finished build: what was proven, the warnings, and the documents. */
function builtResult(job: Job): SafeHtml {
  const b = job.build!;
  const T = TEXTS.result;
  return html`<div class="verdict ok" role="status">
      <p><strong>${T.built(formatNumber(b.files.length))}</strong></p>
      ${b.checked !== undefined ? html`<p>${job.kind === 'letter' ? NOTICES.LETTER_CHECKED({ count: formatNumber(b.checked), withData: job.dataJob !== undefined }) : NOTICES.CHECKED_FROM_DATA({ count: formatNumber(b.checked) })}</p>` : ''}
      <p>${T.format}</p>
    </div>
    ${
      b.warnings.length > 0
        ? html`<h3>${T.warnings}</h3>
            ${issueTable(b.warnings)}`
        : ''
    }
    <h2>${T.documents}</h2>
    ${documentList(job, b.files)}`;
}

/** Step 3 on a job's page: the build form, the progress, or the outcome. */
export function buildSection(job: Job, csrf: string, pdf: boolean, position: number): SafeHtml {
  const T = TEXTS.result;
  switch (job.state) {
    case 'checked':
      return html`<h2>${TEXTS.package.buildsTitle}</h2>
        ${buildForm(job, csrf, pdf, false)}`;
    case 'queued':
    case 'building':
      return html`<h2>${TEXTS.package.buildsTitle}</h2>
        ${progressBox(job, position)}`;
    case 'built':
      return html`${builtResult(job)}${job.kind === 'package' ? buildForm(job, csrf, pdf, true) : ''}`;
    case 'refused':
      return html`<div class="verdict bad" role="alert">
          <p>${job.build?.message ?? T.refused}</p>
        </div>
        ${issueTable(job.build?.issues ?? [])}
        ${job.kind === 'package' ? buildForm(job, csrf, pdf, true) : ''}`;
    case 'failed':
    case 'cancelled':
      return html`<div class="verdict bad" role="alert">
          <p>${job.state === 'failed' ? T.failed : T.cancelled}</p>
        </div>
        ${buildForm(job, csrf, pdf, true)}`;
    default:
      return html``;
  }
}
