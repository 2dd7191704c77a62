import { computeFootnoteLists } from '../../../src/compute/footnotes/footnote-lists';
import type { ReportModel } from '../../../src/compute/report-model';
import { handMade, rulesFromYaml, type HandUnit } from '../../helpers/footnote-units';
import { modelOf, SAMPLE_766 } from '../../helpers/load-sample';

const UNITS: HandUnit[] = [
  { id: 'A', name: 'Sở A', kind: 'co_quan', overdue: 5, online: 50 },
  { id: 'B', name: 'Sở B', kind: 'co_quan', overdue: 9, online: 49.99 },
  { id: 'C', name: 'Sở C', kind: 'co_quan', overdue: 9, online: 70 },
  { id: 'D', name: 'Sở D', kind: 'co_quan', overdue: 1 },
  { id: '1', name: 'Xã Một', kind: 'xa', overdue: 9, online: 10 },
  { id: '2', name: 'Phường Hai', kind: 'phuong', overdue: 0, online: 20 },
];

/** The unit codes of one list, written as a YAML list config. */
function ids(list: string, units: readonly HandUnit[] = UNITS) {
  const set = rulesFromYaml(`
rules:
  - name: r
    lists:
      l: ${list}
    template: '{{#list l}}{{unit}}{{/list}}'
`);
  const { rules, issues } = computeFootnoteLists(handMade(units), set);
  const l = rules[0]!.lists.l!;
  return { ids: l.items.map((i) => i.unitId), selected: l.selected, cut: l.cut, issues };
}

describe('selection', () => {
  test('no condition keeps every unit of the group that has a value', () => {
    expect(ids('{ group: so_nganh, metric: ty_le_nop_truc_tuyen }').ids).toEqual(['A', 'B', 'C']);
  });
  test('below and above are strict', () => {
    expect(ids('{ group: both, metric: ty_le_nop_truc_tuyen, where: { below: 50 } }').ids).toEqual([
      'B',
      '1',
      '2',
    ]);
    expect(ids('{ group: both, metric: ho_so_qua_han, where: { above: 5 } }').ids).toEqual([
      'B',
      'C',
      '1',
    ]);
  });
  test('highest N keeps the units tied with the N-th', () => {
    expect(ids('{ group: both, metric: ho_so_qua_han, where: { highest: 2 } }').ids).toEqual([
      'B',
      'C',
      '1',
    ]);
    expect(ids('{ group: so_nganh, metric: ho_so_qua_han, where: { highest: 1 } }').ids).toEqual([
      'B',
      'C',
    ]);
  });
  test('lowest N', () => {
    expect(ids('{ group: both, metric: ho_so_qua_han, where: { lowest: 2 } }').ids).toEqual([
      'D',
      '2',
    ]);
  });
  test('N larger than the group keeps the whole group', () => {
    expect(ids('{ group: xa_phuong, metric: ho_so_qua_han, where: { lowest: 50 } }').ids).toEqual([
      '1',
      '2',
    ]);
  });
});

describe('order', () => {
  test('by metric, descending; ties keep DonVi order', () => {
    expect(
      ids('{ group: both, metric: ho_so_qua_han, order: { by: metric, direction: desc } }').ids,
    ).toEqual(['B', 'C', '1', 'A', 'D', '2']);
  });
  test('by metric, ascending', () => {
    expect(ids('{ group: both, metric: ty_le_nop_truc_tuyen, order: { by: metric } }').ids).toEqual(
      ['1', '2', 'B', 'A', 'C'],
    );
  });
  test('by registry is the default: agencies in DonVi order, then communes by code', () => {
    expect(ids('{ group: xa_phuong, metric: ho_so_qua_han }').ids).toEqual(['1', '2']);
    // The rows reversed: agencies follow DonVi (D C B A), communes still follow their codes.
    const reversed = [...UNITS].reverse();
    expect(ids('{ group: both, metric: ho_so_qua_han }', reversed).ids).toEqual([
      'D',
      'C',
      'B',
      'A',
      '1',
      '2',
    ]);
  });
  test('registry order is the commune code, not the row of DonVi (02650 after 02647)', () => {
    const communes: HandUnit[] = [
      { id: '02650', name: 'Xã Sau', kind: 'xa', overdue: 1 },
      { id: 'X-1', name: 'Xã Không Mã', kind: 'xa', overdue: 1 },
      { id: '02647', name: 'Phường Trước', kind: 'phuong', overdue: 1 },
    ];
    expect(ids('{ group: xa_phuong, metric: ho_so_qua_han }', communes).ids).toEqual([
      '02647',
      '02650',
      'X-1',
    ]);
    expect(
      ids('{ group: xa_phuong, metric: ho_so_qua_han, order: { by: data } }', communes).ids,
    ).toEqual(['02650', 'X-1', '02647']);
  });
});

