import { formatNumber } from '../../format';
import type { Job } from '../jobs/job';
import { TEXTS } from '../texts';
import { csrfField } from './form-parts';
import { html, type SafeHtml } from './html';
import { when } from './when';

const STEP_LINKS = [
  '/bat-dau',
  '/nop-du-lieu',
  '/lap-van-ban',
  '/soat-du-thao',
  '/kiem-tra-the-thuc',
  '/cong-van',
];

/** The session's jobs, newest first, each with a link and a delete button. */
export function jobTable(jobs: readonly Job[], csrf: string): SafeHtml {
  const T = TEXTS.jobList;
  if (jobs.length === 0) return html`<p>${TEXTS.home.noJobs}</p>`;
  return html`<div class="table-wrap">
    <table class="jobs">
      <thead>
        <tr>
          <th scope="col">${T.kind}</th>
          <th scope="col">${T.name}</th>
          <th scope="col">${T.state}</th>
          <th scope="col">${T.created}</th>
          <th scope="col"><span class="visually-hidden">${T.remove}</span></th>
        </tr>
      </thead>
      <tbody>
        ${jobs.map(
          (j) =>
            html`<tr>
              <td>${TEXTS.kinds[j.kind]}</td>
              <td><a href="/viec/${j.id}">${j.title}</a></td>
              <td><span class="state ${j.state}">${TEXTS.states[j.state]}</span></td>
              <td>${when(j.createdAt)}</td>
              <td>
                <form method="post" action="/viec/${j.id}/xoa">
                  ${csrfField(csrf)}<button type="submit" class="small">${T.remove}</button>
                </form>
              </td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

export function homePage(jobs: readonly Job[], csrf: string, keepHours: number): SafeHtml {
  const T = TEXTS.home;
  return html`<section class="card">
      <p>${T.intro}</p>
      <ol class="steps">
        ${T.steps.map(
          ([name, what], i) =>
            html`<li>
              <a href="${STEP_LINKS[i]!}"><strong>${name}</strong></a
              >: ${what}
            </li>`,
        )}
      </ol>
    </section>
    <section>
      <h2>${T.jobs}</h2>
      <p class="note">${T.jobsNote(formatNumber(keepHours))}</p>
      ${jobTable(jobs, csrf)}
    </section>`;
}
