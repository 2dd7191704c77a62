import { asciiKey, editDistance } from '../../domain/closest-name';
import { looseKey, tonePlacementKey } from '../../domain/spelling-key';
import { makeIssue, type Issue } from '../../issues/issue';
import type { AuditContext, Check } from '../context';
import { blocksOf, locate, type Draft, type TextBlock } from '../draft';

// A name of a place: capitalised words ("Tằng Loỏng", "Thượng Bằng La", "Cư M'gar").
const WORD = "\\p{Lu}[\\p{L}\\p{M}'’]*";
const NAME = new RegExp(`^${WORD}(?:\\s${WORD})*`, 'u');
// The longest form a name may take in the registry: "Hà Giang 1", "Văn Miếu - Quốc Tử Giám",
// "1 Bảo Lộc".
const FULL_NAME = new RegExp(
  `^(?:\\d\\s)?${WORD}(?:\\s(?:-\\s)?${WORD})*(?:\\s\\d(?![\\d\\p{L}]))?`,
  'u',
);
// "xã Lục Yên", "UBND phường Cam Đường", "đặc khu Bạch Long Vĩ".
const ONE = /(?<![\p{L}])(xã|phường|đặc khu|Xã|Phường|Đặc khu)\s(?=\p{Lu}|\d\s\p{Lu})/gu;
// "UBND các xã: A (xếp thứ 90); B …", "UBND các xã, phường: A, B, C".
const LIST = /(?<![\p{L}])các\s(?:xã|phường|đặc khu)(?:,\s(?:xã|phường|đặc khu))*\s?:\s/gu;
// What may follow a name in a list: separator, bracket, a count, the end.
const AFTER_NAME = /^(?:\s*[,;.…)(]|\s+\d|\s*$)/u;

interface Mention {
  /** The capitalised words ("Hà Giang")… */
  readonly name: string;
  /** …and with what may follow them in an official name ("Hà Giang 1"). */
  readonly full: string;
  readonly at: number;
  readonly kind: string;
}

/**
 * `compute` of a list of official names, worked out once per list. The checks run once per block
 * of the draft and the lists are the audit's own (AuditContext): working out the keys again for
 * each block was a third of the audit's time on the large drafts of test/audit.
 */
function oncePerList<T>(compute: (names: readonly string[]) => T) {
  const kept = new WeakMap<readonly string[], T>();
  return (names: readonly string[]): T => {
    if (!kept.has(names)) kept.set(names, compute(names));
    return kept.get(names)!;
  };
}

/** Each official name with its loose key. */
const keysOf = oncePerList((names) => new Map(names.map((n) => [n, looseKey(n)])));
const keyOf = (name: string, names: readonly string[]) => keysOf(names).get(name)!;
/** The official names by their loose key. */
const byKey = oncePerList((names) => new Map([...keysOf(names)].map(([n, key]) => [key, n])));
/** The agencies, longest name first (a name that starts another is tried after it). */
const longestFirst = oncePerList((names) => [...names].sort((a, b) => b.length - a.length));

function nameAt(text: string, at: number): { name: string; full: string } | null {
  const rest = text.slice(at);
  const full = FULL_NAME.exec(rest)?.[0];
  return full ? { name: NAME.exec(rest)?.[0] ?? full, full } : null;
}

function communeMentions(text: string): Mention[] {
  const found: Mention[] = [];
  for (const m of text.matchAll(ONE)) {
    const at = m.index + m[0].length;
    const named = nameAt(text, at);
    if (named) found.push({ ...named, at, kind: m[1]!.toLowerCase() });
  }
  for (const m of text.matchAll(LIST)) {
    let at = m.index + m[0].length;
    for (;;) {
      const named = nameAt(text, at);
      if (!named || !AFTER_NAME.test(text.slice(at + named.name.length))) break;
      found.push({ ...named, at, kind: 'xã, phường' });
      const next = /^[^,;]*?[,;]\s*/u.exec(text.slice(at + named.name.length));
      if (!next || /[.]/.test(next[0])) break;
      at += named.name.length + next[0].length;
    }
  }
  return found;
}

// Only a slip of a few letters (one per six, three at most) is a misspelling: "Sở Tài nguyên
// và Môi trường" is another (former) agency, not a misspelt "Sở Nông nghiệp và Môi trường".
const typos = (name: string) => Math.min(3, Math.max(1, Math.floor(name.length / 6)));

/**
 * The official name a name misspells: the one with the same letters but for diacritics ("Tằng
 * Lỏong" → "Tằng Loỏng"), else the nearest within a slip of a few letters.
 */