describe('limit', () => {
  test('cuts after N and says so', () => {
    const r = ids(
      '{ group: both, metric: ho_so_qua_han, where: { above: 0 }, order: { by: metric, direction: desc }, limit: 2 }',
    );
    expect(r).toMatchObject({ ids: ['B', 'C'], selected: 5, cut: true });
  });
  test('a limit the list does not reach cuts nothing', () => {
    const r = ids('{ group: so_nganh, metric: ho_so_qua_han, limit: 4 }');
    expect(r).toMatchObject({ ids: ['A', 'B', 'C', 'D'], selected: 4, cut: false });
  });
});

describe('index-766 metrics of the sample', () => {
  let model: ReportModel;
  beforeAll(async () => {
    model = await modelOf(SAMPLE_766);
  });
  const names = (list: string) => {
    const set = rulesFromYaml(`
rules:
  - name: r
    lists: { l: ${list} }
    template: '{{#list l}}{{unit}}{{/list}}'
`);
    const { rules, issues } = computeFootnoteLists(model, set);
    expect(issues).toEqual([]);
    return rules[0]!.lists.l!.items.map((i) => `${i.displayName} ${i.rank}`);
  };

  // Ranks of the agencies below 40 % digitisation, read from ChiSo766.csv of the sample.
  test('order by rank, ascending and descending', () => {
    const list =
      '{ group: so_nganh, metric: ty_le_so_hoa, where: { below: 40 }, order: { by: rank } }';
    expect(names(list)).toEqual([
      'Sở Khoa học và Công nghệ 3',
      'Sở Giáo dục và Đào tạo 5',
      'Ban Quản lý Khu kinh tế 10',
      'Sở Nội vụ 11',
      'Sở Ngoại vụ 12',
      'Sở Nông nghiệp và Môi trường 13',
      'Sở Tư pháp 15',
      'Ban Quản lý các khu công nghiệp 16',
    ]);
    expect(names(list.replace('by: rank', 'by: rank, direction: desc'))[0]).toBe(
      'Ban Quản lý các khu công nghiệp 16',
    );
  });

  test('highest xep_hang are the last ranked; lowest are the first', () => {
    expect(
      names('{ group: so_nganh, metric: xep_hang, where: { highest: 2 }, order: { by: rank } }'),
    ).toEqual(['Sở Tư pháp 15', 'Ban Quản lý các khu công nghiệp 16']);
    expect(names('{ group: xa_phuong, metric: xep_hang, where: { lowest: 1 } }')).toHaveLength(1);
  });

  test('below the national average of the agencies (85,38): ranks 13 to 16', () => {
    expect(
      names(
        '{ group: so_nganh, metric: tong_diem, where: { belowNationalAverage: true }, order: { by: rank } }',
      ),
    ).toEqual([
      'Sở Nông nghiệp và Môi trường 13',
      'Sở Công Thương 14',
      'Sở Tư pháp 15',
      'Ban Quản lý các khu công nghiệp 16',
    ]);
  });
});

describe('warnings', () => {
  test('an index-766 metric without ChiSo766 readings', () => {
    const r = ids('{ group: both, metric: xep_hang }');
    expect(r.ids).toEqual([]);
    expect(r.issues.map((i) => [i.code, i.location?.detail])).toEqual([
      ['FOOTNOTE_NO_DATA', 'quy tắc "r", danh sách l'],
    ]);
    expect(r.issues[0]!.message).toContain('ChiSo766');
  });

  test('a qualifier for a unit code the data does not have', () => {
    const r = ids(
      '{ group: both, metric: ho_so_qua_han, qualifiers: { SO-AA: lĩnh vực đất đai } }',
      [{ id: 'SO-A', name: 'Sở A', kind: 'co_quan', overdue: 1 }],
    );
    expect(r.issues.map((i) => i.code)).toEqual(['FOOTNOTE_UNKNOWN_UNIT']);
    expect(r.issues[0]!.message).toContain('"SO-A"');
    expect(r.issues[0]!.location?.detail).toBe('quy tắc "r", trường lists.l.qualifiers');
  });
});
