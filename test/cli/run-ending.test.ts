// What the CLI's main thread prints when a run ends by a signal or by exhausting its memory
// (run-ending.ts, loaded only then). The signal path runs end to end in stop-on-signal.test.ts;
// memory cannot be exhausted in a test at the real limit (2 GB), so its message is checked here.
import { printInterrupted, printOutOfMemory } from '../../src/cli/run-ending';

function printed(run: () => unknown): { result: unknown; text: string } {
  const lines: string[] = [];
  const spy = jest
    .spyOn(console, 'error')
    .mockImplementation((...a) => void lines.push(a.join(' ')));
  try {
    return { result: run(), text: lines.join('\n') };
  } finally {
    spy.mockRestore();
  }
}

test('out of memory: OUT_OF_MEMORY in Vietnamese, nothing half-written, exit code 3', () => {
  const { result, text } = printed(printOutOfMemory);
  expect(result).toBe(3);
  expect(text).toMatch(/^LỖI \[OUT_OF_MEMORY\] Chương trình dùng hết bộ nhớ/);
  expect(text).toContain('không có tệp nào được ghi dở');
});

test('a stop: INTERRUPTED with the signal, the output folder as it was', () => {
  const { text } = printed(() => printInterrupted('SIGTERM'));
  expect(text).toMatch(/^LỖI \[INTERRUPTED\] Đã dừng theo yêu cầu \(SIGTERM\)/);
  expect(text).toContain('Thư mục kết quả được giữ nguyên');
});
