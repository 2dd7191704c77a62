import { TEXTS } from '../texts';
import { html, type SafeHtml } from './html';
import { csrfField, submitButton } from './form-parts';

/** The password form, shown when the server listens beyond this machine. */
export function loginPage(csrf: string, error?: string): SafeHtml {
  const T = TEXTS.login;
  return html`<p>${T.intro}</p>
    ${error ? html`<p class="alert" role="alert">${error}</p>` : ''}
    <form method="post" action="/dang-nhap" class="card narrow">
      ${csrfField(csrf)}
      <div class="field">
        <label for="mat-khau">${T.password}</label>
        <input
          type="password"
          id="mat-khau"
          name="mat_khau"
          autocomplete="current-password"
          required
          autofocus
        />
      </div>
      ${submitButton(T.submit)}
    </form>`;
}
