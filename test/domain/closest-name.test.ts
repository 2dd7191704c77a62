import { closestName } from '../../src/domain/closest-name';

test('a misspelt name finds its official spelling; diacritics-only differences come first', () => {
  expect(closestName('Xã Tằng Lỏong', ['Xã Gia Phú', 'Xã Tằng Loỏng'])).toBe('Xã Tằng Loỏng');
  expect(closestName('Sở Tư phap', ['Sở Tư pháp', 'Sở Tư phán'])).toBe('Sở Tư pháp');
});

test('nothing is suggested for a name far from every candidate', () => {
  expect(closestName('Xã Gia Phú', ['Phường Cam Đường'])).toBeUndefined();
});

test('a long text is not taken for a short name: a distance of 100 or more stays far', () => {
  // The title of the compliance annex was once read as the Quốc hiệu: its distance (above 100)
  // wrapped around a score kept modulo 100.
  const title =
    'KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TRÊN MÔI TRƯỜNG ĐIỆN TỬ ' +
    'CỦA CÁC CƠ QUAN, ĐỊA PHƯƠNG TỈNH LÀO CAI';
  expect(closestName(title, ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'])).toBeUndefined();
});
