import { TEXTS } from '../texts';
import { html, type SafeHtml } from './html';

/** A page that only says something: not found, busy, an error, with the way back. */
export const messagePage = (text: string, back = '/'): SafeHtml =>
  html`<p class="alert" role="alert">${text}</p>
    <p><a href="${back}">${back === '/' ? TEXTS.errors.back : TEXTS.actions.back}</a></p>`;
