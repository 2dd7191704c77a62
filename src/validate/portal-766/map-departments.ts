import { closestName, nameKey } from '../../domain/closest-name';
import type { UnitGroup, UnitKind } from '../../domain/dataset';
import type { Commune } from '../../domain/registry';
import { looseKey } from '../../domain/spelling-key';
import { makeIssue, type Issue } from '../../issues/issue';
import type { Location } from '../../issues/location';
import { agencyName, portalName } from './department-names';
import type { PortalUnit } from './portal-capture';

/** A unit of the dataset a department can be. */
export interface TargetUnit {
  readonly id: string;
  readonly kind: UnitKind;
  readonly name: string;
  readonly group: UnitGroup;
}

/** A row of DonViCong766: the official's word on which unit a department is. */
export interface MappingRow {
  readonly portalId: string;
  readonly unitId: string;
  readonly at: Location;
}

/** A department of the portal, where it was first read. */
export interface Department {
  readonly unit: PortalUnit;
  readonly file: string;
}

export interface MappingInputs {
  readonly departments: readonly Department[];
  /** The communes of the province in the registry. */
  readonly communes: readonly Commune[];
  /** Official names of the provincial agencies (data/registry/so-nganh-2025.csv). */
  readonly agencyNames: readonly string[];
  /** DonVi of the dataset, or null when it has none yet (the import writes one). */
  readonly units: readonly TargetUnit[] | null;
  readonly mapping: readonly MappingRow[];
}

/** A department and its unit, and how the unit was found. */
export interface Mapped {
  readonly department: PortalUnit;
  readonly unit: TargetUnit;
  readonly how: 'mapping' | 'registry' | 'name' | 'new';
}

export interface MappingResult {
  readonly mapped: readonly Mapped[];
  /** DonVi to write when the dataset has none: agencies in the portal's order, then communes. */
  readonly newUnits: readonly TargetUnit[] | null;
  readonly issues: Issue[];
}

const atOf = (d: Department): Location => ({
  file: d.file,
  detail: `${d.unit.at} "${d.unit.name}"`,
});

const communeUnit = (c: Commune): TargetUnit => ({
  id: c.code,
  kind: c.kind,
  name: c.name,
  group: 'xa_phuong',
});

/** The official's mapping by department; a department given two units is an error at its row. */
function readMapping(rows: readonly MappingRow[]): {
  byId: Map<string, MappingRow>;
  issues: Issue[];
} {
  const byId = new Map<string, MappingRow>();
  const issues: Issue[] = [];
  for (const r of rows) {
    const earlier = byId.get(r.portalId);
    if (earlier && earlier.unitId !== r.unitId)
      issues.push(
        makeIssue(
          'PORTAL_DEPARTMENT_TWICE',
          { id: r.portalId, first: earlier.unitId, second: r.unitId, row: earlier.at.row ?? '' },
          r.at,
        ),
      );
    else byId.set(r.portalId, r);
  }
  return { byId, issues };
}

/**
 * A department whose name matches several units (each named with its code), or none (with the
 * closest of `candidates` and the list searched, `where`).
 */
function notOneMatch(
  d: Department,
  name: string,
  found: readonly { name: string; id: string }[],
  candidates: readonly string[],
  where: string,
): Issue {
  if (found.length > 1)
    return makeIssue(
      'PORTAL_AMBIGUOUS',
      { name: d.unit.name, units: found.map((f) => `${f.name} (${f.id})`).join(', ') },
      atOf(d),
    );
  return makeIssue(
    'PORTAL_UNMATCHED',
    { name: d.unit.name, where, suggestion: closestName(name, candidates) ?? '' },
    atOf(d),
  );
}

/**
 * Finds the unit of the dataset each department of the portal is: the official's mapping
 * (DonViCong766) first; a commune by its name in the registry of the province (its code is its
 * unit code); an agency by its name in DonVi, spelled either way ("Sở Nông Nghiệp và Môi
 * Trường"). Nothing is guessed: a department matched by no unit or by two is an error with its
 * name, the file it came from and the closest name; two departments of one unit likewise. With
 * no DonVi yet, the agencies become new units (official spelling where the registry of agencies
 * has it) and the province's communes are taken from the registry.
 */
export function mapDepartments(inputs: MappingInputs): MappingResult {
  const { byId, issues } = readMapping(inputs.mapping);
  const creating = inputs.units === null;
  const newAgencies: TargetUnit[] = [];
  const units = inputs.units ?? inputs.communes.map(communeUnit);
  const known = new Map(units.map((u) => [u.id, u]));
  const agencies = units.filter((u) => u.group === 'so_nganh');
  const mapped: Mapped[] = [];
  for (const d of inputs.departments) {
    const u = d.unit;
    const name = portalName(u.name);
    const given = byId.get(u.id);
    if (given) {
      const unit = known.get(given.unitId) ?? newAgencies.find((a) => a.id === given.unitId);
      if (unit) mapped.push({ department: u, unit, how: 'mapping' });
      else
        issues.push(makeIssue('PORTAL_MAPPING_UNIT', { id: given.unitId, name: u.name }, given.at));
      continue;
    }
    if (u.level === 'commune') {
      const found = inputs.communes.filter((c) => nameKey(c.name) === nameKey(name));
      if (found.length === 1) {
        const unit = known.get(found[0]!.code);
        if (unit) mapped.push({ department: u, unit, how: 'registry' });
        else
          issues.push(
            makeIssue(
              'PORTAL_COMMUNE_NOT_IN_UNITS',
              { name: found[0]!.name, code: found[0]!.code },
              atOf(d),
            ),
          );
      } else
        issues.push(
          notOneMatch(
            d,
            name,
            found.map((c) => ({ name: c.name, id: c.code })),
            inputs.communes.map((c) => c.name),
            'danh mục xã, phường của tỉnh',
          ),
        );
      continue;
    }
    if (creating) {
      const unit: TargetUnit = {
        id: u.code ?? u.id,
        kind: 'co_quan',
        name: agencyName(name, inputs.agencyNames),
        group: 'so_nganh',
      };
      newAgencies.push(unit);
      mapped.push({ department: u, unit, how: 'new' });
      continue;
    }
    const found = agencies.filter((a) => looseKey(a.name) === looseKey(name));
    if (found.length === 1) mapped.push({ department: u, unit: found[0]!, how: 'name' });
    else
      issues.push(
        notOneMatch(
          d,
          name,
          found,
          agencies.map((a) => a.name),
          'bảng Đơn vị (sở, ban, ngành)',
        ),
      );
  }
  issues.push(...unitsTwice(mapped, inputs.departments));
  return {
    mapped,
    newUnits: creating ? [...newAgencies, ...units] : null,
    issues,
  };
}

/** Two departments given one unit: one of them is wrong, and the import cannot tell which. */
function unitsTwice(mapped: readonly Mapped[], departments: readonly Department[]): Issue[] {
  const first = new Map<string, Mapped>();
  const issues: Issue[] = [];
  for (const m of mapped) {
    const earlier = first.get(m.unit.id);
    if (!earlier) {
      first.set(m.unit.id, m);
      continue;
    }
    const d = departments.find((x) => x.unit.id === m.department.id)!;
    issues.push(
      makeIssue(
        'PORTAL_UNIT_TWICE',
        {
          unit: `${m.unit.name} (${m.unit.id})`,
          first: earlier.department.name,
          second: m.department.name,
        },
        atOf(d),
      ),
    );
  }
  return issues;
}
