/**
 * Every command on files that are broken or hostile (issue 20): whatever the file, the command
 * answers with its exit code — 0, 1 (a problem of the input, said in Vietnamese) or 2 (usage)
 * — never 3 (INTERNAL_ERROR), never a V8 crash, never a hang, never a stack or the English of
 * a library. Each file is given to each command that reads its kind, through the compiled CLI.
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import PizZip from 'pizzip';
import { projectRoot } from '../../src/tools/project-root';
import { removeTempFolders, tempFolder } from '../helpers/sample-copy';

afterAll(removeTempFolders);

const ROOT = projectRoot();
const MAIN = join(ROOT, 'dist', 'src', 'cli', 'main.js');
const BASE = join(ROOT, 'test', 'fixtures', 'bad-input', 'base');

/** Bytes that look random but are the same on every run. */
function noise(length: number): Buffer {
  const out = Buffer.alloc(length);
  let x = 2463534242;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

const docxWith = (xml: string) => {
  const zip = new PizZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types/>');
  zip.file('word/document.xml', xml);
  return zip.generate({ type: 'nodebuffer' });
};
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

let bomb = 'l0: &l0 [x, x, x, x, x, x, x, x, x]\n';
for (let i = 1; i < 10; i++)
  bomb += `l${i}: &l${i} [${Array(9)
    .fill(`*l${i - 1}`)
    .join(', ')}]\n`;

/** The hostile files, by name: each is written with the extension each command expects. */
const FILES: Record<string, Buffer | 'fifo'> = {
  'empty file': Buffer.alloc(0),
  'random bytes': noise(4096),
  'UTF-32 text': Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), Buffer.from('a\0\0\0b\0\0\0')]),
  'a quote never closed, 1.5 MB': Buffer.from(`a,b\n"${'x'.repeat(1_500_000)}`),
  'YAML alias bomb': Buffer.from(`---\n${bomb}---\nThân.\n`),
  'YAML nested 5,000 deep': Buffer.from(
    `---\n${Array.from({ length: 5000 }, (_, i) => `${' '.repeat(i)}- `).join('\n')}x\n---\n`,
  ),
  'JSON nested 100,000 deep': Buffer.from(`{"HoSo": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`),
  'a zip of something else': (() => {
    const zip = new PizZip();
    zip.file('a.bin', noise(1000));
    return zip.generate({ type: 'nodebuffer' });
  })(),
  'Word XML cut short': docxWith(
    `<?xml version="1.0"?><w:document ${W}><w:body><w:p><w:r><w:t>Tiếp`,
  ),
  'Word text with &#99999999;': docxWith(
    `<?xml version="1.0"?><w:document ${W}><w:body><w:p><w:r><w:t>a&#99999999;b</w:t></w:r></w:p></w:body></w:document>`,
  ),
  'a named pipe': 'fifo',
};

/** How each command is given a file of a kind. */
const COMMANDS: Record<
  string,
  (file: (ext: string, name?: string) => string, out: string) => string[]
> = {
  'validate (CSV folder)': (file) => {
    const dir = file('', 'du-lieu');
    return ['validate', '--data', dir];
  },
  'validate (.json)': (file) => ['validate', '--data', file('.json')],
  'validate (.xlsx)': (file) => ['validate', '--data', file('.xlsx')],
  'audit (.txt)': (file) => ['audit', file('.txt')],
  'audit (.docx)': (file) => ['audit', file('.docx')],
  'check-format': (file) => ['check-format', file('.docx')],
  letter: (file, out) => ['letter', file('.md'), '--out', out],
  // The small dataset of the corpus: the content file and the template are read after it.
  'build --noi-dung --mau': (file, out) => [
    'build',
    '--data',
    BASE,
    '--noi-dung',
    file('.md'),
    '--mau',
    file('.docx'),
    '--out',
    out,
  ],
  'build with chu-thich.yaml': (file, out) => {
    const dir = file('', 'du-lieu-766');
    return ['build', '--data', dir, '--out', out];
  },
};

/** Longest a command may take on one of these files: generous (most take a second or two). */
const BOUND_MS = 60_000;

function run(
  args: readonly string[],
): Promise<{ code: number | null; signal: string | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn('node', [MAIN, ...args]);
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), BOUND_MS);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, out });
    });
  });
}

/** Writes `content` as a file of the kind a command reads, in a fresh folder. */
function writer(content: Buffer | 'fifo') {
  const dir = tempFolder('tthc-hostile-');
  return (ext: string, folder?: string): string => {
    const place = (path: string) => {
      rmSync(path, { force: true });
      if (content === 'fifo') execFileSync('mkfifo', [path]);
      else writeFileSync(path, content);
    };
    if (folder === 'du-lieu') {
      const data = join(dir, folder);
      cpSync(BASE, data, { recursive: true });
      place(join(data, 'HoSo.csv'));
      return data;
    }
    if (folder === 'du-lieu-766') {
      const data = join(dir, folder);
      cpSync(join(ROOT, 'data', 'lao-cai-766-2025-08'), data, { recursive: true });
      place(join(data, 'chu-thich.yaml'));
      return data;
    }
    const path = join(dir, `tep${ext}`);
    place(path);
    return path;
  };
}

const cases = Object.entries(COMMANDS).flatMap(([command, args]) =>
  Object.entries(FILES).map(([name, content]) => ({ command, name, args, content })),
);

describe.each(Object.keys(COMMANDS))('%s', (command) => {
  // Each run is a process of its own: several at once.
  test.concurrent.each(cases.filter((c) => c.command === command).map((c) => [c.name, c] as const))(
    '%s: exit 0, 1 or 2, in Vietnamese, no crash, no hang',
    async (_, c) => {
      const out = tempFolder('tthc-hostile-out-');
      mkdirSync(join(out, 'x'));
      const r = await run(c.args(writer(c.content), join(out, 'x')));
      expect(r.signal).toBeNull();
      expect([0, 1, 2]).toContain(r.code);
      expect(r.out).not.toMatch(
        /INTERNAL_ERROR|FATAL ERROR|^\s+at |Error:|Invalid|Unexpected|must be/m,
      );
    },
    BOUND_MS + 10_000,
  );
});
