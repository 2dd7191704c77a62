import { FOOTNOTE_HELPERS } from '../../../src/contract/footnote-rules';
import { footnoteHandlebars } from '../../../src/phrase/footnote-helpers';
import { footnoteTexts } from '../../helpers/footnote-texts';
import { handMade, rulesFromYaml, type HandUnit } from '../../helpers/footnote-units';

const UNITS: HandUnit[] = [
  { id: 'SO-TP', name: 'Sở Tư pháp', kind: 'co_quan', overdue: 3, digitisation: 22.88 },
  { id: '01', name: 'Xã Lục Yên', kind: 'xa', overdue: 146, digitisation: 6.78 },
  { id: '02', name: 'Phường Lào Cai', kind: 'phuong', overdue: 148, digitisation: 100 },
  { id: '03', name: 'Xã Bảo Hà', kind: 'xa', overdue: 80, digitisation: 13.3 },
];

/** The text of a one-rule set whose list `l` and template are given. */
function text(list: string, template: string, units: readonly HandUnit[] = UNITS): string {
  const set = rulesFromYaml(`
rules:
  - name: r
    lists: { l: ${list} }
    template: '${template}'
`);
  const { footnotes, issues } = footnoteTexts(handMade(units), set);
  expect(issues).toEqual([]);
  return footnotes[0]!.text;
}

const TOP = '{ group: both, metric: ho_so_qua_han, order: { by: metric, direction: desc }';

describe('limit and "…"', () => {
  test('"…" follows the last item when the limit cuts the list', () => {
    expect(text(`${TOP}, limit: 2 }`, '{{#list l}}{{unit}} {{count value}} hồ sơ{{/list}}')).toBe(
      'UBND phường Lào Cai 148 hồ sơ, UBND xã Lục Yên 146 hồ sơ…',
    );
  });
  test('no "…" when the limit leaves nothing out', () => {
    expect(text(`${TOP}, limit: 4 }`, '{{#list l}}{{unit}}{{/list}}')).toBe(
      'UBND phường Lào Cai, UBND xã Lục Yên, UBND xã Bảo Hà, Sở Tư pháp',
    );
  });
  test('the marker can be other words', () => {
    expect(
      text(`${TOP}, limit: 1, more: " và các đơn vị khác" }`, '{{#list l}}{{unit}}{{/list}}'),
    ).toBe('UBND phường Lào Cai và các đơn vị khác');
  });
  test('a grouped list ends with the marker too', () => {
    const list =
      '{ group: xa_phuong, metric: ho_so_qua_han, order: { by: metric, direction: desc }, limit: 2 }';
    expect(text(list, '{{#grouped l}}{{unit kind=false}}{{/grouped}}')).toBe(
      'UBND các xã, phường: Lào Cai; Lục Yên…',
    );
  });
});

describe('helpers', () => {
  test('grouped with one unit names it alone, without "các"', () => {
    const list = '{ group: xa_phuong, metric: ho_so_qua_han, where: { highest: 1 } }';
    expect(text(list, '{{#grouped l}}{{unit kind=false}} ({{count value}}){{/grouped}}')).toBe(
      'UBND phường Lào Cai (148)',
    );
  });
  test('grouped agencies take the heading "Các sở, ban, ngành" unless told otherwise', () => {
    const list = '{ group: so_nganh, metric: ho_so_qua_han }';
    expect(text(list, '{{#grouped l}}{{unit kind=false}}{{/grouped}}')).toBe(
      'Các sở, ban, ngành: Tư pháp',
    );
  });
  test('number, count and percent write numbers the Vietnamese way', () => {
    const list = '{ group: xa_phuong, metric: ty_le_so_hoa, order: { by: metric } }';
    expect(
      text(
        list,
        '{{#list l separator="; "}}{{unit kind=false}} {{percent value}} ({{number value decimals=1}}; {{count metrics.ho_so_qua_han}}){{/list}}',
      ),
    ).toBe('Lục Yên 6,78% (6,8; 146); Bảo Hà 13,30% (13,3; 80); Lào Cai 100% (100,0; 148)');
  });
  test('@index, @first and @last are at hand inside a list', () => {
    const list = '{ group: xa_phuong, metric: ho_so_qua_han }';
    expect(text(list, '{{#list l separator=" "}}{{#if @last}}và {{/if}}{{unit}}{{/list}}')).toBe(
      'UBND xã Lục Yên UBND phường Lào Cai và UBND xã Bảo Hà',
    );
  });
  test('an empty list writes the else branch', () => {
    const list = '{ group: so_nganh, metric: ho_so_qua_han, where: { above: 1000 } }';
    const other = '{ group: xa_phuong, metric: ho_so_qua_han }';
    const set = rulesFromYaml(`
rules:
  - name: r
    lists: { l: ${list}, x: ${other} }
    template: '{{#list l}}{{unit}}{{else}}Không có sở, ngành nào{{/list}}.'
`);
    expect(footnoteTexts(handMade(UNITS), set).footnotes[0]!.text).toBe('Không có sở, ngành nào.');
  });
  test('every helper of the contract is registered', () => {
    const hb = footnoteHandlebars();
    for (const h of FOOTNOTE_HELPERS) expect(typeof hb.helpers[h]).toBe('function');
  });
});

describe('issues', () => {
  test('a rule whose lists are all empty writes no footnote and warns', () => {
    const set = rulesFromYaml(`
rules:
  - name: trong
    lists: { l: { group: both, metric: ho_so_qua_han, where: { above: 1000 } } }
    template: '{{#list l}}{{unit}}{{/list}}'
`);
    const { footnotes, issues } = footnoteTexts(handMade(UNITS), set);
    expect(footnotes).toEqual([]);
    expect(issues.map((i) => [i.code, i.severity, i.location])).toEqual([
      ['FOOTNOTE_EMPTY', 'warning', { file: 'chu-thich.yaml', detail: 'quy tắc "trong"' }],
    ]);
  });
  test('a template that fails on the data is an error naming the rule', () => {
    const set = rulesFromYaml(`
rules:
  - name: hang
    lists: { l: { group: both, metric: ho_so_qua_han } }
    template: '{{#list l}}{{unit}} xếp thứ {{count rank}}{{/list}}'
`);
    const { footnotes, issues } = footnoteTexts(handMade(UNITS), set);
    expect(footnotes).toEqual([]);
    expect(issues.map((i) => i.code)).toEqual(['FOOTNOTE_RENDER']);
    expect(issues[0]!.message).toContain('"hang"');
    expect(issues[0]!.message).toContain('ô trống');
  });
});
