import {
  BUNDLE_FILE,
  PACKAGE_FILES,
  PDF_FILES,
  type DocumentKey,
} from '../../contract/package-files';
import { formatNumber } from '../../format';
import type { Job, OutputFile } from '../jobs/job';
import { TEXTS } from '../texts';
import { html, type SafeHtml } from './html';
import { fileSize } from './when';

/** Pages shown as pictures for one PDF; the rest are in the PDF itself. */
const PREVIEW_PAGES = 30;

const T = TEXTS.result;

export const fileUrl = (job: Job, name: string, inline = false) =>
  `/viec/${job.id}/tep/${encodeURIComponent(name)}${inline ? '?xem=1' : ''}`;

export const pageUrl = (job: Job, name: string, page: number) =>
  `/viec/${job.id}/trang/${encodeURIComponent(name)}/${page}`;

/** The Word or Excel file a PDF was made from. */
function sourceOf(pdf: string, names: ReadonlySet<string>): string | undefined {
  for (const key of Object.keys(PDF_FILES) as DocumentKey[])
    if (PDF_FILES[key] === pdf && names.has(PACKAGE_FILES[key])) return PACKAGE_FILES[key];
  const stem = pdf.replace(/\.pdf$/, '');
  return [`${stem}.docx`, `${stem}.xlsx`].find((n) => names.has(n));
}

const link = (job: Job, f: OutputFile) =>
  html`<a class="download" href="${fileUrl(job, f.name)}" download>${f.name}</a>
    <span class="size"
      >(${fileSize(f.size)}${f.pages ? `, ${T.pages(formatNumber(f.pages))}` : ''})</span
    >`;

/** The pictures of a PDF's pages, loaded as the official scrolls, each a link to its full size. */
function pagePictures(job: Job, pdf: OutputFile, title: string): SafeHtml {
  const count = Math.min(pdf.pages ?? 0, PREVIEW_PAGES);
  if (count === 0) return html``;
  const pages = Array.from({ length: count }, (_, i) => i + 1);
  return html`<ol class="pages">
    ${pages.map((p) => {
      const url = pageUrl(job, pdf.name, p);
      const alt = `${T.page(formatNumber(p))}: ${title}`;
      return html`<li>
        <a href="${url}" target="_blank" rel="noopener"
          ><img src="${url}" alt="${alt}" loading="lazy" width="160" height="226" /></a
        ><span>${T.page(formatNumber(p))}</span>
      </li>`;
    })}
  </ol>`;
}

/**
 * The files of a build: the bundle and the whole package as .zip first, then each document
 * with its Word or Excel file, its PDF and the pictures of its pages, then the other files.
 */
export function documentList(job: Job, files: readonly OutputFile[]): SafeHtml {
  const names = new Set(files.map((f) => f.name));
  const bundle = files.find((f) => f.name === BUNDLE_FILE);
  const pdfs = files.filter((f) => f.name.endsWith('.pdf') && f.name !== BUNDLE_FILE);
  const paired = new Set<string>();
  const cards = pdfs.map((pdf) => {
    const source = sourceOf(pdf.name, names);
    if (source) paired.add(source);
    paired.add(pdf.name);
    const src = files.find((f) => f.name === source);
    return html`<article class="doc">
      <h3>${src?.title ?? pdf.title}</h3>
      <p class="links">
        ${src ? html`${link(job, src)} · ` : ''}${link(job, pdf)} ·
        <a href="${fileUrl(job, pdf.name, true)}" target="_blank" rel="noopener">${T.openPdf}</a>
      </p>
      ${pagePictures(job, pdf, src?.title ?? pdf.title)}
    </article>`;
  });
  const rest = files.filter((f) => f.name !== BUNDLE_FILE && !paired.has(f.name));
  return html`<p class="actions">
      <a class="button primary" href="/viec/${job.id}/ca-bo.zip" download>${T.zip}</a>
      ${bundle ? html`<a class="button" href="${fileUrl(job, bundle.name)}" download>${T.bundle}</a>` : ''}
    </p>
    ${cards}
    ${
      rest.length > 0
        ? html`<div class="table-wrap">
            <table class="files">
              <thead>
                <tr>
                  <th scope="col">${T.document}</th>
                  <th scope="col">${T.download}</th>
                </tr>
              </thead>
              <tbody>
                ${rest.map(
                  (f) =>
                    html`<tr>
                      <td>${f.title}</td>
                      <td>${link(job, f)}</td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
        : ''
    }`;
}
