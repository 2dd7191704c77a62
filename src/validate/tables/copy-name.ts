import { toNfc } from '../../format';

/** What a file manager or Excel adds to the name of a copy, before or after the original's. */
const COPY_SUFFIX =
  /^(.+?)\s*(-\s*(?:copy|bản sao|sao chép)(?:\s*\(\d+\))?|\(\d+\)|[\s_-](?:copy|bản sao)(?:\s*\d+)?)$/iu;
const COPY_PREFIX = /^((?:copy of|bản sao của|bản sao)\s+)(.+)$/iu;

/**
 * The name a copy was made from, and the mark of the copy: "HoSo - Copy" (Windows), "HoSo -
 * Bản sao" (Windows in Vietnamese), "HoSo (1)" (a second download, Excel's copy of a sheet),
 * "HoSo copy 2" (macOS), "Copy of HoSo" (Google Drive). Null for any other name, e.g. a second
 * source "HoSo-igate".
 * @example copyOf('HoSo - Copy (2)') // { original: 'HoSo', marker: '- Copy (2)' }
 */
export function copyOf(name: string): { original: string; marker: string } | null {
  const text = toNfc(name).trim();
  const suffix = COPY_SUFFIX.exec(text);
  if (suffix) return { original: suffix[1]!, marker: suffix[2]!.trim() };
  const prefix = COPY_PREFIX.exec(text);
  if (prefix) return { original: prefix[2]!, marker: prefix[1]!.trim() };
  return null;
}
