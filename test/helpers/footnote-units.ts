import type { FootnoteSource } from '../../src/compute/footnotes/footnote-units';
import type { UnitIndicators } from '../../src/compute/indicators';
import type { FootnoteRuleSet } from '../../src/contract/footnote-rules';
import { parseRulesText } from '../../src/ingest/read-rules';
import { validateFootnoteRules } from '../../src/validate/footnote-rules';

/** A unit of a hand-made list: code, official name, and the indicators the test needs. */
export interface HandUnit {
  readonly id: string;
  readonly name: string;
  readonly kind: UnitIndicators['kind'];
  readonly overdue?: number;
  readonly paused?: number;
  readonly online?: number;
  readonly payment?: number;
  readonly circulation?: number;
  readonly reuse?: number;
  readonly digitisation?: number;
}

const KIND_WORD = /^(?:Xã|Phường|Đặc khu)\s+/u;

/** Indicators of hand-made units, in the order given (which stands for DonVi order). */
export function handMade(units: readonly HandUnit[]): FootnoteSource {
  return {
    index766: null,
    indicators: units.map((u, i) => ({
      unitId: u.id,
      name: u.name,
      displayName: u.kind === 'co_quan' ? u.name : u.name.replace(KIND_WORD, ''),
      kind: u.kind,
      group: u.kind === 'co_quan' ? 'so_nganh' : 'xa_phuong',
      asOf: { year: 2026, month: 6, day: 14 },
      overdueDossiers: u.overdue ?? null,
      pausedDossiers: u.paused ?? null,
      onlineSubmissionRate: u.online ?? null,
      onlinePaymentRate: u.payment ?? null,
      electronicCirculationRate: u.circulation ?? null,
      dataReuseRate: u.reuse ?? null,
      digitisationRate: u.digitisation ?? null,
      unitOrder: i,
      dataOrder: i,
    })),
  };
}

/** A rule set written as an official would, in YAML; the test fails on any issue. */
export function rulesFromYaml(yaml: string, file = 'chu-thich.yaml'): FootnoteRuleSet {
  const { raw, issues } = parseRulesText(yaml, file, 'yaml');
  if (!raw) throw new Error(JSON.stringify(issues, null, 2));
  const result = validateFootnoteRules(raw);
  if (!result.rules) throw new Error(JSON.stringify(result.issues, null, 2));
  return result.rules;
}
