import { FIGURES, type FigureGroup, type FigureRow, type ProseLabel } from '../catalogue';
import { looseKey } from '../domain/spelling-key';
import { formatPeriodTitle } from '../format';
import type { TextBlock } from './draft';
import { figures } from './figure-cache';
import type { Figure } from './figures';
import { periodOf, PERIOD_TITLE } from './period-titles';

/** One way a figure of the catalogue is named in prose. */
export interface Label {
  readonly row: FigureRow;
  readonly prose: ProseLabel;
}

/** Every prose label of the catalogue, in its order: the first that fits a figure wins. */
export const LABELS: readonly Label[] = FIGURES.flatMap((row) =>
  (row.prose ?? []).map((prose) => ({ row, prose })),
);

/** The group a paragraph of section 6 speaks of, from its opening words. */
export function groupOf(text: string): FigureGroup {
  if (/^[\s\-+*]*Các sở, ban, ngành/iu.test(text)) return 'agencies';
  if (/^[\s\-+*]*(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân) các xã/iu.test(text)) return 'communes';
  return 'province';
}

/** Opens a paragraph that carries on the one before: "Trong đó: …", "Gồm …". */
const CARRIES_ON = /^[\s\-+*]*(?:Trong đó|Bao gồm|Gồm)(?![\p{L}])/iu;

/**
 * The group each of a run of paragraphs speaks of (`groupOf`), where a paragraph opening
 * "Trong đó: …" carries on the one before it: "- Các sở, ban, ngành …: 53.225 hồ sơ." then
 * "Trong đó: số hồ sơ đã giải quyết: 48.193 hồ sơ …" speaks of the agencies, not the province.
 */
export function groupsOf(blocks: readonly TextBlock[]): FigureGroup[] {
  const groups: FigureGroup[] = [];
  blocks.forEach((b, i) => {
    const before = blocks[i - 1];
    const carries = before?.place === b.place && before.inTable === b.inTable;
    groups.push(carries && CARRIES_ON.test(b.text) ? groups[i - 1]! : groupOf(b.text));
  });
  return groups;
}

/** The compared forms (looseKey) of the texts around one figure, each made once when first asked. */
interface Keys {
  readonly before: () => string;
  readonly after: () => string;
  readonly sentence: () => string;
  readonly unit: () => string;
}

const once = (make: () => string): (() => string) => {
  let made: string | undefined;
  return () => (made ??= make());
};

/** looseKey of the catalogue's words (a label's, a unit's): few, and asked for every figure. */
const catalogueKeys = new Map<string, string>();
const catalogueKey = (words: string): string => {
  let key = catalogueKeys.get(words);
  if (key === undefined) catalogueKeys.set(words, (key = looseKey(words)));
  return key;
};

function fits(
  label: Label,
  f: Figure,
  keys: Keys,
  province: string,
  group: FigureGroup,
  parent: Label | null,
): boolean {
  const { row, prose } = label;
  if (!prose.anyGroup && row.group !== undefined && row.group !== group) return false;
  // A rate is recognised only as a percentage ("100% PAKN đã xử lý được công khai"), a count
  // only with its noun: "100 PAKN" is no rate, "90%" no count.
  if (f.percent !== (row.format === 'percent')) return false;
  if (!f.percent && catalogueKey(row.unit) !== keys.unit()) return false;
  if (Boolean(prose.fraction) !== (f.over !== null)) return false;
  if (prose.within !== undefined && prose.within !== parent?.row.id) return false;
  const has = (where: () => string, words: string | undefined) =>
    words === undefined || where().includes(catalogueKey(words.replace('{tinh}', province)));
  return (
    has(keys.before, prose.before) &&
    has(keys.after, prose.after) &&
    has(keys.sentence, prose.sentence)
  );
}

// One unit named before a figure: "Sở Tư pháp", "xã Tằng Loỏng", "UBND phường Cam Đường".
// "các sở, ban, ngành" and "UBND các xã, phường" name groups, not a unit.
const NAMED_UNIT = /(?<![\p{L}])(?:Sở|[Xx]ã|[Pp]hường|[Đđ]ặc khu)\s+\p{Lu}/gu;

/** "cùng kỳ" (the same period of last year): figures after it are not this period's. */
const OTHER_PERIOD = /cùng kỳ/giu;

/** Where the first match of `pattern` (global) in `text` ends, or Infinity. */
function firstEnd(
  pattern: RegExp,
  text: string,
  accept: (m: RegExpExecArray) => boolean = () => true,
) {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (accept(m)) return m.index + m[0].length;
    if (m[0] === '') pattern.lastIndex++;
  }
  return Infinity;
}

/**
 * What a sentence says before each of its figures, read once per sentence so that a sentence
 * of many figures stays linear: a figure is a unit's when the name of one unit ends before it,
 * of another period when the name of one (or "cùng kỳ") ends before it.
 */
interface SentenceFacts {
  readonly key: () => string;
  /** Offsets in the block. */
  readonly unitEnd: number;
  readonly otherPeriodEnd: number;
}

function sentenceFacts(
  text: string,
  start: number,
  end: number,
  period: string | undefined,
): SentenceFacts {
  const sentence = text.slice(start, end);
  const titles = new RegExp(PERIOD_TITLE.source, 'giu');
  const other = Math.min(
    firstEnd(OTHER_PERIOD, sentence),
    period === undefined
      ? Infinity
      : firstEnd(titles, sentence, (m) => formatPeriodTitle(periodOf(m)) !== period),
  );
  return {
    key: once(() => looseKey(sentence)),
    unitEnd: start + firstEnd(NAMED_UNIT, sentence),
    otherPeriodEnd: start + other,
  };
}

/**
 * The label each figure of a block fits (null when none), parents first. A figure after the
 * name of one unit in its sentence ("Riêng Sở Tư pháp đã tiếp nhận 1.520 hồ sơ") is that unit's,
 * not the province's, and fits only a label that says whose it is (`sentence`); a figure after
 * the name of another period than the data's (`period`, "Quý I năm 2026") fits none. In section
 * 6, a paragraph opening "Các sở, ban, ngành…" or "UBND các xã, phường…" speaks of that group
 * (`group`: given by `groupsOf` when the paragraph carries on another).
 */
export function labelsOf(
  block: TextBlock,
  province: string,
  period?: string,
  group: FigureGroup = groupOf(block.text),
): (Label | null)[] {
  const all = figures(block);
  const labels: (Label | null)[] = [];
  const sentences = new Map<number, SentenceFacts>();
  for (const f of all) {
    const parent = f.parent === null ? null : (labels[f.parent] ?? null);
    let facts = sentences.get(f.sentenceStart);
    if (!facts)
      sentences.set(
        f.sentenceStart,
        (facts = sentenceFacts(block.text, f.sentenceStart, f.sentenceEnd, period)),
      );
    const ofUnit = facts.unitEnd <= f.start;
    const keys: Keys = {
      before: once(() => looseKey(f.before)),
      after: once(() => looseKey(f.after)),
      sentence: facts.key,
      unit: once(() => looseKey(f.unit ?? '')),
    };
    const label =
      f.style === 'vi' && facts.otherPeriodEnd > f.start
        ? LABELS.find(
            (l) =>
              (!ofUnit || l.prose.sentence !== undefined) &&
              fits(l, f, keys, province, group, parent),
          )
        : undefined;
    labels.push(label ?? null);
  }
  return labels;
}
