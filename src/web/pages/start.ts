import type { Province } from '../../domain/registry';
import { TEXTS } from '../texts';
import { select, submitButton } from './form-parts';
import { html, type SafeHtml } from './html';
import { csrfField } from './form-parts';

/** The form of `tthc init`: a province of the 2025 list, a period and its year. */
export function startPage(
  provinces: readonly Province[],
  csrf: string,
  year: number,
  error?: string,
): SafeHtml {
  const T = TEXTS.start;
  return html`<p>${T.intro}</p>
    ${error ? html`<p class="alert" role="alert">${error}</p>` : ''}
    <form method="post" action="/bat-dau" class="card">
      ${csrfField(csrf)}
      ${select({
        name: 'tinh',
        label: T.province,
        options: provinces.map((p) => [p.code, p.name] as const),
      })}
      <div class="row">
        ${select({ name: 'ky', label: T.periodKind, options: T.periods, selected: 'Q1' })}
        <div class="field">
          <label for="nam">${T.year}</label>
          <input type="number" id="nam" name="nam" value="${year}" min="2020" max="2100" required />
        </div>
      </div>
      ${submitButton(T.submit)}
    </form>`;
}
