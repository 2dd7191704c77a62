import { shortUnitName } from '../../src/format';

test('agencies lose "Sở" and nothing else', () => {
  expect(shortUnitName('agency', 'Sở Nông nghiệp và Môi trường')).toBe('Nông nghiệp và Môi trường');
  expect(shortUnitName('agency', 'Công an tỉnh')).toBe('Công an tỉnh');
  expect(shortUnitName('agency', 'Ban Quản lý Khu kinh tế')).toBe('Ban Quản lý Khu kinh tế');
  // "Sở" only as a whole first word.
  expect(shortUnitName('agency', 'Sởi Test')).toBe('Sởi Test');
});

test('communes lose their kind word, in NFC whatever the input', () => {
  expect(shortUnitName('xa', 'Xã Lục Yên')).toBe('Lục Yên');
  expect(shortUnitName('phuong', 'Phường Cầu Thia'.normalize('NFD'))).toBe('Cầu Thia');
  expect(shortUnitName('xa', 'Tằng Loỏng')).toBe('Tằng Loỏng');
});
