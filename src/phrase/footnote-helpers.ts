import Handlebars from 'handlebars';
import type { FootnoteItem, SelectedList } from '../compute/footnotes/footnote-lists';
import { FOOTNOTE_HELPERS } from '../contract/footnote-rules';
import {
  formatCount,
  formatNumber,
  formatPercent,
  groupedCommuneList,
  joinVietnamese,
  shortUnitName,
  unitMention,
  type CommuneKind,
  type UnitKind,
} from '../format';

type Options = Handlebars.HelperOptions;
type Hb = typeof Handlebars;

const formatKind = (item: FootnoteItem): UnitKind =>
  item.kind === 'co_quan' ? 'agency' : item.kind;

function asNumber(value: unknown, helper: string): number {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  const got = value === null || value === undefined ? 'ô trống' : JSON.stringify(value);
  throw new Error(`"${helper}" cần một số, nhận được ${got}`);
}

function asItem(self: unknown, helper: string): FootnoteItem {
  if (typeof self === 'object' && self !== null && 'unitId' in self) return self as FootnoteItem;
  throw new Error(`"${helper}" chỉ dùng bên trong "list" hoặc "grouped"`);
}

function asList(value: unknown, helper: string): SelectedList {
  if (typeof value === 'object' && value !== null && Array.isArray((value as SelectedList).items))
    return value as SelectedList;
  throw new Error(`"${helper}" cần tên một danh sách của quy tắc`);
}

/** Each item through the block, with @index, @first and @last as in handlebars' each. */
function itemTexts(hb: Hb, list: SelectedList, options: Options): string[] {
  return list.items.map((item, index) => {
    const data = hb.createFrame(options.data) as Record<string, unknown>;
    Object.assign(data, { index, first: index === 0, last: index === list.items.length - 1 });
    return options.fn(item, { data });
  });
}

const separatorOf = (options: Options, fallback: string): string =>
  typeof options.hash.separator === 'string' ? options.hash.separator : fallback;

/**
 * A handlebars instance with the footnote helpers (see docs/footnote-rules.md). Numbers go
 * through src/format, so a footnote writes them as every other part of the documents does.
 */
export function footnoteHandlebars(): Hb {
  const hb = Handlebars.create();
  const helpers: Record<(typeof FOOTNOTE_HELPERS)[number], Handlebars.HelperDelegate> = {
    number: (value: unknown, options: Options) =>
      formatNumber(asNumber(value, 'number'), {
        decimals: options.hash.decimals === undefined ? undefined : Number(options.hash.decimals),
      }),
    count: (value: unknown) => formatCount(asNumber(value, 'count')),
    percent: (value: unknown) => formatPercent(asNumber(value, 'percent')),
    unit(this: unknown, options: Options) {
      const item = asItem(this, 'unit');
      const kind = formatKind(item);
      return options.hash.kind === false
        ? shortUnitName(kind, item.displayName)
        : unitMention(kind, item.displayName);
    },
    qualifier(this: unknown) {
      const item = asItem(this, 'qualifier');
      return item.qualifier === null ? '' : ` (${item.qualifier})`;
    },
    list(this: unknown, value: unknown, options: Options) {
      const list = asList(value, 'list');
      if (list.items.length === 0) return options.inverse(this);
      const text = joinVietnamese(itemTexts(hb, list, options), separatorOf(options, ', '));
      return text + (list.cut ? list.more : '');
    },
    grouped(this: unknown, value: unknown, options: Options) {
      const list = asList(value, 'grouped');
      if (list.items.length === 0) return options.inverse(this);
      if (list.group === 'both') throw new Error('"grouped" cần danh sách một nhóm');
      const texts = itemTexts(hb, list, options);
      const separator = separatorOf(options, '; ');
      const heading =
        typeof options.hash.heading === 'string'
          ? options.hash.heading
          : list.group === 'so_nganh'
            ? 'Các sở, ban, ngành'
            : null;
      const text =
        heading !== null
          ? `${heading}: ${joinVietnamese(texts, separator)}`
          : groupedCommuneList(
              list.items.map((item, i) => ({
                kind: item.kind as CommuneKind,
                text: texts[i] ?? '',
              })),
              { separator },
            );
      return text + (list.cut ? list.more : '');
    },
    join(this: unknown, options: Options) {
      const parts: string[] = [];
      const data = hb.createFrame(options.data) as Record<string, unknown>;
      data.parts = parts;
      options.fn(this, { data });
      return joinVietnamese(
        parts.map((p) => p.replace(/\s+/g, ' ')),
        separatorOf(options, '; '),
      );
    },
    part(this: unknown, ...args: unknown[]) {
      const options = args[args.length - 1] as Options;
      if (args.length > 1 && asList(args[0], 'part').items.length === 0) return '';
      const parts = (options.data as { parts?: unknown } | undefined)?.parts;
      if (!Array.isArray(parts)) throw new Error('"part" chỉ dùng bên trong "join"');
      parts.push(options.fn(this));
      return '';
    },
  };
  for (const [name, helper] of Object.entries(helpers)) hb.registerHelper(name, helper);
  return hb;
}
