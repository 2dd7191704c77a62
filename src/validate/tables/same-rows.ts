import { cellText } from '../../domain/cell-text';
import type { RawTable } from '../../domain/raw-table';

/**
 * A fingerprint of a source's headers and rows, as written: every text with its length, so that
 * no two different tables give the same key (kept whole, not hashed: the sources are in memory).
 */
function fingerprint(raw: RawTable): string {
  const parts: string[] = [];
  const add = (text: string) => parts.push(`${text.length}:${text}`);
  for (const h of raw.headers) add(h.text);
  parts.push('|');
  for (const row of raw.rows) {
    for (const c of row.cells) add(`${typeof c}:${cellText(c)}`);
    parts.push('/');
  }
  return parts.join('');
}

/**
 * Sources of one table with the same headers and rows as an earlier one: a renamed copy of the
 * same file ("HoSo-cu.csv" beside "HoSo.csv"), whose rows would be summed twice. Each is paired
 * with the source it repeats. Sources without rows are never copies of anything.
 */
export function repeatedSources(sources: readonly RawTable[]): [RawTable, RawTable][] {
  if (sources.length < 2) return [];
  const seen = new Map<string, RawTable>();
  const repeats: [RawTable, RawTable][] = [];
  for (const s of sources) {
    if (s.rows.length === 0) continue;
    const key = fingerprint(s);
    const first = seen.get(key);
    if (first) repeats.push([s, first]);
    else seen.set(key, s);
  }
  return repeats;
}
