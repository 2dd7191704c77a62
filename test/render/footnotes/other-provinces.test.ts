import { footnoteTexts } from '../../helpers/footnote-texts';
import { handMade, rulesFromYaml } from '../../helpers/footnote-units';

// Styles of other provinces' letters (issue 4, §4). Expected texts are typed from the issue.
// The units are hand-made, with the names and kinds of the 2025 registry of Lai Châu: Đoàn
// Kết and Tân Phong are phường, Nậm Mạ and Tà Tổng are xã.

const COMMUNES_ONLY = `
rules:
  - name: qua-han-xa
    lists:
      xa:
        group: xa_phuong
        metric: ho_so_qua_han
        where: { above: 0 }
        order: { by: registry }
    # The letter names the whole group, whatever kinds the list holds: the heading is fixed.
    template: >-
      {{#grouped xa heading="UBND các xã, phường" separator=", "}}{{unit kind=false}}
      {{count value}} hồ sơ{{/grouped}}
`;

test('"UBND các xã, phường: Đoàn Kết 40 hồ sơ, Tân Phong 96 hồ sơ"', () => {
  const source = handMade([
    { id: '03388', name: 'Phường Đoàn Kết', kind: 'phuong', overdue: 40 },
    { id: '03408', name: 'Phường Tân Phong', kind: 'phuong', overdue: 96 },
    { id: '03445', name: 'Xã Mường Tè', kind: 'xa', overdue: 0 },
  ]);
  const { footnotes, issues } = footnoteTexts(source, rulesFromYaml(COMMUNES_ONLY));
  expect(issues).toEqual([]);
  expect(footnotes).toEqual([
    { key: 'qua-han-xa', text: 'UBND các xã, phường: Đoàn Kết 40 hồ sơ, Tân Phong 96 hồ sơ' },
  ]);
});

test('without a heading, the kinds come from the data: both units are phường', () => {
  const source = handMade([
    { id: '03388', name: 'Phường Đoàn Kết', kind: 'phuong', overdue: 40 },
    { id: '03408', name: 'Phường Tân Phong', kind: 'phuong', overdue: 96 },
  ]);
  const rules = rulesFromYaml(COMMUNES_ONLY.replace(' heading="UBND các xã, phường"', ''));
  expect(footnoteTexts(source, rules).footnotes[0]!.text).toBe(
    'UBND các phường: Đoàn Kết 40 hồ sơ, Tân Phong 96 hồ sơ',
  );
});

// Issue 14: this letter's list is of paused dossiers (hồ sơ tạm dừng), not overdue ones.
const BOTH_GROUPS = `
rules:
  - name: tam-dung
    lists:
      so:
        group: so_nganh
        metric: ho_so_tam_dung
        where: { above: 0 }
        order: { by: data }
        qualifiers: { CA: lĩnh vực lý lịch tư pháp }
      # The letter lists Nậm Mạ (03538) before Tà Tổng (03463): the rows' order, not the codes'.
      xa:
        group: xa_phuong
        metric: ho_so_tam_dung
        where: { above: 0 }
        order: { by: data }
    template: >-
      {{#join separator=". "}}
      {{#part}}{{#grouped so heading="Các sở, ngành"}}{{unit kind=false}}{{qualifier}}
      {{count value}} hồ sơ{{/grouped}}{{/part}}
      {{#part}}{{#grouped xa heading="UBND các xã, phường"}}{{unit kind=false}}
      {{count value}} hồ sơ{{/grouped}}{{/part}}
      {{/join}}.
`;

// Overdue counts beside the paused ones: a rule on ho_so_tam_dung must not read them.
const AGENCIES = [
  { id: 'SO-NNMT', name: 'Sở Nông nghiệp và Môi trường', kind: 'co_quan', paused: 2, overdue: 9 },
  { id: 'SO-TP', name: 'Sở Tư pháp', kind: 'co_quan', paused: 0, overdue: 3 },
  { id: 'CA', name: 'Công an tỉnh', kind: 'co_quan', paused: 7, overdue: 0 },
] as const;
const COMMUNES = [
  { id: '03538', name: 'Xã Nậm Mạ', kind: 'xa', paused: 56, overdue: 1 },
  { id: '03463', name: 'Xã Tà Tổng', kind: 'xa', paused: 25, overdue: 2 },
  { id: '03445', name: 'Xã Mường Tè', kind: 'xa', paused: 0, overdue: 4 },
] as const;

test('agencies without "Sở", a qualifier in brackets, counts with leading zeros, ". " between groups', () => {
  const { footnotes, issues } = footnoteTexts(
    handMade([...AGENCIES, ...COMMUNES]),
    rulesFromYaml(BOTH_GROUPS),
  );
  expect(issues).toEqual([]);
  expect(footnotes[0]!.text).toBe(
    'Các sở, ngành: Nông nghiệp và Môi trường 02 hồ sơ; Công an tỉnh (lĩnh vực lý lịch tư pháp) ' +
      '07 hồ sơ. UBND các xã, phường: Nậm Mạ 56 hồ sơ; Tà Tổng 25 hồ sơ.',
  );
});

test('a group with nothing to list drops out, with its separator', () => {
  const quiet = AGENCIES.map((a) => ({ ...a, paused: 0 }));
  const { footnotes } = footnoteTexts(
    handMade([...quiet, ...COMMUNES]),
    rulesFromYaml(BOTH_GROUPS),
  );
  expect(footnotes[0]!.text).toBe('UBND các xã, phường: Nậm Mạ 56 hồ sơ; Tà Tổng 25 hồ sơ.');
});

test('paused dossiers in the code order of the registry, whatever the order of the rows', () => {
  const rules = rulesFromYaml(
    BOTH_GROUPS.replace(/order: \{ by: data \}/g, 'order: { by: registry }'),
  );
  // DonVi lists Nậm Mạ (03538) first; the code order puts Tà Tổng (03463) first.
  const { footnotes } = footnoteTexts(handMade([...AGENCIES, ...COMMUNES]), rules);
  expect(footnotes[0]!.text).toBe(
    'Các sở, ngành: Nông nghiệp và Môi trường 02 hồ sơ; Công an tỉnh (lĩnh vực lý lịch tư pháp) ' +
      '07 hồ sơ. UBND các xã, phường: Tà Tổng 25 hồ sơ; Nậm Mạ 56 hồ sơ.',
  );
});
