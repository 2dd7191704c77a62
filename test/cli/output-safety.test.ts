/**
 * Output safety (issue 8, part 2), with the compiled CLI as a user runs it: a build that is
 * interrupted (SIGINT, SIGTERM) or fails (the read-back finds a mismatch, the disk refuses)
 * leaves the output folder byte for byte as it was and no temporary folder behind; --force
 * replaces only what tthc wrote, and refuses (naming them) when the folder holds the official's
 * own files; an unexpected error shows a code and no stack without --debug.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  appendFileSync,
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import PizZip from 'pizzip';
import { projectRoot } from '../../src/tools/project-root';
import { bundledReportTemplate } from '../../src/ingest/report-template-file';
import { SAMPLE_Q1 } from '../helpers/load-sample';
import { removeTempFolders, tempFolder } from '../helpers/sample-copy';

afterAll(removeTempFolders);

const ROOT = projectRoot();
const MAIN = join(ROOT, 'dist', 'src', 'cli', 'main.js');
const tthc = (...args: string[]) => spawnSync('node', [MAIN, ...args], { encoding: 'utf8' });
const PACKAGE = 'lao-cai-2026-q1';

/** Every file under `dir` with the hash of its bytes: equal snapshots, same folder. */
function snapshot(dir: string): Record<string, string> {
  if (!existsSync(dir)) return {};
  const out: Record<string, string> = {};
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    const path = join(e.parentPath, e.name);
    out[path.slice(dir.length + 1)] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return out;
}

// The Q1 sample built once for the file: every test that needs a finished build gets a copy
// (the builds are reproducible, and what tthc wrote is recorded by content, not by date).
let built: string | undefined;

/** An output folder holding a finished build of the Q1 sample and, beside it, a note of the official's. */
function builtOutput(): string {
  if (!built) {
    built = tempFolder('tthc-built-');
    expect(tthc('build', '--data', SAMPLE_Q1, '--out', built).status).toBe(0);
  }
  const out = tempFolder('tthc-out-');
  cpSync(built, out, { recursive: true });
  writeFileSync(join(out, 'ghi-chu.txt'), 'Ghi chú riêng của chuyên viên.\n');
  return out;
}

const leftovers = (out: string) => readdirSync(out).filter((n) => n.startsWith('.'));

/**
 * Runs a build that holds once its temporary folder is complete (TTHC_TEST_HOLD_BEFORE_COMMIT),
 * sends `signal` at that moment, and resolves with the exit code and stderr.
 */
function interruptedBuild(
  out: string,
  signal: 'SIGINT' | 'SIGTERM',
): Promise<{ code: number | null; stderr: string; tmp: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('node', [MAIN, 'build', '--data', SAMPLE_Q1, '--out', out, '--force'], {
      env: { ...process.env, TTHC_TEST_HOLD_BEFORE_COMMIT: '60000' },
    });
    let stderr = '';
    let tmp = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
      const held = /TTHC_TEST_HOLD (.+)\n/.exec(stderr);
      if (held && !tmp) {
        tmp = held[1]!;
        // The package is complete in the temporary folder: the worst moment to stop.
        expect(existsSync(join(tmp, 'bao-cao.docx'))).toBe(true);
        child.kill(signal);
      }
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr, tmp }));
  });
}

describe('an interrupted build leaves the output folder as it was', () => {
  test.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)(
    '%s while the package waits in its temporary folder → exit %i',
    async (signal, exit) => {
      const out = builtOutput();
      const before = snapshot(out);
      const r = await interruptedBuild(out, signal);
      expect(r.code).toBe(exit);
      expect(r.stderr).toContain(`LỖI [INTERRUPTED] Đã dừng theo yêu cầu (${signal})`);
      expect(r.tmp).toContain(`.${PACKAGE}.tmp-`);
      expect(existsSync(r.tmp)).toBe(false);
      expect(leftovers(out)).toEqual([]);
      expect(snapshot(out)).toEqual(before);
    },
    60_000,
  );

  test('into an --out that did not exist: nothing is left, not even the folder', async () => {
    const out = join(tempFolder('tthc-out-'), 'moi', 'ket-qua');
    const r = await interruptedBuild(out, 'SIGINT');
    expect(r.code).toBe(130);
    expect(existsSync(join(out, '..'))).toBe(false);
  }, 60_000);
});

