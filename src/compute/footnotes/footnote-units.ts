import type { Targets } from '../../contract/targets';
import type { UnitGroup, UnitKind } from '../../domain/dataset';
import { computeCompliance, type UnitCompliance } from '../compliance';
import type { Index766Model, RankedUnit } from '../index-766';
import type { UnitIndicators } from '../indicators';

/** What footnotes are computed from: the index-766 standing and the per-unit indicators. */
export interface FootnoteSource {
  readonly index766: Index766Model | null;
  readonly indicators: readonly UnitIndicators[];
}

/** One unit with every figure a rule can select on. */
export interface FootnoteUnit {
  readonly unitId: string;
  readonly name: string;
  readonly displayName: string;
  readonly kind: UnitKind;
  readonly group: UnitGroup;
  /** Place in the DonVi table. */
  readonly unitOrder: number;
  readonly ranking: RankedUnit | null;
  readonly indicators: UnitIndicators | null;
  readonly compliance: UnitCompliance | null;
}

/** Joins the ranking and the indicators of each unit, in DonVi order. */
export function footnoteUnits(source: FootnoteSource, targets: Targets): FootnoteUnit[] {
  const groups = source.index766?.groups;
  const ranked = groups ? (['so_nganh', 'xa_phuong'] as const).flatMap((g) => groups[g]) : [];
  const rankingOf = new Map(ranked.map((r) => [r.unitId, r]));
  const complianceOf = new Map(
    computeCompliance(source.indicators, targets).map((c) => [c.unitId, c]),
  );
  const units = new Map<string, FootnoteUnit>();
  for (const u of source.indicators)
    units.set(u.unitId, {
      unitId: u.unitId,
      name: u.name,
      displayName: u.displayName,
      kind: u.kind,
      group: u.group,
      unitOrder: u.unitOrder,
      ranking: rankingOf.get(u.unitId) ?? null,
      indicators: u,
      compliance: complianceOf.get(u.unitId) ?? null,
    });
  const groupOf = (r: RankedUnit): UnitGroup =>
    groups!.so_nganh.includes(r) ? 'so_nganh' : 'xa_phuong';
  for (const r of ranked.filter((x) => !units.has(x.unitId)))
    units.set(r.unitId, {
      unitId: r.unitId,
      name: r.name,
      displayName: r.displayName,
      kind: r.kind,
      group: groupOf(r),
      unitOrder: r.unitOrder,
      ranking: r,
      indicators: null,
      compliance: null,
    });
  return [...units.values()].sort((a, b) => a.unitOrder - b.unitOrder);
}
