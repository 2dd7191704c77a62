import { TEXTS } from '../texts';
import { fileInput, submitButton, uploadForm } from './form-parts';
import { html, type SafeHtml } from './html';
import { UPLOAD_FORM } from '../uploads/forms';

/** The upload of a dataset, with the files a package may take beside it. */
export function uploadPage(csrf: string, error?: string): SafeHtml {
  const T = TEXTS.upload;
  const f = UPLOAD_FORM;
  return html`<p>${T.intro}</p>
    ${error ? html`<p class="alert" role="alert">${error}</p>` : ''}
    ${uploadForm(
      '/nop-du-lieu',
      csrf,
      html`${fileInput({ name: 'du_lieu', label: T.data, accept: f.du_lieu.extensions, required: true })}
      ${fileInput({ name: 'noi_dung', label: T.content, accept: f.noi_dung.extensions })}
      ${fileInput({ name: 'mau', label: T.template, accept: f.mau.extensions })}
      ${fileInput({ name: 'chu_thich', label: T.rules, accept: f.chu_thich.extensions })}
      ${fileInput({ name: 'cong_van', label: T.letter, accept: f.cong_van.extensions })}
      ${submitButton(T.submit, T.sending)}`,
    )}`;
}
