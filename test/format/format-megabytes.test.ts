import { formatMegabytes } from '../../src/format';

const MB = 1024 * 1024;

describe('formatMegabytes', () => {
  it.each([
    [201 * MB, '201 MB'],
    [200 * MB, '200 MB'],
    // one byte over the limit must not read as the limit itself
    [200 * MB + 1, '201 MB'],
    // a small file: no leading zero, unlike a count ("05 thủ tục")
    [5 * MB, '5 MB'],
    [5_000, '1 MB'],
    [1500 * MB, '1.500 MB'],
  ])('formatMegabytes(%p) is %p', (bytes, expected) => {
    expect(formatMegabytes(bytes)).toBe(expected);
  });
});
