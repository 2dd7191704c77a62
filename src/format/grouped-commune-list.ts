import { joinVietnamese } from './join-vietnamese';
import { COMMUNE_KIND_WORDS, type CommuneKind } from './unit-name';

/** One commune-level unit with its caller-formatted text (name plus any detail). */
export interface CommuneListItem {
  readonly kind: CommuneKind;
  readonly text: string;
}

export interface GroupedCommuneListOptions {
  /** Between items; "; " by default because items often contain commas themselves. */
  readonly separator?: string;
}

// Official documents list kinds in this order regardless of the items' order.
const KIND_ORDER: readonly CommuneKind[] = ['xa', 'phuong', 'dac_khu'];

/**
 * Lists commune-level units under one "UBND các …:" heading naming the kinds
 * present. A single item reads "UBND xã …" because "các" marks a plural.
 * Throws RangeError for an empty list, which has no sensible wording.
 *
 * @example
 * groupedCommuneList([
 *   { kind: 'xa', text: 'Ngũ Chỉ Sơn (xếp thứ 90)' },
 *   { kind: 'phuong', text: 'Cam Đường (xếp thứ 91)' },
 * ]) //=> 'UBND các xã, phường: Ngũ Chỉ Sơn (xếp thứ 90); Cam Đường (xếp thứ 91)'
 */
export function groupedCommuneList(
  items: readonly CommuneListItem[],
  options: GroupedCommuneListOptions = {},
): string {
  const [first, ...rest] = items;
  if (first === undefined) throw new RangeError('Cannot word an empty list of communes');
  if (rest.length === 0) return `UBND ${COMMUNE_KIND_WORDS[first.kind]} ${first.text.trim()}`;
  const kinds = KIND_ORDER.filter((kind) => items.some((item) => item.kind === kind));
  const heading = kinds.map((kind) => COMMUNE_KIND_WORDS[kind]).join(', ');
  const list = joinVietnamese(
    items.map((item) => item.text),
    options.separator ?? '; ',
  );
  return `UBND các ${heading}: ${list}`;
}
