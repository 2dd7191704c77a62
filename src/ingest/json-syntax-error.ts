/** The first syntax error of a JSON text: where it is, and what is wrong, in Vietnamese. */
export interface JsonSyntaxError {
  /** 1-based line of the text. */
  readonly line: number;
  /** 1-based character on that line (a minified export is one long line). */
  readonly column: number;
  readonly reason: string;
}

const VALUE = 'một giá trị (chuỗi trong ngoặc kép, số, true, false, null, {…} hoặc […])';
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERALS = ['true', 'false', 'null'];

class Stop {
  constructor(
    readonly at: number,
    readonly reason: string,
  ) {}
}

/**
 * Walks the text as RFC 8259 reads it, without recursion (JSON.parse takes any depth, so
 * must this), and stops at the first character that cannot stand where it is.
 */
class Checker {
  private i = 0;
  /** Open objects and arrays, innermost last. */
  private readonly open: ('{' | '[')[] = [];

  constructor(private readonly text: string) {}

  run(): void {
    for (;;) {
      if (this.valueOrOpening()) continue;
      if (!this.closeAndContinue()) return;
    }
  }

  /**
   * One value. An object or array that is not empty is only opened (true: a value follows,
   * the first member's name already read); its members are read by the loop of `run`.
   */
  private valueOrOpening(): boolean {
    this.skip();
    const c = this.text[this.i];
    if (c === '{' || c === '[') {
      this.i++;
      this.skip();
      if (this.text[this.i] === (c === '{' ? '}' : ']')) {
        this.i++;
        return false;
      }
      this.open.push(c);
      if (c === '{') this.key();
      return true;
    }
    if (c === '"') this.string();
    else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) {
      NUMBER.lastIndex = this.i;
      if (!NUMBER.test(this.text)) this.unexpected('một chữ số', this.i + 1);
      this.i = NUMBER.lastIndex;
    } else {
      const literal = LITERALS.find((l) => this.text.startsWith(l, this.i));
      if (!literal) this.unexpected(VALUE);
      this.i += literal.length;
    }
    return false;
  }

  /**
   * After a value: closes what it ends and says whether another value follows (after a ",").
   * At the top level, only white space may follow.
   */
  private closeAndContinue(): boolean {
    for (;;) {
      this.skip();
      const top = this.open[this.open.length - 1];
      if (!top) {
        if (this.i < this.text.length)
          this.fail(this.i, 'còn nội dung sau dấu đóng cuối cùng của dữ liệu');
        return false;
      }
      const close = top === '{' ? '}' : ']';
      const c = this.text[this.i];
      if (c === ',') {
        const comma = this.i++;
        this.skip();
        if (this.text[this.i] === close) this.fail(comma, `dấu "," thừa trước "${close}"`);
        if (top === '{') this.key();
        return true;
      }
      if (c !== close) this.unexpected(`dấu "," hoặc "${close}"`);
      this.i++;
      this.open.pop();
    }
  }

  /** `"name":` before a member's value. */
  private key(): void {
    this.skip();
    if (this.text[this.i] !== '"') this.unexpected('tên trường trong ngoặc kép');
    this.string();
    this.skip();
    if (this.text[this.i] !== ':') this.unexpected('dấu ":" sau tên trường');
    this.i++;
  }

  private string(): void {
    const start = this.i++;
    for (;;) {
      const c = this.text[this.i];
      if (c === undefined) this.fail(start, 'chuỗi mở ngoặc kép ở đây không được đóng');
      if (c === '"') {
        this.i++;
        return;
      }
      if (c === '\\') {
        const e = this.text[this.i + 1];
        if (e === 'u' && !/^[0-9a-fA-F]{4}$/.test(this.text.slice(this.i + 2, this.i + 6)))
          this.fail(this.i, 'sau "\\u" phải có đúng 4 chữ số hệ 16');
        if (e === undefined || !'"\\/bfnrtu'.includes(e))
          this.fail(
            this.i,
            `"\\${e ?? ''}" không phải ký tự thoát hợp lệ; dấu "\\" trong chuỗi phải viết hai lần ("\\\\")`,
          );
        this.i += e === 'u' ? 6 : 2;
        continue;
      }
      if (c < ' ')
        this.fail(
          this.i,
          c === '\n'
            ? 'xuống dòng giữa một chuỗi; chuỗi phải đóng ngoặc kép trên cùng dòng (xuống dòng viết là \\n)'
            : 'ký tự điều khiển giữa một chuỗi',
        );
      this.i++;
    }
  }

  private skip(): void {
    while (' \t\n\r'.includes(this.text[this.i] ?? 'x')) this.i++;
  }

  private unexpected(expected: string, at = this.i): never {
    if (at >= this.text.length)
      this.fail(
        at,
        `tệp dừng giữa chừng, ở chỗ cần ${expected}; có thể thiếu phần cuối hoặc dấu đóng "}", "]"`,
      );
    if (this.text.startsWith('//', at) || this.text.startsWith('/*', at))
      this.fail(at, 'JSON không cho phép chú thích (// hoặc /* */)');
    if (this.text[at] === "'")
      this.fail(at, `JSON chỉ dùng ngoặc kép "…", không dùng ngoặc đơn '…'`);
    const found = String.fromCodePoint(this.text.codePointAt(at) ?? 0);
    this.fail(at, `gặp "${found}" ở chỗ cần ${expected}`);
  }

  private fail(at: number, reason: string): never {
    throw new Stop(at, reason);
  }
}

/**
 * The first syntax error of a JSON text, or undefined when it has none (JSON.parse would
 * read it). Used after JSON.parse has refused the text: its messages are English, and not
 * all of them say where.
 * @example findJsonSyntaxError('{\n  "a": 1,\n}') // { line: 2, column: 9, reason: 'dấu "," thừa trước "}"' }
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  try {
    new Checker(text).run();
    return undefined;
  } catch (err) {
    if (!(err instanceof Stop)) throw err;
    const before = text.slice(0, err.at);
    const lineStart = before.lastIndexOf('\n') + 1;
    return {
      line: before.split('\n').length,
      column: [...text.slice(lineStart, err.at)].length + 1,
      reason: err.reason,
    };
  }
}
