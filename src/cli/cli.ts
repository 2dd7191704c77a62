import yargs, { type CommandModule } from 'yargs';
import { hideBin } from 'yargs/helpers';
import { checkArguments } from './argument-checks';
import { reportCrash } from './report-crash';
import { visible } from '../issues/visible';
import { toolVersion } from './tool-version';

/** yargs' own messages, in Vietnamese for officials. */
const VIETNAMESE_STRINGS = {
  'Missing required argument: %s': {
    one: 'Thiếu tham số bắt buộc: %s',
    other: 'Thiếu các tham số bắt buộc: %s',
  },
  'Unknown argument: %s': {
    one: 'Tham số không hợp lệ: %s',
    other: 'Các tham số không hợp lệ: %s',
  },
  'Unknown command: %s': { one: 'Lệnh không hợp lệ: %s', other: 'Các lệnh không hợp lệ: %s' },
  'Not enough arguments following: %s': 'Thiếu giá trị sau: %s',
  'Not enough non-option arguments: got %s, need at least %s': {
    one: 'Thiếu tham số (tệp): có %s, cần ít nhất %s',
    other: 'Thiếu tham số (tệp): có %s, cần ít nhất %s',
  },
  'Commands:': 'Các lệnh:',
  'Options:': 'Tham số:',
  'Examples:': 'Ví dụ:',
  required: 'bắt buộc',
  'default:': 'mặc định:',
  boolean: 'có/không',
  string: 'chuỗi',
};

// Each command declares its own argument type; the table holds them all.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyCommand = CommandModule<object, any>;

/* eslint-disable @typescript-eslint/no-require-imports */
/**
 * Each command's module, loaded only when that command runs: `tthc validate` does not load what
 * renders documents, `tthc --version` loads none (docs/performance.md). Help without a command,
 * or an unknown command, loads them all to list them.
 */
const COMMANDS: Record<string, () => AnyCommand> = {
  build: () => (require('./commands/build') as typeof import('./commands/build')).buildCommand,
  batch: () => (require('./commands/batch') as typeof import('./commands/batch')).batchCommand,
  validate: () =>
    (require('./commands/validate') as typeof import('./commands/validate')).validateCommand,
  init: () => (require('./commands/init') as typeof import('./commands/init')).initCommand,
  letter: () => (require('./commands/letter') as typeof import('./commands/letter')).letterCommand,
  'check-format': () =>
    (require('./commands/check-format') as typeof import('./commands/check-format'))
      .checkFormatCommand,
  audit: () => (require('./commands/audit') as typeof import('./commands/audit')).auditCommand,
  'import-766': () =>
    (require('./commands/import-766') as typeof import('./commands/import-766')).import766Command,
  serve: () => (require('./commands/serve') as typeof import('./commands/serve')).serveCommand,
};
/* eslint-enable @typescript-eslint/no-require-imports */

/** The command modules a command line needs: its own, none for --version alone, else all. */
function commandsOf(args: readonly string[]): AnyCommand[] {
  const word = args.find((a) => !a.startsWith('-'));
  if (word !== undefined && Object.hasOwn(COMMANDS, word)) return [COMMANDS[word]!()];
  if (word === undefined && args.includes('--version') && !args.includes('--help')) return [];
  return Object.values(COMMANDS).map((load) => load());
}

/** Wrong usage exits 2, distinct from 1 (errors in the data). */
const USAGE_EXIT = 2;

/**
 * The command line: the yargs table of commands, run in the worker thread that supervise.ts
 * starts. Usage errors exit 2; a crash is reported by reportCrash.
 */
export function runCli(): void {
  const args = hideBin(process.argv);
  void yargs(args)
    .scriptName('tthc')
    .command(commandsOf(args))
    .demandCommand(
      1,
      'Cần một lệnh: build, batch, validate, init, letter, check-format, audit, import-766 hoặc serve.',
    )
    .strict()
    // y18n accepts { one, other } plural forms; the type only declares strings.
    .updateStrings(VIETNAMESE_STRINGS as unknown as Record<string, string>)
    .help('help', 'Hiện hướng dẫn')
    .alias('h', 'help')
    // With two arguments yargs takes the second for the version itself: all three are needed.
    .version('version', 'Hiện phiên bản', toolVersion())
    .option('debug', {
      type: 'boolean',
      default: false,
      global: true,
      describe: 'Khi có lỗi nội bộ, hiện chi tiết kỹ thuật (stack) để gửi cho người phát triển',
    })
    // Every command: one value per option, no empty path (argument-checks.ts).
    .check(checkArguments, true)
    .fail((msg, err: unknown, y) => {
      // A failed check (argument-checks.ts) comes as its message; an exception is a crash.
      if (err instanceof Error) throw err;
      void y;
      // yargs quotes the arguments as given: nothing in them may drive the terminal.
      console.error(`${visible(msg)}\nXem hướng dẫn: tthc --help`);
      process.exit(USAGE_EXIT);
    })
    .parseAsync()
    .catch((err: unknown) => {
      process.exitCode = reportCrash(err, process.argv.includes('--debug'));
    });
}
