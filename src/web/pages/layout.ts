import { TEXTS } from '../texts';
import { html, type SafeHtml } from './html';
import { csrfField } from './form-parts';

/** The sections of the app, as the menu lists them. */
export type Section =
  'home' | 'start' | 'upload' | 'build' | 'audit' | 'format' | 'letter' | 'none';

const MENU: readonly [Exclude<Section, 'none'>, string][] = [
  ['home', '/'],
  ['start', '/bat-dau'],
  ['upload', '/nop-du-lieu'],
  ['build', '/lap-van-ban'],
  ['audit', '/soat-du-thao'],
  ['format', '/kiem-tra-the-thuc'],
  ['letter', '/cong-van'],
];

export interface PageOptions {
  readonly title: string;
  readonly section: Section;
  readonly body: SafeHtml;
  /** The session's CSRF token, for the sign-out form. */
  readonly csrf: string;
  /** Whether the menu is shown: not on the sign-in page. */
  readonly menu?: boolean;
  /** Whether the sign-out button is shown (a password is asked). */
  readonly signOut?: boolean;
  /** Extra elements of the head (the refresh of a progress page without script). */
  readonly head?: SafeHtml;
}

/** A whole page: Vietnamese, the menu, the content, one stylesheet and one script of our own. */
export function page(o: PageOptions): SafeHtml {
  const menu = MENU.map(
    ([key, href]) =>
      html`<li>
        <a href="${href}" ${o.section === key ? html` aria-current="page"` : ''}
          >${TEXTS.nav[key]}</a
        >
      </li>`,
  );
  const signOut =
    o.signOut && o.menu !== false
      ? html`<form method="post" action="/dang-xuat" class="sign-out">
          ${csrfField(o.csrf)}<button type="submit" class="link">${TEXTS.nav.logout}</button>
        </form>`
      : '';
  return html`<!doctype html>
    <html lang="vi">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${o.title} — ${TEXTS.app.name}</title>
        <link rel="stylesheet" href="/static/style.css" />
        <script src="/static/app.js" defer></script>
        ${o.head ?? ''}
      </head>
      <body>
        <a class="skip" href="#noi-dung">${TEXTS.app.skip}</a>
        <header class="top">
          <div class="brand">
            <a href="/">${TEXTS.app.name}</a>
            <p>${TEXTS.app.tagline}</p>
          </div>
          ${signOut}
        </header>
        ${
          o.menu !== false
            ? html`<nav aria-label="Các bước">
                <ol class="menu">
                  ${menu}
                </ol>
              </nav>`
            : ''
        }
        <main id="noi-dung">
          <h1>${o.title}</h1>
          ${o.body}
        </main>
        <footer><p>${TEXTS.app.footer}</p></footer>
      </body>
    </html> `;
}
