import { stripKindWord, unitMention } from '../../src/format';

describe('unitMention', () => {
  it.each([
    ['agency', 'Sở Tư pháp', 'Sở Tư pháp'],
    ['xa', 'Lục Yên', 'UBND xã Lục Yên'],
    ['phuong', 'Lào Cai', 'UBND phường Lào Cai'],
    ['dac_khu', 'Phú Quốc', 'UBND đặc khu Phú Quốc'],
  ] as const)('%p %p is %p', (kind, name, expected) => {
    expect(unitMention(kind, name)).toBe(expected);
  });

  it('returns NFC text even for decomposed input', () => {
    expect(unitMention('xa', 'Lục Yên'.normalize('NFD'))).toBe('UBND xã Lục Yên');
  });
});

describe('stripKindWord', () => {
  it.each([
    ['Xã Tằng Loỏng', 'Tằng Loỏng'],
    ['Phường Cam Đường', 'Cam Đường'],
    ['Đặc khu Côn Đảo', 'Côn Đảo'],
    ['xã Lục Yên', 'Lục Yên'],
    ['  Phường Lào Cai ', 'Lào Cai'],
    ['Sở Tư pháp', 'Sở Tư pháp'],
    ['Xuân Quang', 'Xuân Quang'],
    ['Phường', 'Phường'],
  ])('%p becomes %p', (official, expected) => {
    expect(stripKindWord(official)).toBe(expected);
  });

  it('handles decomposed (NFD) input', () => {
    expect(stripKindWord('Xã Tằng Loỏng'.normalize('NFD'))).toBe('Tằng Loỏng');
    expect(stripKindWord('Đặc khu Côn Đảo'.normalize('NFD'))).toBe('Côn Đảo');
  });
});