function slipOf(name: string, officials: readonly string[]): string | undefined {
  const same = officials.find((o) => asciiKey(o) === asciiKey(name));
  if (same) return same;
  let best: { official: string; d: number } | undefined;
  const key = looseKey(name);
  for (const official of officials) {
    const d = editDistance(key, keyOf(official, officials));
    if (d <= typos(official) && (!best || d < best.d)) best = { official, d };
  }
  return best?.official;
}

/**
 * A commune named in the text: the province's official name; else a commune of another
 * province, said as such (a warning: the text may well speak of it); else a slip of one of the
 * province's names (an error); else a name the registry does not know (a warning).
 */
function communes(draft: Draft, block: TextBlock, ctx: AuditContext): Issue[] {
  if (!ctx.province || ctx.communes.length === 0) return [];
  const official = byKey(ctx.communes);
  const issues: Issue[] = [];
  const seen = new Set<number>();
  const known = (name: string) =>
    official.has(looseKey(name)) || ctx.communesElsewhere.has(looseKey(name));
  for (const mention of communeMentions(block.text)) {
    const m = known(mention.full) ? { ...mention, name: mention.full } : mention;
    // "xã 3 Kế hoạch" names no commune; "phường 1 Bảo Lộc" does, and is known.
    if (seen.has(m.at) || official.has(looseKey(m.name)) || /^\d/u.test(m.name)) continue;
    seen.add(m.at);
    const at = locate(draft, block, m.at);
    const elsewhere = ctx.communesElsewhere.get(looseKey(m.name));
    const province = ctx.province.name;
    const suggestion = elsewhere ? undefined : slipOf(m.name, ctx.communes);
    issues.push(
      elsewhere
        ? makeIssue(
            'AUDIT_UNIT_OTHER_PROVINCE',
            { kind: m.kind, name: m.name, province, others: elsewhere.join(', ') },
            at,
          )
        : suggestion
          ? makeIssue('AUDIT_UNIT_MISSPELT', { name: m.name, official: suggestion }, at)
          : makeIssue('AUDIT_UNIT_UNKNOWN', { kind: m.kind, name: m.name, province }, at),
    );
  }
  return issues;
}

/** The official name the words at the start of `rest` misspell, if any: "Sở Tư phap …". */
function misspelt(
  rest: string,
  names: readonly string[],
): { said: string; official: string } | null {
  const words = rest.split(/\s+/);
  let best: { said: string; official: string; d: number } | null = null;
  for (const official of names) {
    const said = words
      .slice(0, official.split(/\s+/).length)
      .join(' ')
      .replace(/[,;:.()]+$/u, '');
    const d = editDistance(looseKey(said), keyOf(official, names));
    if (d <= typos(official) && (!best || d < best.d)) best = { said, official, d };
  }
  return best;
}

const CENTRAL_OR_SỞ = /(?<![\p{L}])(Sở|Bộ|Ngân hàng|Thanh tra|Văn phòng)\s(?=\p{Lu})/gu;

function agencies(draft: Draft, block: TextBlock, ctx: AuditContext): Issue[] {
  const names = longestFirst(ctx.agencies);
  const issues: Issue[] = [];
  // Provincial departments ("Sở …") and central bodies ("Bộ …", "Văn phòng Chính phủ", …);
  // only a department's name may be misspelt: "Bộ Chỉ số 766" is no ministry.
  for (const m of block.text.matchAll(CENTRAL_OR_SỞ)) {
    const rest = block.text.slice(m.index);
    const at = locate(draft, block, m.index);
    const prefix = names.find((n) => {
      const said = rest.slice(0, n.length);
      return looseKey(said) === keyOf(n, names) && !/^[\p{L}]/u.test(rest.slice(n.length));
    });
    if (prefix) {
      const said = rest.slice(0, prefix.length);
      if (tonePlacementKey(said) !== tonePlacementKey(prefix))
        issues.push(makeIssue('AUDIT_UNIT_CASE', { name: said, official: prefix }, at));
      continue;
    }
    const slip = m[1] === 'Sở' ? misspelt(rest, names) : null;
    if (slip)
      issues.push(
        makeIssue('AUDIT_UNIT_MISSPELT', { name: slip.said, official: slip.official }, at),
      );
  }
  return issues;
}

/**
 * Names of units against the registries: communes of the document's province (official 2025
 * names, data/registry/) named after "xã", "phường", "đặc khu" or in a list "UBND các xã,
 * phường: …"; provincial agencies "Sở …" (data/registry/so-nganh-2025.csv and, with --data,
 * the dataset's DonVi). A misspelt name gets the closest official one; an agency written with
 * other capitals gets the official capitals (Nghị định 30/2020, Phụ lục II); a commune of
 * another province is said to be one.
 */
export const unitNames: Check = (draft, ctx) =>
  blocksOf(draft).flatMap((b) => [...communes(draft, b, ctx), ...agencies(draft, b, ctx)]);