describe('a failing build leaves the output folder as it was', () => {
  test("the read-back finds a figure that is not the data's → exit 1, nothing moved", () => {
    // A template that prints online dossiers where the total received belongs.
    const zip = new PizZip(readFileSync(bundledReportTemplate()));
    const xml = zip.file('word/document.xml')!.asText();
    expect(xml).toContain('{hs_tiep_nhan}');
    zip.file('word/document.xml', xml.replace('{hs_tiep_nhan}', '{hs_truc_tuyen}'));
    const template = join(tempFolder(), 'mau-sai.docx');
    writeFileSync(template, zip.generate({ type: 'nodebuffer' }));
    const out = builtOutput();
    const before = snapshot(out);
    const r = tthc('build', '--data', SAMPLE_Q1, '--out', out, '--force', '--mau', template);
    expect(r.status).toBe(1);
    // The figure printed under the words of the total received is read as that total.
    expect(r.stderr).toMatch(
      /LỖI \[OUTPUT_FIGURE_MISSING\] bao-cao\.docx, đoạn \d+, câu \d+, ".*148\.977 hồ sơ": số hồ sơ tiếp nhận \{hs_tiep_nhan\}: .*cần "176\.319"/,
    );
    expect(leftovers(out)).toEqual([]);
    expect(snapshot(out)).toEqual(before);
  }, 60_000);

  test('an --out under a file: a Vietnamese reason and its code, no stack, exit 1', () => {
    const dir = tempFolder();
    writeFileSync(join(dir, 'tep'), 'x');
    const r = tthc('build', '--data', SAMPLE_Q1, '--out', join(dir, 'tep', 'ket-qua'));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/LỖI \[FILE_SYSTEM_ERROR\] Lỗi khi tạo thư mục .*ENOTDIR/);
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(readdirSync(dir)).toEqual(['tep']);
  }, 60_000);
});

describe('--force replaces only what tthc wrote (issue 20)', () => {
  test("a package of its own is replaced, with the same bytes and the folder's permissions", () => {
    const out = builtOutput();
    chmodSync(join(out, PACKAGE), 0o750);
    const before = snapshot(join(out, PACKAGE));
    expect(Object.keys(before)).toContain('.tthc-tep-da-ghi.json');
    const r = tthc('build', '--data', SAMPLE_Q1, '--out', out, '--force');
    expect(r.status).toBe(0);
    // Same data, same bytes (the builds are reproducible).
    expect(snapshot(join(out, PACKAGE))).toEqual(before);
    expect(statSync(join(out, PACKAGE)).mode & 0o777).toBe(0o750);
    expect(leftovers(out)).toEqual([]);
  }, 60_000);

  test.each([
    ['a signed scan the official saved in it', 'scan-da-ky.pdf', '"scan-da-ky.pdf"'],
    ["a folder of the official's", 'ho-so-goc/', '"ho-so-goc/"'],
    ['the report edited by hand', 'bao-cao.docx', '"bao-cao.docx" (đã sửa sau khi tthc ghi)'],
  ])(
    'the folder holds %s: refused, naming it, nothing touched (exit 2)',
    (_, entry, named) => {
      const out = builtOutput();
      const dir = join(out, PACKAGE);
      if (entry.endsWith('/')) {
        mkdirSync(join(dir, entry));
        writeFileSync(join(dir, entry, 'a.pdf'), 'giấy tờ');
      } else if (existsSync(join(dir, entry))) appendFileSync(join(dir, entry), 'sửa tay');
      else writeFileSync(join(dir, entry), 'bản ký');
      const before = snapshot(out);
      const r = tthc('build', '--data', SAMPLE_Q1, '--out', out, '--force');
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(named);
      expect(r.stderr).toContain('không do tthc ghi');
      expect(snapshot(out)).toEqual(before);
      expect(leftovers(out)).toEqual([]);
    },
    60_000,
  );

  test('a folder written by another program (no list of what tthc wrote): refused', () => {
    const out = tempFolder('tthc-out-');
    mkdirSync(join(out, PACKAGE));
    writeFileSync(join(out, PACKAGE, 'bao-cao.docx'), 'không phải của tthc');
    const r = tthc('build', '--data', SAMPLE_Q1, '--out', out, '--force');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('"bao-cao.docx"');
    expect(readFileSync(join(out, PACKAGE, 'bao-cao.docx'), 'utf8')).toBe('không phải của tthc');
  });

  test('init --force over a dataset the official has filled in: refused, naming the file', () => {
    const out = join(tempFolder('tthc-init-'), 'du-lieu');
    expect(tthc('init', '--province', '15', '--period', '2026-Q2', '--out', out).status).toBe(0);
    appendFileSync(join(out, 'HoSo.csv'), 'SO-TP,,,5,0,0,,5,0,0,,0,0\n');
    const filled = snapshot(out);
    const r = tthc('init', '--province', '15', '--period', '2026-Q2', '--out', out, '--force');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('"HoSo.csv" (đã sửa sau khi tthc ghi)');
    expect(snapshot(out)).toEqual(filled);
    // Untouched since init, it is replaced.
    rmSync(out, { recursive: true });
    expect(tthc('init', '--province', '15', '--period', '2026-Q2', '--out', out).status).toBe(0);
    expect(
      tthc('init', '--province', '15', '--period', '2026-Q2', '--out', out, '--force').status,
    ).toBe(0);
  }, 60_000);

  test('letter --force over a letter edited by hand: refused; over its own: replaced', () => {
    const out = tempFolder('tthc-cv-');
    const letter = join(ROOT, 'data', 'cong-van', '004-thuc-day-dvc-truc-tuyen.md');
    expect(tthc('letter', letter, '--out', out).status).toBe(0);
    expect(tthc('letter', letter, '--out', out, '--force').status).toBe(0);
    const docx = join(out, '004-thuc-day-dvc-truc-tuyen.docx');
    appendFileSync(docx, 'x');
    const edited = readFileSync(docx);
    const r = tthc('letter', letter, '--out', out, '--force');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('"004-thuc-day-dvc-truc-tuyen.docx" (đã sửa sau khi tthc ghi)');
    expect(readFileSync(docx)).toEqual(edited);
  }, 60_000);
});

