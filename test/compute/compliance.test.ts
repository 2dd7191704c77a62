import { computeCompliance } from '../../src/compute/compliance';
import { computeFootnoteLists } from '../../src/compute/footnotes/footnote-lists';
import type { ReportModel } from '../../src/compute/report-model';
import { DEFAULT_TARGETS, TARGET_INDICATORS } from '../../src/contract/targets';
import { footnoteTexts } from '../helpers/footnote-texts';
import { handMade, rulesFromYaml } from '../helpers/footnote-units';
import { modelOf, SAMPLE_766 } from '../helpers/load-sample';

// Targets of seed 001: ≥ 65 % online submission, ≥ 65 % online payment, ≥ 80 % internal
// electronic circulation, ≥ 50 % reuse of digitised data.
test('the default targets are those of seed 001', () => {
  expect(DEFAULT_TARGETS).toEqual({
    ty_le_nop_truc_tuyen: 65,
    ty_le_thanh_toan_truc_tuyen: 65,
    ty_le_luan_chuyen_dien_tu: 80,
    ty_le_tai_su_dung: 50,
  });
});

describe('the index-766 sample', () => {
  let model: ReportModel;
  beforeAll(async () => {
    model = await modelOf(SAMPLE_766);
  });

  // data/README.md: "Against those targets, 27, 6, 5 and 7 units respectively fall short."
  test('27, 6, 5 and 7 units fall short of the four targets', () => {
    const table = computeCompliance(model.indicators);
    expect(table).toHaveLength(115);
    expect(TARGET_INDICATORS.map((t) => table.filter((u) => u.missed.includes(t)).length)).toEqual([
      27, 6, 5, 7,
    ]);
  });

  test('a rule selects the units below target, with the target from the rule file', () => {
    const set = rulesFromYaml(`
targets: { ty_le_nop_truc_tuyen: 50 }
rules:
  - name: duoi-chi-tieu
    lists:
      l: { group: both, metric: ty_le_nop_truc_tuyen, where: { belowTarget: true } }
    template: '{{#list l}}{{unit}}{{/list}}'
`);
    expect(set.targets).toEqual({ ...DEFAULT_TARGETS, ty_le_nop_truc_tuyen: 50 });
    const { rules } = computeFootnoteLists(model, set);
    // With a 50 % target the list is that of footnote 3 of seed 000: 3 agencies and 7 communes.
    expect(rules[0]!.lists.l!.items).toHaveLength(10);
    expect(rules[0]!.lists.l!.items.every((i) => i.target === 50)).toBe(true);
  });
});

describe('hand-made units', () => {
  const source = handMade([
    { id: 'SO-A', name: 'Sở A', kind: 'co_quan', online: 65, payment: 64.99, reuse: 50 },
    { id: 'SO-B', name: 'Sở B', kind: 'co_quan', online: 40, payment: 70, circulation: 79 },
    { id: '1', name: 'Xã Một', kind: 'xa', online: 90, payment: 90, circulation: 90, reuse: 90 },
  ]);

  test('a value equal to the target meets it; a blank cell is neither met nor missed', () => {
    const [a, b, one] = computeCompliance(source.indicators);
    expect(a!.missed).toEqual(['ty_le_thanh_toan_truc_tuyen']);
    expect(a!.checks.find((c) => c.indicator === 'ty_le_luan_chuyen_dien_tu')).toEqual({
      indicator: 'ty_le_luan_chuyen_dien_tu',
      target: 80,
      value: null,
      met: null,
    });
    expect(b!.missed).toEqual(['ty_le_nop_truc_tuyen', 'ty_le_luan_chuyen_dien_tu']);
    expect(one!.missed).toEqual([]);
  });

  test('so_chi_tieu_chua_dat counts the missed targets, and phrases like any metric', () => {
    const set = rulesFromYaml(`
rules:
  - name: chua-dat
    lists:
      l:
        group: both
        metric: so_chi_tieu_chua_dat
        where: { above: 0 }
        order: { by: metric, direction: desc }
    template: >-
      Đơn vị chưa đạt chỉ tiêu: {{#list l separator="; "}}{{unit}} ({{count value}} chỉ tiêu, nộp
      trực tuyến {{percent metrics.ty_le_nop_truc_tuyen}}){{/list}}.
`);
    expect(footnoteTexts(source, set).footnotes[0]!.text).toBe(
      'Đơn vị chưa đạt chỉ tiêu: Sở B (02 chỉ tiêu, nộp trực tuyến 40%); ' +
        'Sở A (01 chỉ tiêu, nộp trực tuyến 65%).',
    );
  });

  test('the target of the list’s metric is at hand in the template', () => {
    const set = rulesFromYaml(`
rules:
  - name: thanh-toan
    lists:
      l: { group: both, metric: ty_le_thanh_toan_truc_tuyen, where: { belowTarget: true } }
    template: '{{#list l}}{{unit}} đạt {{percent value}}/{{percent target}}{{/list}}'
`);
    expect(footnoteTexts(source, set).footnotes[0]!.text).toBe('Sở A đạt 64,99%/65%');
  });
});
