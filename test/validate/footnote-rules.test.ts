import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseRulesText, readRulesFile, rulesFileIn } from '../../src/ingest/read-rules';
import type { Issue } from '../../src/issues/issue';
import { validateFootnoteRules } from '../../src/validate/footnote-rules';
import { SAMPLE_766 } from '../helpers/load-sample';

function issuesOf(text: string, format: 'yaml' | 'json' = 'yaml'): Issue[] {
  const file = `chu-thich.${format}`;
  const { raw, issues } = parseRulesText(text, file, format);
  return raw ? validateFootnoteRules(raw).issues : issues;
}

/** code, line and place of each issue, for comparison with a typed list. */
const places = (issues: readonly Issue[]) =>
  issues.map((i) => [i.code, i.location?.row, i.location?.detail]);

// Line numbers count from the first line of the text, which is empty.
const MANY_MISTAKES = `
rules:
  - name: xep_hang_thap
    lists:
      xa:
        group: xa_phuong
        metric: xep_hng
        where: { highest: 10, below: 3 }
        order: { by: value }
        limt: 6
    template: '{{#grouped xa}}{{unit}}{{/grouped}}'
  - name: so_hoa_thap
    lists:
      so:
        group: so_nganh
        metric: ty_le_so_hoa
        where: { belowNationalAverage: true }
    template: '{{#list so}}{{unit}}{{/list}}'
  - lists:
      so: { group: cap_huyen, metric: tong_diem }
    template: x
  - name: so_hoa_thap
    lists: { so: { group: so_nganh, metric: ty_le_so_hoa, limit: 0 } }
    template: '{{#list so}}{{unit}}{{/list}}'
`;

test('every mistake of a rule file at once, each with its line, rule and field', () => {
  const issues = issuesOf(MANY_MISTAKES);
  expect(issues.every((i) => i.severity === 'error' && i.location?.file === 'chu-thich.yaml')).toBe(
    true,
  );
  expect(places(issues)).toEqual(
    expect.arrayContaining([
      ['RULES_FIELD', 7, 'quy tắc "xep_hang_thap", trường lists.xa.metric'],
      ['RULES_FIELD', 8, 'quy tắc "xep_hang_thap", trường lists.xa.where'],
      ['RULES_FIELD', 9, 'quy tắc "xep_hang_thap", trường lists.xa.order.by'],
      ['RULES_FIELD', 10, 'quy tắc "xep_hang_thap", trường lists.xa.limt'],
      ['RULES_FIELD', 17, 'quy tắc "so_hoa_thap", trường lists.so.where.belowNationalAverage'],
      ['RULES_FIELD', 19, 'quy tắc "thứ 3", trường name'],
      ['RULES_FIELD', 20, 'quy tắc "thứ 3", trường lists.so.group'],
      ['RULES_FIELD', 22, 'quy tắc "so_hoa_thap", trường name'],
      ['RULES_FIELD', 23, 'quy tắc "so_hoa_thap", trường lists.so.limit'],
    ]),
  );
  const message = (detail: string) => issues.find((i) => i.location?.detail === detail)!.message;
  expect(message('quy tắc "xep_hang_thap", trường lists.xa.where')).toContain('đúng một điều kiện');
  expect(message('quy tắc "xep_hang_thap", trường lists.xa.metric')).toMatch(
    /^Quy tắc "xep_hang_thap", trường "lists\.xa\.metric" không hợp lệ: /,
  );
  expect(message('quy tắc "so_hoa_thap", trường name')).toContain('quy tắc thứ 2');
  expect(message('quy tắc "xep_hang_thap", trường lists.xa.limt')).toContain('Có phải "limit"?');
});

test('template mistakes are found before any data is read, with the rule and its line', () => {
  const issues = issuesOf(`
rules:
  - name: a
    lists: { xa: { group: xa_phuong, metric: xep_hang }, both: { group: both, metric: ho_so_qua_han } }
    template: >-
      {{#list xaa}}{{unit}}{{/list}} {{#grouped both}}{{unit}}{{/grouped}}
      {{#part}}x{{/part}} {{dem value}} {{#each}}{{/each}}
  - name: b
    lists: { so: { group: so_nganh, metric: tong_diem } }
    template: '{{#list so}}{{unit}}'
`);
  expect(places(issues)).toEqual([
    ['RULES_TEMPLATE', 5, 'quy tắc "a", trường template'],
    ['RULES_TEMPLATE', 5, 'quy tắc "a", trường template'],
    ['RULES_TEMPLATE', 5, 'quy tắc "a", trường template'],
    ['RULES_TEMPLATE', 5, 'quy tắc "a", trường template'],
    ['RULES_TEMPLATE', 10, 'quy tắc "b", trường template'],
  ]);
  const messages = issues.map((i) => i.message);
  expect(messages[0]).toContain('"list" cần tên một danh sách của quy tắc (xa, both)');
  expect(messages[1]).toContain('"grouped" cần danh sách một nhóm');
  expect(messages[2]).toContain('"part" chỉ dùng bên trong "join"');
  expect(messages[3]).toContain('không có hàm "dem"');
  expect(messages[4]).toContain('sai cú pháp');
});

