import { classify } from '../../src/compute/classification';
import { rankTrend, scoreTrend } from '../../src/compute/trend';

test.each([
  [93.44, 'xuất sắc'],
  [90, 'xuất sắc'],
  [89.99, 'tốt'],
  [82.16, 'tốt'],
  [75.04, 'khá'],
  [50, 'trung bình'],
  [49.99, 'yếu'],
  [0, 'yếu'],
])('%d is %s', (score, label) => expect(classify(score)).toBe(label));

test('bands are configurable', () => {
  const bands = [
    { label: 'đạt', min: 60 },
    { label: 'chưa đạt', min: 0 },
  ];
  expect(classify(82.16, bands)).toBe('đạt');
  expect(classify(59, bands)).toBe('chưa đạt');
});

test('a smaller rank number is an improvement; scores compare to the hundredth', () => {
  expect(rankTrend(15, 13)).toBe('down');
  expect(rankTrend(13, 15)).toBe('up');
  expect(rankTrend(4, 4)).toBe('same');
  expect(scoreTrend(82.16, 80.9)).toBe('up');
  expect(scoreTrend(80.9, 82.16)).toBe('down');
  expect(scoreTrend(82.16, 82.161)).toBe('same');
});
