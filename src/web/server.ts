import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import fastifyFormbody from '@fastify/formbody';
import fastifyMultipart from '@fastify/multipart';
import Fastify, { type FastifyInstance } from 'fastify';
import type { PdfConverter } from '../render/pdf/converter/converter';
import { warmPool } from '../render/pdf/converter/warm-pool';
import { checkPdfTools } from '../render/pdf/pdf-tools';
import { abandonPendingWrites } from '../render/write-folder';
import type { WebContext } from './context';
import { JobStore } from './jobs/job-store';
import { WorkQueue } from './jobs/work-queue';
import { DEFAULT_OPTIONS, type WebOptions } from './options';
import { attachSession } from './request-session';
import { auditRoutes } from './routes/audit';
import { checkFormatRoutes } from './routes/check-format';
import { fileRoutes } from './routes/files';
import { jobRoutes } from './routes/job';
import { letterRoutes } from './routes/letter';
import { loginRoutes } from './routes/login';
import { pageRoutes } from './routes/pages';
import { startRoutes } from './routes/start';
import { staticRoutes } from './routes/static-files';
import { uploadRoutes } from './routes/upload';
import { isLoopback } from './security/loopback';
import { LoginThrottle } from './security/login-throttle';
import { hashPassword } from './security/password';
import { SECURITY_HEADERS } from './security/headers';
import { sendMessage, seeOther } from './send';
import { TEXTS } from './texts';

/** The running app: Fastify, what the routes share, and the way to stop it cleanly. */
export interface WebApp {
  readonly fastify: FastifyInstance;
  readonly context: WebContext;
  /** Whether the PDF converter is the warm pool (false: cold runs, or no PDF). */
  readonly pdfReason: string | null;
  /** Starts listening; returns the address to open. */
  listen(): Promise<string>;
  /**
   * Stops taking requests and jobs, cancels the builds still waiting, lets the running ones
   * finish for up to `stopGraceMs`, then cancels them (their temporary folders removed,
   * LibreOffice stopped), and closes the converter.
   */
  stop(): Promise<{ cancelled: number }>;
}

/** Paths anyone may load before signing in. */
const OPEN_PATHS = new Set(['/dang-nhap', '/static/style.css', '/static/app.js', '/favicon.ico']);

/** Why PDFs cannot be made here, or null: LibreOffice and pdftotext must be installed. */
function pdfProblem(): string | null {
  const errors = checkPdfTools(undefined, { ...process.env, TTHC_PDF_CONVERTER: 'cold' }).filter(
    (i) => i.severity === 'error',
  );
  return errors.length > 0 ? errors.map((i) => i.message).join(' ') : null;
}

/** The host names a browser on this machine uses; others are refused when bound to loopback. */
function hostAllowed(host: string | undefined): boolean {
  if (!host) return false;
  const name = host.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
  return isLoopback(name);
}

/**
 * Builds the web app: Fastify with cookies, forms and uploads within the limits, the session
 * and security hooks, every route, one PDF converter for the server's life, the job store under
 * `dataDir` and its sweep. Nothing listens until `listen`.
 */
