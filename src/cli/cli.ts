import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { auditCommand } from './commands/audit';
import { batchCommand } from './commands/batch';
import { buildCommand } from './commands/build';
import { checkFormatCommand } from './commands/check-format';
import { initCommand } from './commands/init';
import { letterCommand } from './commands/letter';
import { validateCommand } from './commands/validate';
import { checkArguments } from './argument-checks';
import { reportCrash } from './report-crash';
import { visible } from '../issues/shown-value';
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

/** Wrong usage exits 2, distinct from 1 (errors in the data). */
const USAGE_EXIT = 2;

/**
 * The command line: the yargs table of commands, run in the worker thread that supervise.ts
 * starts. Usage errors exit 2; a crash is reported by reportCrash.
 */
export function runCli(): void {
  void yargs(hideBin(process.argv))
    .scriptName('tthc')
    .command(buildCommand)
    .command(batchCommand)
    .command(validateCommand)
    .command(initCommand)
    .command(letterCommand)
    .command(checkFormatCommand)
    .command(auditCommand)
    .demandCommand(
      1,
      'Cần một lệnh: build, batch, validate, init, letter, check-format hoặc audit.',
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