test('a template is checked even when another rule has a field mistake', () => {
  const issues = issuesOf(`
rules:
  - name: a
    lists: { l: { group: so_nganh, metric: khong_co } }
    template: '{{#list l}}{{unit}}{{/list}}'
  - name: b
    lists: { l: { group: so_nganh, metric: tong_diem } }
    template: '{{#lits l}}{{unit}}{{/lits}}'
`);
  expect(issues.map((i) => [i.code, i.location?.detail])).toEqual([
    ['RULES_FIELD', 'quy tắc "a", trường lists.l.metric'],
    ['RULES_TEMPLATE', 'quy tắc "b", trường template'],
  ]);
});

test('fields outside the rules: unknown keys and targets', () => {
  const issues = issuesOf(`
targets: { ty_le_nop_truc_tuyen: 165, ty_le_so_hoa: 40 }
rule: []
`);
  expect(places(issues)).toEqual(
    expect.arrayContaining([
      ['RULES_FIELD', 2, 'trường targets.ty_le_nop_truc_tuyen'],
      ['RULES_FIELD', 2, 'trường targets.ty_le_so_hoa'],
      ['RULES_FIELD', 3, 'trường rule'],
      ['RULES_FIELD', 2, 'trường rules'],
    ]),
  );
  expect(issues).toHaveLength(4);
});

test('a YAML syntax error gives its line', () => {
  const unclosed = issuesOf('rules:\n  - name: a\n    lists: { l: [\n');
  expect(new Set(unclosed.map((i) => i.code))).toEqual(new Set(['RULES_SYNTAX']));
  const [issue] = issuesOf('rules:\n  - name: a\n   bad: indentation\n');
  expect(issue).toMatchObject({
    code: 'RULES_SYNTAX',
    location: { file: 'chu-thich.yaml', row: 3 },
  });
});

test("hostile or broken rule files: Vietnamese reasons, never the parser's English (issue 20)", () => {
  let bomb = 'l0: &l0 [x, x, x, x, x, x, x, x, x]\n';
  for (let i = 1; i < 10; i++)
    bomb += `l${i}: &l${i} [${Array(9)
      .fill(`*l${i - 1}`)
      .join(', ')}]\n`;
  const [aliases] = issuesOf(`${bomb}rules: []\n`);
  expect(aliases).toMatchObject({
    code: 'RULES_SYNTAX',
    message: expect.stringContaining('bí danh'),
  });
  const [indent] = issuesOf('rules:\n  - name: a\n   bad: indentation\n');
  expect(indent!.message).toContain('thụt lề');
  const [json] = issuesOf('{ "rules": [], }', 'json');
  expect(json).toMatchObject({ code: 'RULES_SYNTAX', location: { row: 1 } });
  expect(json!.message).toContain('dấu "," thừa');
  for (const i of [aliases, indent, json])
    expect(i!.message).not.toMatch(/Unexpected|Excessive|must be|indentation|Expected/);
});

test('JSON is read strictly, and its fields get lines too', () => {
  expect(issuesOf('{ "rules": [], }', 'json').map((i) => i.code)).toEqual(['RULES_SYNTAX']);
  const json = JSON.stringify(
    { rules: [{ name: 'a', lists: { l: { group: 'so_nganh', metric: 'x' } }, template: 't' }] },
    null,
    2,
  );
  expect(places(issuesOf(json, 'json'))).toEqual([
    ['RULES_FIELD', 8, 'quy tắc "a", trường lists.l.metric'],
  ]);
});

test('a bad list name says what a name may hold', () => {
  const [issue] = issuesOf(`
rules:
  - name: a
    lists: { Xa: { group: xa_phuong, metric: xep_hang } }
    template: x
`);
  expect(issue!.location?.detail).toBe('quy tắc "a", trường lists.Xa');
  expect(issue!.message).toContain('chữ thường không dấu');
});

test("a dataset folder's rule file is found by name", () => {
  expect(rulesFileIn(SAMPLE_766)).toBe(join(SAMPLE_766, 'chu-thich.yaml'));
  expect(rulesFileIn(tmpdir())).toBeNull();
});

test('a missing file and an unknown extension', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rules-'));
  writeFileSync(join(dir, 'chu-thich.txt'), 'rules: []');
  expect(readRulesFile(join(dir, 'chu-thich.txt')).issues.map((i) => i.code)).toEqual([
    'RULES_UNSUPPORTED',
  ]);
  expect(readRulesFile(join(dir, 'chu-thich.yaml')).issues.map((i) => i.code)).toEqual([
    'RULES_NOT_FOUND',
  ]);
});
