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
  /** Place in the DonVi table, which lists communes in registry order. */
  readonly position: number;
  readonly ranking: RankedUnit | null;
  readonly indicators: UnitIndicators | null;
  readonly compliance: UnitCompliance | null;
}

/**
 * Joins the ranking and the indicators of each unit. The indicators come in DonVi order; a
 * unit that is ranked but has no indicators follows them, agencies first, by rank, since the
 * model keeps no other trace of its DonVi row.
 */
export function footnoteUnits(source: FootnoteSource, targets: Targets): FootnoteUnit[] {
  const groups = source.index766?.groups;
  const ranked = groups
    ? (['so_nganh', 'xa_phuong'] as const).flatMap((group) =>
        groups[group].map((ranking) => ({ ranking, group })),
      )
    : [];
  const rankingOf = new Map(ranked.map((r) => [r.ranking.unitId, r.ranking]));
  const complianceOf = new Map(
    computeCompliance(source.indicators, targets).map((c) => [c.unitId, c]),
  );
  const units: FootnoteUnit[] = source.indicators.map((u, position) => ({
    unitId: u.unitId,
    name: u.name,
    displayName: u.displayName,
    kind: u.kind,
    group: u.group,
    position,
    ranking: rankingOf.get(u.unitId) ?? null,
    indicators: u,
    compliance: complianceOf.get(u.unitId) ?? null,
  }));
  const known = new Set(units.map((u) => u.unitId));
  for (const { ranking: r, group } of ranked.filter((x) => !known.has(x.ranking.unitId)))
    units.push({
      unitId: r.unitId,
      name: r.name,
      displayName: r.displayName,
      kind: r.kind,
      group,
      position: units.length,
      ranking: r,
      indicators: null,
      compliance: null,
    });
  return units;
}
