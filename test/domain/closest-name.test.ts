import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { asciiKey, closestName, editDistance, nameKey } from '../../src/domain/closest-name';
import { projectRoot } from '../../src/tools/project-root';

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

/** The edit distance as a textbook writes it, a whole table of lists: what the rows replace. */
function textbookDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      d[i]![j] = Math.min(
        d[i - 1]![j]! + 1,
        d[i]![j - 1]! + 1,
        d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
  return d[a.length]![b.length]!;
}

/** Names of the registry, each with a typo made by a fixed sequence: a letter dropped, doubled or swapped. */
function variants(): [string, string][] {
  const text = readFileSync(
    join(projectRoot(), 'data', 'registry', 'don-vi-hanh-chinh-cap-xa-2025.csv'),
    'utf8',
  );
  const names = text
    .split('\n')
    .slice(1, 400)
    .map((l) => l.split(',')[1] ?? '')
    .filter((n) => n !== '');
  let seed = 7;
  const next = (n: number) => ((seed = (seed * 48271) % 2147483647), seed % n);
  return names.map((n, i) => {
    const at = next(n.length);
    const typo =
      i % 3 === 0
        ? n.slice(0, at) + n.slice(at + 1)
        : i % 3 === 1
          ? n.slice(0, at) + n[at] + n.slice(at)
          : n.slice(0, at) + n.slice(at + 1, at + 2) + n[at] + n.slice(at + 2);
    return [typo, n];
  });
}

test('edit distances are the textbook ones, on names with typos and on long texts', () => {
  const pairs = variants();
  for (let i = 0; i < 200; i++) {
    // Each typo against its own name and against another one.
    const [typo, own] = pairs[i]!;
    const other = pairs[(i * 11 + 5) % pairs.length]![1];
    for (const name of [own, other]) {
      expect(editDistance(typo, name)).toBe(textbookDistance(typo, name));
      expect(editDistance(name, typo)).toBe(textbookDistance(name, typo));
    }
  }
  const long = 'Ủy ban nhân dân tỉnh Lào Cai báo cáo kết quả công tác kiểm soát thủ tục hành chính';
  expect(editDistance(long, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toBe(
    textbookDistance(long, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'),
  );
  expect([editDistance('', 'abc'), editDistance('abc', ''), editDistance('', '')]).toEqual([
    3, 3, 0,
  ]);
});

test('every misspelt name of 400 finds the name the whole comparison finds', () => {
  const pairs = variants();
  const all = [...new Set(pairs.map(([, other]) => other))];
  // The answer with every candidate's exact distance, as closestName gave it before it left out
  // candidates whose length alone puts them beyond the limit.
  const exact = (name: string) => {
    const key = nameKey(name);
    const scored = all.map((c) => ({
      c,
      same: asciiKey(c) === asciiKey(name),
      d: textbookDistance(key, nameKey(c)),
    }));
    let best = scored[0]!;
    for (const s of scored.slice(1))
      if ((s.same && !best.same) || (s.same === best.same && s.d < best.d)) best = s;
    return best.d <= Math.max(2, Math.floor(key.length / 3)) ? best.c : undefined;
  };
  const found = pairs.map(([typo]) => closestName(typo, all));
  expect(found).toEqual(pairs.map(([typo]) => exact(typo)));
  // Most typos are found again: the comparison is not vacuous.
  expect(found.filter((f) => f !== undefined).length).toBeGreaterThan(300);
});
