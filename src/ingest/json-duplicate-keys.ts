/** A key written twice in one JSON object: JSON.parse keeps the second value, silently. */
export interface DuplicateKey {
  readonly key: string;
  /** Where the object is: table name, record index… ([] for the top-level object). */
  readonly path: readonly (string | number)[];
  /** 1-based lines of the second and of the first occurrence. */
  readonly line: number;
  readonly firstLine: number;
}

type Frame =
  | { readonly object: true; readonly keys: Map<string, number>; key: string }
  | { readonly object: false; index: number };

const pathOf = (stack: readonly Frame[]) =>
  stack.slice(0, -1).map((f) => (f.object ? f.key : f.index));

/** End of the string opening at `start` (the index of its closing quote). */
function stringEnd(text: string, start: number): number {
  let j = start + 1;
  for (;;) {
    j = text.indexOf('"', j);
    if (j < 0) return text.length;
    let backslashes = 0;
    while (text.charCodeAt(j - 1 - backslashes) === 0x5c) backslashes++;
    if (backslashes % 2 === 0) return j;
    j++;
  }
}

/**
 * Every key written twice in one object of a JSON text that JSON.parse accepted. One pass,
 * no recursion: any depth, linear time.
 * @example duplicateKeys('{"HoSo": [], "HoSo": []}') // [{ key: 'HoSo', path: [], line: 1, firstLine: 1 }]
 */
export function duplicateKeys(text: string): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  const stack: Frame[] = [];
  let line = 1;
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) line++;
    else if (c === 0x22) {
      const end = stringEnd(text, i);
      const top = stack[stack.length - 1];
      if (expectKey && top?.object) {
        const raw = text.slice(i + 1, end);
        const key = raw.includes('\\') ? (JSON.parse(text.slice(i, end + 1)) as string) : raw;
        const first = top.keys.get(key);
        if (first === undefined) top.keys.set(key, line);
        else found.push({ key, path: pathOf(stack), line, firstLine: first });
        top.key = key;
        expectKey = false;
      }
      i = end;
    } else if (c === 0x7b) {
      stack.push({ object: true, keys: new Map(), key: '' });
      expectKey = true;
    } else if (c === 0x5b) stack.push({ object: false, index: 0 });
    else if (c === 0x7d || c === 0x5d) stack.pop();
    else if (c === 0x2c) {
      const top = stack[stack.length - 1];
      if (top?.object) expectKey = true;
      else if (top) top.index++;
    }
  }
  return found;
}
