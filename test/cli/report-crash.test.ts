import { reportCrash } from '../../src/cli/report-crash';

/** What reportCrash prints for an error, and the exit code it gives. */
function reported(err: unknown): { lines: string[]; exit: number } {
  const lines: string[] = [];
  const exit = reportCrash(err, false, (l) => void lines.push(l));
  return { lines, exit };
}

test('a full disk on a write that names no file: no empty quotes (issue 20)', () => {
  const err = Object.assign(new Error('ENOSPC: no space left on device, write'), {
    code: 'ENOSPC',
    syscall: 'write',
  });
  const r = reported(err);
  expect(r.exit).toBe(1);
  expect(r.lines[0]).toBe(
    'LỖI [FILE_SYSTEM_ERROR] Lỗi khi ghi tệp: ổ đĩa đã đầy (ENOSPC). Thư mục kết quả được giữ nguyên.',
  );
});

test('a file-system error that names its file quotes it', () => {
  const err = Object.assign(new Error('EACCES'), {
    code: 'EACCES',
    syscall: 'open',
    path: '/ket-qua/bao-cao.docx',
  });
  expect(reported(err).lines[0]).toContain(
    'Lỗi khi mở tệp "/ket-qua/bao-cao.docx": không có quyền',
  );
});