export async function createWebApp(given: Partial<WebOptions> = {}): Promise<WebApp> {
  // The password is hashed here and not kept: the options the routes see have none.
  const options: WebOptions = {
    ...DEFAULT_OPTIONS,
    ...given,
    dataDir: resolve(given.dataDir ?? DEFAULT_OPTIONS.dataDir),
    password: null,
  };
  const plain = given.password ?? null;
  const now = options.now ?? Date.now;
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const problem = options.pdf === false ? 'tắt' : options.pdf === true ? null : pdfProblem();
  const converter: PdfConverter | null =
    problem !== null ? null : (options.converter ?? warmPool({ size: options.pdfWorkers }));
  const needsPassword = plain !== null || !isLoopback(options.host);
  const ctx: WebContext = {
    options,
    jobs: new JobStore(options.dataDir, now),
    builds: new WorkQueue(options.builds, options.queue),
    checks: new WorkQueue(options.builds, options.queue),
    converter,
    secret: randomBytes(32),
    password: plain !== null ? hashPassword(plain) : null,
    signedIn: new Set(),
    throttle: new LoginThrottle(now),
    now,
    log,
    stopping: false,
  };
  if (needsPassword && !ctx.password) throw new Error('a password is needed beyond localhost');
  const previews = new WorkQueue(2, 100);

  const app = Fastify({
    logger: false,
    bodyLimit: 64 * 1024,
    return503OnClosing: true,
    forceCloseConnections: 'idle',
  });
  await app.register(fastifyFormbody, { bodyLimit: 64 * 1024 });
  await app.register(fastifyMultipart, {
    limits: {
      fileSize: options.maxUploadBytes,
      files: options.maxFiles,
      fields: 10,
      fieldSize: 1024,
      parts: options.maxFiles + 10,
      headerPairs: 100,
    },
  });

  app.decorateRequest('session', '');
  app.decorateRequest('owner', '');
  app.addHook('onRequest', async (request, reply) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) reply.header(name, value);
    // Bound to this machine, the app answers only to this machine's names: a page of another
    // site cannot reach it through a name that resolves to 127.0.0.1 (DNS rebinding).
    if (isLoopback(options.host) && !hostAllowed(request.headers.host))
      return sendMessage(request, reply, ctx, 421, TEXTS.errors.forbiddenTitle, TEXTS.errors.host);
    attachSession(request, reply, ctx);
    // A form posted from another site is refused even before its token is looked at.
    const origin = request.headers.origin;
    if (request.method === 'POST' && origin && origin !== 'null') {
      let sameHost: boolean;
      try {
        sameHost = new URL(origin).host === request.headers.host;
      } catch {
        sameHost = false;
      }
      if (!sameHost)
        return sendMessage(
          request,
          reply,
          ctx,
          403,
          TEXTS.errors.forbiddenTitle,
          TEXTS.refusals.csrf,
        );
    }
    if (
      ctx.password &&
      !ctx.signedIn.has(request.owner) &&
      !OPEN_PATHS.has(request.url.split('?')[0]!)
    )
      return seeOther(reply, '/dang-nhap');
  });

  app.setErrorHandler(async (err, request, reply) => {
    const status = (err as { statusCode?: number }).statusCode ?? 500;
    if (status >= 500) {
      log(
        `Lỗi khi xử lý ${request.method} ${request.url}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`,
      );
      return sendMessage(
        request,
        reply,
        ctx,
        500,
        TEXTS.errors.internalTitle,
        TEXTS.errors.internal,
      );
    }
    if (status === 413)
      return sendMessage(
        request,
        reply,
        ctx,
        413,
        TEXTS.errors.badRequestTitle,
        TEXTS.refusals.tooLarge(`${Math.round(options.maxUploadBytes / 1048576)} MB`),
      );
    return sendMessage(
      request,
      reply,
      ctx,
      status,
      TEXTS.errors.badRequestTitle,
      TEXTS.errors.badRequest,
    );
  });
  app.setNotFoundHandler(async (request, reply) =>
    sendMessage(request, reply, ctx, 404, TEXTS.errors.notFoundTitle, TEXTS.errors.notFound),
  );

  staticRoutes(app);
  loginRoutes(app, ctx);
  pageRoutes(app, ctx);
  startRoutes(app, ctx);
  uploadRoutes(app, ctx);
  jobRoutes(app, ctx);
  fileRoutes(app, ctx, previews);
  auditRoutes(app, ctx);
  checkFormatRoutes(app, ctx);
  letterRoutes(app, ctx);

  const keepMs = options.keepHours * 3_600_000;
  ctx.jobs.sweep(keepMs);
  const sweeper = setInterval(() => ctx.jobs.sweep(keepMs), Math.min(60_000, keepMs));
  sweeper.unref();

  let stopped: Promise<{ cancelled: number }> | null = null;
  const stop = async (): Promise<{ cancelled: number }> => {
    ctx.stopping = true;
    clearInterval(sweeper);
    ctx.builds.stop();
    ctx.checks.stop();
    previews.stop();
    const closing = app.close();
    let timer: NodeJS.Timeout | undefined;
    const finished = await Promise.race([
      ctx.builds.idle().then(() => true),
      new Promise<boolean>((done) => (timer = setTimeout(() => done(false), options.stopGraceMs))),
    ]);
    clearTimeout(timer);
    let cancelled = 0;
    if (!finished) {
      // Running builds are cancelled: their temporary folders go, LibreOffice is stopped.
      abandonPendingWrites();
      for (const job of ctx.jobs.all())
        if (job.state === 'building' || job.state === 'queued') {
          job.state = 'cancelled';
          if (job.build) job.build.message = TEXTS.result.cancelled;
          ctx.jobs.save(job);
          cancelled++;
        }
    }
    // Closing the converter fails the conversions still waiting, so the cancelled builds end.
    await converter?.close();
    await Promise.race([
      ctx.builds.idle(),
      new Promise((done) => setTimeout(done, 10_000).unref()),
    ]);
    await closing;
    return { cancelled };
  };

  return {
    fastify: app,
    context: ctx,
    pdfReason: problem,
    async listen() {
      await app.listen({ host: options.host, port: options.port });
      const address = app.server.address();
      const port = typeof address === 'object' && address ? address.port : options.port;
      const host = options.host.includes(':') ? `[${options.host}]` : options.host;
      return `http://${host === '0.0.0.0' || host === '[::]' ? '127.0.0.1' : host}:${port}`;
    },
    stop: () => (stopped ??= stop()),
  };
}
