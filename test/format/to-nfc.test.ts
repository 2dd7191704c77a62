import { toNfc } from '../../src/format';

describe('toNfc', () => {
  it('composes decomposed Vietnamese letters', () => {
    const decomposed = 'Tằng Loỏng'.normalize('NFD');
    expect(decomposed).not.toBe('Tằng Loỏng');
    expect(toNfc(decomposed)).toBe('Tằng Loỏng');
    expect(toNfc(decomposed)).toHaveLength('Tằng Loỏng'.length);
  });

  it('leaves NFC text unchanged', () => {
    expect(toNfc('Quý I năm 2026')).toBe('Quý I năm 2026');
  });
});
