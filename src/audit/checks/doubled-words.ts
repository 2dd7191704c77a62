import { makeIssue, type Issue } from '../../issues/issue';
import { quote, type Check } from '../context';
import { blocksOf, locate } from '../draft';

/**
 * One syllable written twice is often right: a word doubled on purpose ("chung chung", "dần
 * dần") or two words that share it ("trực tiếp tiếp nhận", "liên thông thông suốt"). So a doubled
 * syllable is a slip only for the small words that never form either ("và và", "của của"); a
 * doubled group of two or three syllables ("kết quả kết quả", "Quyết định Quyết định") always is.
 */
const SMALL_WORDS = new Set(
  [
    'và',
    'của',
    'các',
    'những',
    'là',
    'được',
    'đã',
    'sẽ',
    'để',
    'với',
    'cho',
    'tại',
    'theo',
    'về',
    'thì',
    'mà',
    'hoặc',
    'nhưng',
    'trên',
    'bị',
    'do',
    'này',
    'khi',
    'nếu',
    'cũng',
    'đang',
    'số',
    'ngày',
    'năm',
  ].map((w) => w.normalize('NFC')),
);

/** "một cửa một cửa liên thông" is "một cửa, một cửa liên thông" without its comma, no double. */
const PHRASE_WITHOUT_COMMA = /^một cửa một cửa liên thông/iu;

interface Word {
  readonly text: string;
  readonly key: string;
  readonly start: number;
  readonly end: number;
}

const wordsOf = (text: string): Word[] =>
  [...text.matchAll(/[\p{L}\p{M}]+/gu)].map((m) => ({
    text: m[0],
    key: m[0].toLocaleLowerCase('vi'),
    start: m.index,
    end: m.index + m[0].length,
  }));

/** Only spaces between words i and j (no comma, no full stop, no figure). */
const spaced = (text: string, words: readonly Word[], i: number, j: number) => {
  for (let k = i; k < j; k++)
    if (!/^\s+$/u.test(text.slice(words[k]!.end, words[k + 1]!.start))) return false;
  return true;
};

/** Words written twice in a row: "thông thông", "và và", "kết quả kết quả" (seeds 000, 003). */
export const doubledWords: Check = (draft) => {
  const issues: Issue[] = [];
  for (const block of blocksOf(draft)) {
    const words = wordsOf(block.text);
    for (let i = 0; i < words.length; i++)
      for (const n of [3, 2, 1]) {
        if (i + 2 * n > words.length || !spaced(block.text, words, i, i + 2 * n - 1)) continue;
        const same = Array.from({ length: n }, (_, k) => k).every(
          (k) => words[i + k]!.key === words[i + n + k]!.key,
        );
        if (!same || (n === 1 && !SMALL_WORDS.has(words[i]!.key))) continue;
        if (PHRASE_WITHOUT_COMMA.test(block.text.slice(words[i]!.start))) continue;
        const [first, last] = [words[i]!, words[i + 2 * n - 1]!];
        const once = block.text.slice(first.start, words[i + n - 1]!.end);
        issues.push(
          makeIssue(
            'AUDIT_WORD_DOUBLED',
            { words: once, excerpt: quote(block.text, first.start, last.end) },
            locate(draft, block, first.start),
          ),
        );
        i += 2 * n - 1;
        break;
      }
  }
  return issues;
};
