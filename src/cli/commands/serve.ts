import { resolve } from 'node:path';
import type { CommandModule } from 'yargs';
import { formatNumber } from '../../format';
import { unoMissing } from '../../render/pdf/converter/uno-python';
import { DEFAULT_OPTIONS, type WebOptions } from '../../web/options';
import { isLoopback } from '../../web/security/loopback';
import { newAccessPassword } from '../../web/security/password';
import { createWebApp } from '../../web/server';
import { TEXTS } from '../../web/texts';
import { onStopSignal } from '../own-stop';

export interface ServeArgs {
  readonly port: number;
  readonly host: string;
  readonly 'data-dir': string;
  readonly 'keep-hours': number;
  readonly 'max-upload-mb': number;
  readonly builds: number;
  readonly queue: number;
  readonly 'pdf-workers': number;
}

/** Wrong usage exits 2, as yargs' own checks do in main.ts. */
const USAGE_EXIT = 2;

const S = TEXTS.server;

/**
 * `tthc serve`: the web app for an office. Listens on 127.0.0.1 unless --host says otherwise;
 * beyond it, asks a password (TTHC_PASSWORD, or one made and told now). Ctrl+C or SIGTERM stops
 * taking work, lets running builds finish (or cancels them after a while; a second Ctrl+C at
 * once), removes temporary folders and exits.
 */
export async function runServe(args: ServeArgs, say = console.log): Promise<number> {
  const counts = {
    port: args.port,
    'keep-hours': args['keep-hours'],
    'max-upload-mb': args['max-upload-mb'],
    builds: args.builds,
    queue: args.queue,
    'pdf-workers': args['pdf-workers'],
  };
  for (const [name, value] of Object.entries(counts))
    // Port 0: any free port, said at start (the load test uses it).
    if (
      !(value > 0 || (name === 'port' && value === 0)) ||
      (name !== 'keep-hours' && !Number.isInteger(value))
    )
      return (console.error(S.badOption(name)), USAGE_EXIT);
  if (args.port > 65535) return (console.error(S.badOption('port')), USAGE_EXIT);
  if (args['data-dir'].trim() === '') return (console.error(S.emptyDataDir), USAGE_EXIT);
  const local = isLoopback(args.host);
  const given = process.env.TTHC_PASSWORD ?? '';
  // Not kept in the environment of what the server starts (LibreOffice, pdftoppm).
  delete process.env.TTHC_PASSWORD;
  if (given !== '' && given.length < 8) return (console.error(S.badPassword), USAGE_EXIT);
  const password = given !== '' ? given : local ? null : newAccessPassword();
  const options: WebOptions = {
    ...DEFAULT_OPTIONS,
    host: args.host,
    port: args.port,
    dataDir: resolve(args['data-dir']),
    keepHours: args['keep-hours'],
    maxUploadBytes: Math.round(args['max-upload-mb'] * 1024 * 1024),
    builds: args.builds,
    queue: args.queue,
    pdfWorkers: args['pdf-workers'],
    password,
  };
  const app = await createWebApp(options);
  let url: string;
  try {
    url = await app.listen();
  } catch (err) {
    await app.stop();
    if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      console.error(S.portTaken(String(args.port)));
      return 1;
    }
    throw err;
  }
  say(S.listening(url));
  if (!local) say(S.network(args.host));
  if (given !== '') say(S.passwordGiven);
  else if (password) say(S.passwordMade(password));
  else say(S.passwordLocal);
  say(S.dataDir(options.dataDir, formatNumber(options.keepHours)));
  if (app.pdfReason) say(S.pdfOff(app.pdfReason));
  else if (unoMissing()) say(S.pdfCold);
  else say(S.pdfWarm(formatNumber(options.pdfWorkers)));

  // The first Ctrl+C (or SIGTERM) is ours: stop taking work, let the builds finish. A second
  // one stops the run at once in supervise.ts: temporary folders removed, LibreOffice stopped.
  const release = onStopSignal(() => {
    release();
    say(S.stopping);
    void app.stop().then(({ cancelled }) => {
      if (cancelled > 0) say(S.cancelling(formatNumber(cancelled)));
      say(S.stopped);
      // Everything is closed, so the run ends by itself; should a handle linger, in a second.
      setTimeout(() => process.exit(0), 1000).unref();
    });
  });
  return 0;
}

export const serveCommand: CommandModule<object, ServeArgs> = {
  command: 'serve',
  describe: 'Chạy ứng dụng web cho cơ quan: mọi bước trên trình duyệt, trên máy chủ của cơ quan',
  builder: (y) =>
    y
      .option('port', { type: 'number', default: DEFAULT_OPTIONS.port, describe: 'Cổng' })
      .option('host', {
        type: 'string',
        default: DEFAULT_OPTIONS.host,
        describe: 'Địa chỉ nhận kết nối; 0.0.0.0 để các máy trong mạng vào được (cần mật khẩu)',
      })
      .option('data-dir', {
        type: 'string',
        default: DEFAULT_OPTIONS.dataDir,
        describe: 'Thư mục lưu dữ liệu nộp lên và văn bản đã lập (mỗi việc một thư mục)',
      })
      .option('keep-hours', {
        type: 'number',
        default: DEFAULT_OPTIONS.keepHours,
        describe: 'Số giờ giữ một việc trước khi tự xóa',
      })
      .option('max-upload-mb', {
        type: 'number',
        default: DEFAULT_OPTIONS.maxUploadBytes / 1024 / 1024,
        describe: 'Dung lượng tối đa của một tệp nộp lên (MB)',
      })
      .option('builds', {
        type: 'number',
        default: DEFAULT_OPTIONS.builds,
        describe: 'Số bộ văn bản lập cùng lúc',
      })
      .option('queue', {
        type: 'number',
        default: DEFAULT_OPTIONS.queue,
        describe: 'Số việc được chờ; quá số này máy chủ báo bận',
      })
      .option('pdf-workers', {
        type: 'number',
        default: DEFAULT_OPTIONS.pdfWorkers,
        describe: 'Số tiến trình LibreOffice giữ chạy sẵn để lập PDF',
      }),
  handler: async (argv) => {
    process.exitCode = await runServe(argv);
  },
};
