import { FIGURES, type FigureGroup, type FigureRow, type ProseLabel } from '../catalogue';
import { looseKey } from '../domain/spelling-key';
import { formatPeriodTitle } from '../format';
import type { TextBlock } from './draft';
import { figures } from './figure-cache';
import type { Figure } from './figures';
import { periodsIn } from './period-titles';

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

function fits(
  label: Label,
  f: Figure,
  sentence: string,
  province: string,
  group: FigureGroup,
  parent: Label | null,
): boolean {
  const { row, prose } = label;
  if (!prose.anyGroup && row.group !== undefined && row.group !== group) return false;
  // A rate is recognised only as a percentage ("100% PAKN đã xử lý được công khai"), a count
  // only with its noun: "100 PAKN" is no rate, "90%" no count.
  if (f.percent !== (row.format === 'percent')) return false;
  if (!f.percent && looseKey(row.unit) !== looseKey(f.unit ?? '')) return false;
  if (Boolean(prose.fraction) !== (f.over !== null)) return false;
  if (prose.within !== undefined && prose.within !== parent?.row.id) return false;
  const has = (where: string, words: string | undefined) =>
    words === undefined || looseKey(where).includes(looseKey(words.replace('{tinh}', province)));
  return has(f.before, prose.before) && has(f.after, prose.after) && has(sentence, prose.sentence);
}

// One unit named before a figure: "Sở Tư pháp", "xã Tằng Loỏng", "UBND phường Cam Đường".
// "các sở, ban, ngành" and "UBND các xã, phường" name groups, not a unit.
const NAMED_UNIT = /(?<![\p{L}])(?:Sở|[Xx]ã|[Pp]hường|[Đđ]ặc khu)\s+\p{Lu}/u;

/** Whether words speak of another period than `period`: "6 tháng đầu năm 2025", "cùng kỳ". */
const otherPeriod = (words: string, period: string | undefined) =>
  /cùng kỳ/iu.test(words) ||
  (period !== undefined && periodsIn(words).some((p) => formatPeriodTitle(p) !== period));

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
  for (const f of all) {
    const parent = f.parent === null ? null : (labels[f.parent] ?? null);
    const sentence = block.text.slice(f.sentenceStart, f.sentenceEnd);
    const before = block.text.slice(f.sentenceStart, f.start);
    const ofUnit = NAMED_UNIT.test(before);
    const label =
      f.style === 'vi' && !otherPeriod(before, period)
        ? LABELS.find(
            (l) =>
              (!ofUnit || l.prose.sentence !== undefined) &&
              fits(l, f, sentence, province, group, parent),
          )
        : undefined;
    labels.push(label ?? null);
  }
  return labels;
}
