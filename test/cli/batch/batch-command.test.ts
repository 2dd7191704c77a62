import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../../src/tools/project-root';
import { SAMPLE_H1, SAMPLE_Q1 } from '../../helpers/load-sample';
import { removeTempFolders, setCell, tempFolder } from '../../helpers/sample-copy';

// Runs the compiled CLI as a user would (npm test builds it first). Its stderr is a pipe here,
// not a terminal, so progress must come as plain lines.
const MAIN = join(projectRoot(), 'dist', 'src', 'cli', 'main.js');
const tthc = (...args: string[]) => spawnSync('node', [MAIN, ...args], { encoding: 'utf8' });

afterAll(removeTempFolders);

/** A root with the two good samples and a copy of Lai Châu with a word in a number cell. */
function rootWithOneBad(): string {
  const root = tempFolder('tthc-batch-root-');
  cpSync(SAMPLE_Q1, join(root, 'lao-cai'), { recursive: true });
  cpSync(SAMPLE_H1, join(root, 'lai-chau'), { recursive: true });
  cpSync(SAMPLE_H1, join(root, 'hong'), { recursive: true });
  setCell(join(root, 'hong'), 'HoSo.csv', 3, 'tiep_nhan_truc_tuyen', 'mười');
  return root;
}

describe('tthc batch on two good datasets and one bad', () => {
  const root = rootWithOneBad();
  const out = tempFolder('tthc-batch-out-');
  const r = tthc('batch', '--root', root, '--out', out, '--jobs', '2');

  test('exit 1, both good packages written whole, nothing for the bad one', () => {
    expect(r.status).toBe(1);
    expect(readdirSync(out).sort()).toEqual(['lai-chau-2026-h1', 'lao-cai-2026-q1']);
    const q1 = JSON.parse(readFileSync(join(out, 'lao-cai-2026-q1', 'model.json'), 'utf8'));
    expect(q1.dossiers.province.received).toBe(176319);
    const h1 = JSON.parse(readFileSync(join(out, 'lai-chau-2026-h1', 'model.json'), 'utf8'));
    expect(h1.dossiers.province.received).toBe(19605);
    for (const name of ['bao-cao.docx', 'phu-luc-bieu-mau.docx', 'bieu-mau.xlsx'])
      expect(existsSync(join(out, 'lai-chau-2026-h1', name))).toBe(true);
  });

  test('the summary names the bad dataset and quotes its error with file, row and column', () => {
    expect(r.stderr).toContain(`LỖI [BATCH_DATASET_FAILED] ${join(root, 'hong')}:`);
    expect(r.stderr).toContain('LỖI [NOT_A_NUMBER] HoSo.csv, dòng 3, cột tiep_nhan_truc_tuyen');
    expect(r.stderr).toContain('Tổng cộng: 1 lỗi, 1 cảnh báo.');
    // Lai Châu lists 6 of its 38 communes: built, with its warning passed on.
    expect(r.stderr).toContain(`CẢNH BÁO [BATCH_DATASET_WARNINGS] ${join(root, 'lai-chau')}:`);
    expect(r.stdout).toContain(`Đã lập 2/3 bộ văn bản vào "${out}"`);
  });

  test('not on a terminal, progress is one plain line per dataset', () => {
    expect(r.stderr).not.toContain('\r');
    expect(r.stderr).not.toContain('\x1b');
    const lines = r.stderr.split('\n').filter((l) => /^\[\d\/3\]/.test(l));
    expect(lines.map((l) => l.slice(0, 5)).sort()).toEqual(['[1/3]', '[2/3]', '[3/3]']);
    expect(lines.filter((l) => l.includes('LỖI: hong (mã thoát 1'))).toHaveLength(1);
    expect(lines.filter((l) => /Xong: lai-chau \(\d+,\d giây, 1 cảnh báo\)$/.test(l))).toHaveLength(
      1,
    );
    expect(lines.filter((l) => /Xong: lao-cai \(\d+,\d giây\)$/.test(l))).toHaveLength(1);
  });
});

