import { visible } from '../issues/visible';

/** Options that name a file or a folder: given, they may not be empty. */
const PATHS = [
  'data',
  'out',
  'root',
  'content',
  'template',
  'file',
  'files',
  'folder',
  'parts',
] as const;

/** Options a user may give several times on purpose. */
const REPEATABLE = new Set(['files', 'parts', 'cacQuy']);

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * An argument holding a control character (an escape sequence, a bell), said with the
 * character made visible: echoed raw, it would drive the terminal. Null when there is none.
 * @example controlArgument(['--out', 'a\u001b[2Jb']) // 'Tham số "a<U+001B>[2Jb" có ký tự điều khiển…'
 */
export function controlArgument(args: readonly string[]): string | null {
  const bad = args.find((a) => CONTROL.test(a));
  return bad === undefined
    ? null
    : `Tham số "${visible(bad)}" có ký tự điều khiển (không gõ được từ bàn phím); gõ lại tham số này.`;
}

/**
 * The yargs check run for every command: an option of one value given twice (`--data a --data
 * b`, which yargs makes a list "a,b") and a path given empty (`--out ''`, which would write into
 * the current folder) are usage errors, not files that are not found. Returns true or the message.
 */
export function checkArguments(argv: Record<string, unknown>): true | string {
  for (const [key, value] of Object.entries(argv)) {
    if (key === '_' || key === '$0' || key.includes('-') || REPEATABLE.has(key)) continue;
    // "--force --force" is harmless; two values for one option are not.
    if (Array.isArray(value) && !value.every((v) => typeof v === 'boolean'))
      return `Tham số --${key} được cho ${value.length} lần (${value.map((v) => `"${visible(String(v))}"`).join(', ')}); chỉ cho một lần.`;
  }
  // Said here in Vietnamese: yargs' own `implies` message is English.
  if (argv.fillCarryOver === true && argv.previous === undefined)
    return 'Tham số --dien-tu-ky-truoc cần --ky-truoc <dữ liệu kỳ liền trước>: số điền vào lấy từ dữ liệu đó.';
  for (const key of PATHS) {
    const value = argv[key];
    const empty = (v: unknown) => typeof v === 'string' && v.trim() === '';
    if (empty(value) || (Array.isArray(value) && value.some(empty)))
      return key === 'file' || key === 'files'
        ? 'Thiếu tên tệp: tham số tệp để trống.'
        : key === 'folder'
          ? 'Thiếu tên thư mục: tham số thư mục để trống.'
          : `Tham số --${key} để trống; cần một đường dẫn.`;
  }
  return true;
}
