import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TargetTaken, writeFolderAtomically } from '../../src/render/write-folder';

const temp = () => mkdtempSync(join(tmpdir(), 'tthc-wf-'));

/** A fill that writes one file, then waits for `gate` before the folder is moved into place. */
const fill =
  (text: string, gate: Promise<void> = Promise.resolve()) =>
  async (dir: string) => {
    writeFileSync(join(dir, 'bao-cao.txt'), text);
    await gate;
  };

test('two runs of the same package without --force: the later one does not replace the first', async () => {
  const target = join(temp(), 'lao-cai-2026-q1');
  let open!: () => void;
  const gate = new Promise<void>((done) => (open = done));
  const slow = writeFolderAtomically(target, fill('chậm', gate));
  await writeFolderAtomically(target, fill('nhanh'));
  open();
  await expect(slow).rejects.toBeInstanceOf(TargetTaken);
  expect(readFileSync(join(target, 'bao-cao.txt'), 'utf8')).toBe('nhanh');
  expect(readdirSync(join(target, '..'))).toEqual(['lao-cai-2026-q1']);
});

test('with --force the later one replaces the files of the same name', async () => {
  const target = join(temp(), 'lao-cai-2026-q1');
  await writeFolderAtomically(target, fill('cũ'));
  await writeFolderAtomically(target, fill('mới'), true);
  expect(readFileSync(join(target, 'bao-cao.txt'), 'utf8')).toBe('mới');
});

test('a failed run removes the folders it made only while they are empty', async () => {
  // The failing run makes out/; another run puts its finished package there meanwhile.
  const out = join(temp(), 'ket-qua');
  let open!: () => void;
  const gate = new Promise<void>((done) => (open = done));
  const failing = writeFolderAtomically(join(out, 'ha-noi-2026-q1'), async (dir) => {
    await fill('dở', gate)(dir);
    throw new Error('verification failed');
  });
  await writeFolderAtomically(join(out, 'lao-cai-2026-q1'), fill('xong'));
  open();
  await expect(failing).rejects.toThrow('verification failed');
  expect(readdirSync(out)).toEqual(['lao-cai-2026-q1']);
  expect(readFileSync(join(out, 'lao-cai-2026-q1', 'bao-cao.txt'), 'utf8')).toBe('xong');

  // Alone, a failed run leaves no trace of the folders it made.
  const alone = join(temp(), 'a', 'b');
  await expect(
    writeFolderAtomically(join(alone, 'x'), () => Promise.reject(new Error('no'))),
  ).rejects.toThrow('no');
  expect(existsSync(join(alone, '..'))).toBe(false);
});