test('a package already there is kept without --force, and with it while it holds a file not its own', () => {
  const root = tempFolder('tthc-batch-root-');
  cpSync(SAMPLE_H1, join(root, 'lai-chau'), { recursive: true });
  const out = tempFolder('tthc-batch-out-');
  mkdirSync(join(out, 'lai-chau-2026-h1'));
  cpSync(join(SAMPLE_H1, 'ThongTin.csv'), join(out, 'lai-chau-2026-h1', 'cu.csv'));
  const kept = tthc('batch', '--root', root, '--out', out);
  expect(kept.status).toBe(1);
  expect(kept.stderr).toContain('(mã thoát 2)');
  expect(kept.stderr).toContain('--force');
  expect(readdirSync(join(out, 'lai-chau-2026-h1'))).toEqual(['cu.csv']);
  // --force replaces only what tthc wrote (issue 20): cu.csv is the official's.
  const refused = tthc('batch', '--root', root, '--out', out, '--force', '-j', '1');
  expect(refused.status).toBe(1);
  expect(refused.stderr).toContain('"cu.csv"');
  expect(readdirSync(join(out, 'lai-chau-2026-h1'))).toEqual(['cu.csv']);
  rmSync(join(out, 'lai-chau-2026-h1', 'cu.csv'));
  expect(tthc('batch', '--root', root, '--out', out, '-j', '1').status).toBe(0);
  const forced = tthc('batch', '--root', root, '--out', out, '--force', '-j', '1');
  expect(forced.status).toBe(0);
  expect(existsSync(join(out, 'lai-chau-2026-h1', 'bao-cao.docx'))).toBe(true);
});

test('a missing root, an empty root and a bad --jobs are reported', () => {
  const empty = tempFolder('tthc-batch-empty-');
  const missing = tthc('batch', '--root', join(empty, 'khong-co'), '--out', empty);
  expect(missing.status).toBe(1);
  expect(missing.stderr).toContain('[BATCH_ROOT_NOT_FOUND]');
  const none = tthc('batch', '--root', empty, '--out', empty);
  expect(none.status).toBe(1);
  expect(none.stderr).toContain('[BATCH_ROOT_EMPTY]');
  const jobs = tthc('batch', '--root', empty, '--jobs', '0');
  expect(jobs.status).toBe(2);
  expect(jobs.stderr).toContain('--jobs phải là số nguyên dương');
});

test('Ctrl+C while both workers hold a complete package: nothing written, no temporary folder', async () => {
  const root = tempFolder('tthc-batch-root-');
  cpSync(SAMPLE_Q1, join(root, 'lao-cai'), { recursive: true });
  cpSync(SAMPLE_H1, join(root, 'lai-chau'), { recursive: true });
  const out = tempFolder('tthc-batch-out-');
  // Its own process group, as a terminal makes one: Ctrl+C reaches the batch and its workers.
  const child = spawn('node', [MAIN, 'batch', '--root', root, '--out', out, '--jobs', '2'], {
    detached: true,
    stdio: 'ignore',
    env: { ...process.env, TTHC_TEST_HOLD_BEFORE_COMMIT: '60000' },
  });
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  const held = () => readdirSync(out).filter((f) => f.includes('.tmp-')).length === 2;
  for (let waited = 0; !held() && waited < 60_000; waited += 100)
    await new Promise((r) => setTimeout(r, 100));
  expect(held()).toBe(true);
  process.kill(-child.pid!, 'SIGINT');
  expect(await exited).toBe(130);
  // The workers stop too (a busy one at the end of its current step) and take their temporary
  // folders with them.
  for (let waited = 0; readdirSync(out).length > 0 && waited < 20_000; waited += 100)
    await new Promise((r) => setTimeout(r, 100));
  expect(readdirSync(out)).toEqual([]);
}, 90_000);
