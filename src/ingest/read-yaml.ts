import { LineCounter, parseDocument, type Document } from 'yaml';

/** A problem of a YAML text, in Vietnamese, with its 1-based line when known. */
export interface YamlProblem {
  readonly reason: string;
  readonly line?: number;
}

/**
 * Deepest indentation and bracket nesting read. A frame or a rule file is a few levels deep;
 * a text nested a thousand levels overflows the parser's stack (and, in V8, may take the
 * process down with it), so it is refused before the parser sees it.
 */
const MAX_DEPTH = 64;
/** Aliases expanded at most: "*a" repeated in a chain is the "billion laughs" attack. */
const MAX_ALIASES = 50;

/** What the yaml library's error codes mean, for an official. */
const REASONS: Readonly<Record<string, string>> = {
  DUPLICATE_KEY: 'trường này đã có ở phía trên (mỗi trường chỉ viết một lần)',
  BAD_INDENT: 'thụt lề không đúng (các dòng cùng cấp phải thẳng hàng, dòng con thụt vào)',
  TAB_AS_INDENT: 'thụt lề bằng phím Tab; chỉ dùng dấu cách',
  BLOCK_AS_IMPLICIT_KEY: 'dòng thiếu dấu ":" sau tên trường, hoặc giá trị nhiều dòng đặt sai chỗ',
  MULTILINE_IMPLICIT_KEY: 'dòng thiếu dấu ":" sau tên trường, hoặc giá trị nhiều dòng đặt sai chỗ',
  UNEXPECTED_TOKEN: 'có ký tự không đúng chỗ',
  BAD_SCALAR_START: 'giá trị bắt đầu bằng một ký tự đặc biệt; đặt giá trị trong dấu ngoặc kép',
  BAD_DQ_ESCAPE: 'dấu "\\" trong dấu ngoặc kép viết sai; viết "\\\\" hoặc dùng dấu ngoặc đơn',
  BAD_ALIAS: 'bí danh (*tên) viết sai',
  MULTIPLE_DOCS: 'có nhiều hơn một phần "---"',
  KEY_OVER_1024_CHARS: 'tên trường dài quá 1.024 ký tự',
  RESOURCE_EXHAUSTION: 'lồng nhau quá sâu',
};

/** MISSING_CHAR covers several mistakes: told apart by the library's words. */
const MISSING: readonly [RegExp, string][] = [
  [/quote/, 'thiếu dấu ngoặc kép đóng'],
  [/Sequence item/, 'mục của danh sách thiếu dấu "-" ở đầu, hoặc thụt lề sai'],
  [/map values/, 'thiếu giá trị sau tên trường, hoặc thụt lề sai'],
  [/Missing ,|Missing space/, 'thiếu dấu "," hoặc dấu cách giữa các mục trong [...] hoặc {...}'],
  [/white space/, 'thiếu dấu cách (trước "#" của ghi chú, sau "&" hoặc "!")'],
];

const GENERIC = 'cú pháp YAML không đúng (kiểm tra dấu ":", dấu "-" đầu dòng và thụt lề)';

/** The first line indented or nested deeper than MAX_DEPTH, if any. */
function tooDeep(text: string): number | null {
  let depth = 0;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^[ \t]*/.exec(line)![0].length > MAX_DEPTH) return i + 1;
    for (const c of line) {
      if (c === '[' || c === '{') depth++;
      else if (c === ']' || c === '}') depth--;
      if (depth > MAX_DEPTH) return i + 1;
    }
  }
  return null;
}

/**
 * Parses a YAML text written by an office (a letter's frame, a footnote rule file) into plain
 * values. Never throws, never shows the parser's English: every problem has a Vietnamese
 * reason and its line. Refused before parsing: nesting over 64 levels. Refused after: more
 * than 50 aliases expanded.
 */
export function readYaml(text: string): {
  value: unknown;
  doc: Document | null;
  lines: LineCounter;
  problems: YamlProblem[];
} {
  const lines = new LineCounter();
  const deep = tooDeep(text);
  if (deep !== null)
    return {
      value: null,
      doc: null,
      lines,
      problems: [{ reason: `thụt lề hoặc lồng nhau quá sâu (hơn ${MAX_DEPTH} cấp)`, line: deep }],
    };
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length > 0)
    return {
      value: null,
      doc,
      lines,
      problems: doc.errors.map((e) => ({
        reason:
          e.code === 'MISSING_CHAR'
            ? (MISSING.find(([re]) => re.test(e.message))?.[1] ??
              'thiếu ký tự đóng ("]", "}" hoặc dấu ngoặc kép)')
            : (REASONS[e.code] ?? GENERIC),
        line: lines.linePos(e.pos[0]).line,
      })),
    };
  try {
    return { value: doc.toJS({ maxAliasCount: MAX_ALIASES }), doc, lines, problems: [] };
  } catch {
    // The library throws a ReferenceError for too many aliases, and for an alias to nothing.
    const reason = `dùng bí danh (*tên) quá nhiều lần hoặc bí danh không có; không dùng bí danh`;
    return { value: null, doc, lines, problems: [{ reason }] };
  }
}
