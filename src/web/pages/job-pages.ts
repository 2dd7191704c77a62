import { formatNumber } from '../../format';
import { NOTICES } from '../../issues/notices';
import type { Issue } from '../../issues/issue';
import type { Job } from '../jobs/job';
import { TEXTS } from '../texts';
import { buildSection } from './build-section';
import { fileUrl } from './documents';
import { html, type SafeHtml } from './html';
import { issueTable } from './issue-table';
import { fileSize } from './when';

/** The files the official sent, by the names they had. */
const inputList = (job: Job) =>
  job.inputs.length === 0
    ? html``
    : html`<details class="inputs">
        <summary>${TEXTS.package.inputs}</summary>
        <ul>
          ${job.inputs.map((i) => html`<li>${i.label}: <strong>${i.original}</strong></li>`)}
        </ul>
      </details>`;

const errorCount = (issues: readonly Issue[]) =>
  issues.filter((i) => i.severity === 'error').length;

/** What typed prose says: figures from the data, typed ones compared, and those nobody compared. */
function typedSection(job: Job): SafeHtml {
  const t = job.typed;
  if (!t || t.fromData + t.checked + t.unchecked.length === 0) return html``;
  const T = TEXTS.package;
  const line = NOTICES.TYPED_CHECKED({
    count: formatNumber(t.checked),
    fromData: formatNumber(t.fromData),
  });
  return html`<details class="typed">
    <summary>${line}</summary>
    ${
      t.unchecked.length > 0
        ? html`<p>${NOTICES.TYPED_UNCHECKED({ count: formatNumber(t.unchecked.length) })}</p>
            <div class="table-wrap">
              <table class="typed">
                <thead>
                  <tr>
                    ${T.uncheckedHead.map((h) => html`<th scope="col">${h}</th>`)}
                  </tr>
                </thead>
                <tbody>
                  ${t.unchecked.map(
                    (u) =>
                      html`<tr>
                        <td>${u.file}</td>
                        <td>${u.line}</td>
                        <td><q>${u.text}</q></td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
        : ''
    }
  </details>`;
}

/** A dataset: its check (every issue), its figures, then step 3. */
export function packagePage(job: Job, csrf: string, pdf: boolean, position: number): SafeHtml {
  const T = TEXTS.package;
  const errors = errorCount(job.issues);
  const verdict =
    job.state === 'invalid'
      ? html`<div class="verdict bad" role="alert"><p>${T.invalid(formatNumber(errors))}</p></div>`
      : html`<div class="verdict ok" role="status"><p>${job.verdict ?? T.valid}</p></div>`;
  return html`${inputList(job)} ${verdict}
  ${job.issues.length > 0 || job.state === 'invalid' ? issueTable(job.issues) : ''}
  ${
    job.summary
      ? html`<section class="summary card">
          <h2>${T.summary}</h2>
          <ul>
            ${job.summary.map((l) => html`<li>${l}</li>`)}
          </ul>
        </section>`
      : ''
  }
  ${buildSection(job, csrf, pdf, position)} ${typedSection(job)}`;
}

/** A letter: its problems, or its build. */
export function letterJobPage(job: Job, csrf: string, pdf: boolean, position: number): SafeHtml {
  const invalid = job.state === 'invalid';
  return html`${inputList(job)}
  ${job.dataJob ? html`<p>${TEXTS.audit.comparedWith(job.dataJob.title)}</p>` : ''}
  ${invalid ? html`<div class="verdict bad" role="alert"><p>${TEXTS.letter.invalid(formatNumber(errorCount(job.issues)))}</p></div>` : ''}
  ${job.issues.length > 0 || invalid ? issueTable(job.issues) : ''}
  ${buildSection(job, csrf, pdf, position)} ${typedSection(job)}`;
}

/** The empty dataset of step 1, to download. */
export function initJobPage(job: Job): SafeHtml {
  const T = TEXTS.start;
  const files = job.files ?? [];
  const main = files.slice(0, 2);
  return html`<p>${job.summary?.[0] ?? ''}</p>
    <h2>${T.downloads}</h2>
    <ul class="downloads">
      ${main.map(
        (f) =>
          html`<li>
            <a class="button" href="${fileUrl(job, f.name)}" download>${f.name}</a> ${f.title}
            <span class="size">(${fileSize(f.size)})</span>
          </li>`,
      )}
      <li><a class="button primary" href="/viec/${job.id}/ca-bo.zip" download>${T.zip}</a></li>
    </ul>
    <p class="next">${T.next} <a href="/nop-du-lieu">${TEXTS.nav.upload}</a></p>`;
}

/** The findings of audit, each with its paragraph and the sentence quoted. */
export function auditJobPage(job: Job): SafeHtml {
  const a = job.audit!;
  const T = TEXTS.audit;
  const findings = a.findings.map((f) => f.issue);
  const errors = errorCount(findings);
  const quotes = new Map(a.findings.filter((f) => f.quote).map((f) => [f.issue, f.quote!]));
  const verdict = !a.audited
    ? html`<div class="verdict bad" role="alert">
        <p>${findings.length > 0 ? findings[0]!.message : T.notAudited}</p>
      </div>`
    : findings.length === 0
      ? html`<div class="verdict ok" role="status">
          <p>${T.clean(job.inputs[0]?.original ?? '')}</p>
        </div>`
      : html`<div class="verdict ${errors > 0 ? 'bad' : 'warn'}" role="status">
          <p>${T.found(formatNumber(errors), formatNumber(findings.length - errors))}</p>
        </div>`;
  return html`${inputList(job)}
  ${job.dataJob ? html`<p>${T.comparedWith(job.dataJob.title)}</p>` : ''} ${verdict}
  ${
    a.registryIssues.length > 0
      ? html`<h2>${T.registryIssues}</h2>
          ${issueTable(a.registryIssues)}`
      : ''
  }
  ${
    a.dataIssues.length > 0
      ? html`<h2>${T.dataIssues}</h2>
          ${issueTable(a.dataIssues)}`
      : ''
  }
  ${a.audited && findings.length > 0 ? issueTable(findings, quotes, false) : ''}`;
}

/** Each Word file: its kind and verdict, then its deviations. */
export function formatJobPage(job: Job): SafeHtml {
  return html`${(job.format ?? []).map(
    (r) =>
      html`<section class="format-file">
        <h2>${r.name}</h2>
        <div class="verdict ${errorCount(r.issues) > 0 ? 'bad' : 'ok'}">
          <p>${r.name}: ${r.verdict}.</p>
        </div>
        ${r.issues.length > 0 ? issueTable(r.issues) : ''}
      </section>`,
  )}`;
}
