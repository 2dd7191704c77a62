import type { FormatCheck } from '../conformance/check-format';
import type { DocumentKind } from '../conformance/document-kind';

const KIND_WORDS: Readonly<Record<DocumentKind['kind'], string>> = {
  typed: 'văn bản có tên loại',
  letter: 'công văn',
  annex: 'phụ lục',
  unknown: 'chưa rõ loại',
};

const kindWord = (k: DocumentKind) =>
  k.kind === 'typed' ? k.name.toLocaleLowerCase('vi') : KIND_WORDS[k.kind];

/**
 * What `tthc check-format` says of one file after its name: its kind and whether it conforms.
 * @example formatVerdict({ kind: { kind: 'letter' }, issues: [] })
 * // 'công văn, đúng thể thức Nghị định 30/2020'
 */
export function formatVerdict(r: FormatCheck): string {
  if (r.kind === null) return 'không đọc được';
  const errors = r.issues.filter((i) => i.severity === 'error').length;
  return `${kindWord(r.kind)}, ${errors === 0 ? 'đúng thể thức Nghị định 30/2020' : `${errors} sai lệch so với Nghị định 30/2020`}`;
}