describe('unexpected errors', () => {
  /** A copy of the compiled program whose registry file is broken: a fault of the install. */
  function brokenInstall(): string {
    const dir = tempFolder('tthc-install-');
    cpSync(join(ROOT, 'dist'), join(dir, 'dist'), { recursive: true });
    cpSync(join(ROOT, 'package.json'), join(dir, 'package.json'));
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
    mkdirSync(join(dir, 'data', 'registry'), { recursive: true });
    cpSync(join(ROOT, 'data', 'registry'), join(dir, 'data', 'registry'), { recursive: true });
    writeFileSync(
      join(dir, 'data', 'registry', 'tinh-thanh-2025.csv'),
      'ma_tinh,ten\n"15,Lào Cai\n',
    );
    return join(dir, 'dist', 'src', 'cli', 'main.js');
  }

  test('without --debug: INTERNAL_ERROR in Vietnamese, no stack, exit 3', () => {
    const r = spawnSync('node', [brokenInstall(), 'validate', '--data', SAMPLE_Q1], {
      encoding: 'utf8',
    });
    expect(r.status).toBe(3);
    expect(r.stderr).toContain('LỖI [INTERNAL_ERROR] Lỗi nội bộ của chương trình');
    expect(r.stderr).toContain('--debug');
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });

  test('with --debug: the same message, then the stack', () => {
    const r = spawnSync('node', [brokenInstall(), 'validate', '--data', SAMPLE_Q1, '--debug'], {
      encoding: 'utf8',
    });
    expect(r.status).toBe(3);
    expect(r.stderr).toContain('LỖI [INTERNAL_ERROR]');
    expect(r.stderr).toMatch(/^\s+at .*read-registry/m);
  });
});

describe('--province and --period say which dataset is expected', () => {
  test('validate --period 2026-Q2 on the Q1 sample: exit 1, the cell to look at', () => {
    const r = tthc('validate', '--data', SAMPLE_Q1, '--period', '2026-Q2');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      'LỖI [PERIOD_NOT_AS_ASKED] ThongTin.csv, dòng 3, cột "Kỳ báo cáo" (ky_bao_cao): Bộ dữ liệu là của kỳ Quý I năm 2026 nhưng lệnh yêu cầu kỳ Quý II năm 2026',
    );
  });

  test("build --province 12 on Lào Cai's data: exit 1, nothing written", () => {
    const out = tempFolder('tthc-out-');
    const r = tthc('build', '--data', SAMPLE_Q1, '--out', out, '--province', '12');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('PROVINCE_NOT_AS_ASKED');
    expect(readdirSync(out)).toEqual([]);
  });

  test('build --province "Lào Cai" --period 2026-Q1 on the sample: built', () => {
    const out = tempFolder('tthc-out-');
    const r = tthc(
      'build',
      '--data',
      SAMPLE_Q1,
      '--out',
      out,
      '--province',
      'Lào Cai',
      '--period',
      '2026-Q1',
    );
    expect(r.status).toBe(0);
    expect(existsSync(join(out, PACKAGE, 'bao-cao.docx'))).toBe(true);
  }, 60_000);
});
