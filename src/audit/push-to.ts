/**
 * Adds a value to the list a map keeps under `key`, in place: collecting n items costs n steps,
 * where copying the list on every insert costs n² on a long draft.
 * @example pushTo(byYear, '2025', citation)
 */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
