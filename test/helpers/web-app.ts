// The web app in a test: built on a temporary data folder, driven through Fastify's inject
// (no port), one "browser" per session with its own cookie.
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { WebOptions } from '../../src/web/options';
import { createWebApp, type WebApp } from '../../src/web/server';
import { tempFolder } from './sample-copy';

/** An app on a fresh data folder; PDFs off unless the options say otherwise. */
export async function testApp(options: Partial<WebOptions> = {}): Promise<WebApp> {
  return createWebApp({
    dataDir: tempFolder('tthc-web-'),
    pdf: false,
    log: () => undefined,
    stopGraceMs: 5_000,
    ...options,
  });
}

/** The job folders of an app's data folder. */
export const jobFolders = (app: WebApp): string[] =>
  existsSync(app.context.jobs.root) ? readdirSync(app.context.jobs.root) : [];

/** Every file and folder under `dir`, relative, for "nothing left behind" checks. */
export function allEntries(dir: string, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    return e.isDirectory() ? [rel + '/', ...allEntries(join(dir, e.name), rel)] : [rel];
  });
}

/** A file part of a multipart form. */
export interface FilePart {
  readonly name: string;
  readonly filename: string;
  readonly bytes: Buffer | string;
}

/** A multipart body: the fields first (the token), then the files, in the order given. */
export function multipart(
  fields: readonly (readonly [string, string])[],
  files: readonly FilePart[],
): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----tthc${Math.random().toString(16).slice(2)}`;
  const chunks: Buffer[] = [];
  for (const [name, value] of fields)
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
      ),
    );
  for (const f of files) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${f.name}"; filename="${f.filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
    );
    chunks.push(Buffer.isBuffer(f.bytes) ? f.bytes : Buffer.from(f.bytes));
    chunks.push(Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(chunks),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** What a page answered. */
export interface Answer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | number | undefined>;
  readonly body: string;
  readonly raw: Buffer;
}

/**
 * One browser: keeps its session cookie, and the CSRF token of the last page it loaded, as a
 * browser keeps the hidden field of the form on screen.
 */
export class Session {
  cookie = '';
  token = '';

  constructor(readonly app: WebApp) {}

  private keep(headers: Answer['headers']): void {
    const set = headers['set-cookie'];
    const first = Array.isArray(set) ? set[0] : set;
    if (typeof first === 'string') this.cookie = first.split(';')[0]!;
  }

  private remember(body: string): void {
    const m = /name="_csrf" value="([^"]+)"/.exec(body);
    if (m) this.token = m[1]!;
  }

  async request(
    method: 'GET' | 'POST',
    url: string,
    payload?: Buffer | string,
    headers: Record<string, string> = {},
  ): Promise<Answer> {
    const r = await this.app.fastify.inject({
      method,
      url,
      ...(payload !== undefined ? { payload } : {}),
      headers: {
        host: '127.0.0.1:8080',
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...headers,
      },
    });
    this.keep(r.headers);
    const answer = { status: r.statusCode, headers: r.headers, body: r.body, raw: r.rawPayload };
    if (method === 'GET') this.remember(r.body);
    return answer;
  }

  get(url: string, headers: Record<string, string> = {}): Promise<Answer> {
    return this.request('GET', url, undefined, headers);
  }

  /** A url-encoded form with the session's token (unless `token` says otherwise). */
  async form(url: string, fields: Record<string, string>, token = this.token): Promise<Answer> {
    const body = new URLSearchParams({ _csrf: token, ...fields }).toString();
    return this.request('POST', url, body, { 'content-type': 'application/x-www-form-urlencoded' });
  }

  /** A multipart upload with the session's token first. */
  async upload(
    url: string,
    files: readonly FilePart[],
    fields: Record<string, string> = {},
    token: string | null = this.token,
  ): Promise<Answer> {
    const all: [string, string][] = [
      ...(token !== null ? [['_csrf', token] as [string, string]] : []),
      ...Object.entries(fields),
    ];
    const { payload, headers } = multipart(all, files);
    return this.request('POST', url, payload, headers);
  }

  /** The job a form's answer sends to (its 303), or throws with the page's text. */
  static jobOf(answer: Answer): string {
    const location = answer.headers.location;
    if (answer.status !== 303 || typeof location !== 'string' || !location.startsWith('/viec/'))
      throw new Error(`no job: ${answer.status} ${answer.body.slice(0, 2000)}`);
    return location.slice('/viec/'.length);
  }

  /** Polls a job's state until its build ends (bounded: a stuck build fails the test). */
  async waitForBuild(job: string, tries = 600): Promise<string> {
    for (let i = 0; i < tries; i++) {
      const r = await this.get(`/viec/${job}/trang-thai`);
      const s = JSON.parse(r.body) as { state: string; done: boolean };
      if (s.done) return s.state;
      await new Promise((done) => setTimeout(done, 100));
    }
    throw new Error(`the build of ${job} did not end`);
  }
}

/** The visible text of a page's main part, tags taken out, for assertions on words. */
export function mainText(html: string): string {
  const main = /<main[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1] ?? html;
  return main
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
