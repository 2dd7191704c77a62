import type { ComplianceTable } from '../compute/compliance-annex';
import type { UnitCompliance } from '../compute/compliance';
import { unitIndicators } from '../contract/tables';
import { TARGET_INDICATORS, type Targets } from '../contract/targets';
import { formatNumber, formatPercent } from '../format';
import type { UnitGroup } from '../domain/dataset';
import { LANDSCAPE_TEXT_WIDTH } from './page';
import { scaleWidths, type AnnexColumn, type AnnexTable } from './annex-column';

/** A line of a compliance table: a unit, or the group's count of units below each target. */
export type ComplianceRow =
  | { readonly kind: 'unit'; readonly number: number; readonly unit: UnitCompliance }
  | { readonly kind: 'summary'; readonly table: ComplianceTable };

/** Shown where a unit's cell was blank in the data. */
export const NO_FIGURE = '—';
/** The name cell of the summary line. */
export const SUMMARY_LABEL = 'Số đơn vị chưa đạt chỉ tiêu';

// [$-42A] is the vi-VN locale, as in the forms workbook: "86,01" whatever the reader's locale.
const RATE_FORMAT = '[$-42A]0.00';

/** "Nộp trực tuyến" from the contract's header "Tỷ lệ nộp trực tuyến (%)". */
function label(indicator: string): string {
  const header = unitIndicators.columns.find((c) => c.key === indicator)!.header;
  const core = header.replace(/^Tỷ lệ /, '').replace(/ \(%\)$/, '');
  return core.charAt(0).toLocaleUpperCase('vi') + core.slice(1);
}

/** "27/99": units below the target among those with a figure. */
const outOf = (missed: number, of: number) => `${missed}/${of}`;

function targetColumns(targets: Targets): AnnexColumn<ComplianceRow>[] {
  return TARGET_INDICATORS.map((indicator, i) => {
    const check = (r: ComplianceRow) => (r.kind === 'unit' ? r.unit.checks[i]! : null);
    const summary = (t: ComplianceTable) => t.shortfalls[i]!;
    return {
      // A no-break space keeps "≥ 65%" together in the narrow heading.
      heading: [
        'Tỷ lệ đạt được (%)',
        `${label(indicator)} (chỉ tiêu ≥\u00a0${formatPercent(targets[indicator])})`,
      ],
      mm: 30,
      chars: 16,
      align: 'right',
      text: (r) => {
        if (r.kind === 'summary') return outOf(summary(r.table).missed, summary(r.table).measured);
        const value = check(r)!.value;
        return value === null ? NO_FIGURE : formatNumber(value, { decimals: 2 });
      },
      value: (r) => {
        if (r.kind === 'summary') return outOf(summary(r.table).missed, summary(r.table).measured);
        return check(r)!.value ?? NO_FIGURE;
      },
      numFmt: RATE_FORMAT,
      bold: (r) => check(r)?.met === false,
    };
  });
}

/** Units missing at least one target, among the group's units. */
const unitsShort = (t: ComplianceTable) =>
  outOf(t.units.filter((u) => u.missed.length > 0).length, t.units.length);

/**
 * The columns of a group's compliance table: number, official name, each rate with its target
 * in the heading (printed bold when below it), and how many targets the unit misses.
 */
export function complianceColumns(
  group: UnitGroup,
  targets: Targets,
): AnnexColumn<ComplianceRow>[] {
  return scaleWidths(
    [
      {
        heading: ['STT'],
        mm: 11,
        chars: 6,
        align: 'center',
        text: (r) => (r.kind === 'unit' ? String(r.number) : ''),
        value: (r) => (r.kind === 'unit' ? r.number : ''),
        numFmt: '0',
      },
      {
        heading: [group === 'so_nganh' ? 'Cơ quan, đơn vị' : 'Xã, phường'],
        mm: 70,
        chars: 36,
        align: 'left',
        text: (r) => (r.kind === 'unit' ? r.unit.name : SUMMARY_LABEL),
        value: (r) => (r.kind === 'unit' ? r.unit.name : SUMMARY_LABEL),
      },
      ...targetColumns(targets),
      {
        heading: ['Số chỉ tiêu chưa đạt'],
        mm: 22,
        chars: 12,
        align: 'center',
        text: (r) => (r.kind === 'unit' ? String(r.unit.missed.length) : unitsShort(r.table)),
        value: (r) => (r.kind === 'unit' ? r.unit.missed.length : unitsShort(r.table)),
        numFmt: '0',
      },
    ],
    LANDSCAPE_TEXT_WIDTH,
  );
}

/** A group's compliance as an annex table: its units in DonVi order, then the summary in bold. */
export function complianceAnnexTable(
  t: ComplianceTable,
  targets: Targets,
): AnnexTable<ComplianceRow> {
  return {
    columns: complianceColumns(t.group, targets),
    rows: [
      ...t.units.map((unit, i): ComplianceRow => ({ kind: 'unit', number: i + 1, unit })),
      { kind: 'summary', table: t },
    ],
    boldRow: (r) => r.kind === 'summary',
  };
}
