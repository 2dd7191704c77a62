import { groupedCommuneList, joinVietnamese } from '../../src/format';

describe('groupedCommuneList', () => {
  it('names "các xã" when every unit is a xã, keeping the caller order', () => {
    const items = [
      { kind: 'xa', text: 'Ngũ Chỉ Sơn (xếp thứ 90)' },
      { kind: 'xa', text: 'Tân Hợp (xếp thứ 91)' },
    ] as const;
    expect(groupedCommuneList(items)).toBe(
      'UBND các xã: Ngũ Chỉ Sơn (xếp thứ 90); Tân Hợp (xếp thứ 91)',
    );
  });

  it('names "các phường" when every unit is a phường', () => {
    const items = [
      { kind: 'phuong', text: 'Cam Đường' },
      { kind: 'phuong', text: 'Lào Cai' },
    ] as const;
    expect(groupedCommuneList(items)).toBe('UBND các phường: Cam Đường; Lào Cai');
  });

  it('names "các xã, phường" for a mix, whatever the item order', () => {
    const items = [
      { kind: 'phuong', text: 'Cam Đường' },
      { kind: 'xa', text: 'Lục Yên' },
    ] as const;
    expect(groupedCommuneList(items)).toBe('UBND các xã, phường: Cam Đường; Lục Yên');
  });

  it('lists kinds in the order xã, phường, đặc khu', () => {
    const items = [
      { kind: 'dac_khu', text: 'Côn Đảo' },
      { kind: 'phuong', text: 'Cam Đường' },
      { kind: 'xa', text: 'Lục Yên' },
    ] as const;
    expect(groupedCommuneList(items)).toBe(
      'UBND các xã, phường, đặc khu: Côn Đảo; Cam Đường; Lục Yên',
    );
    expect(groupedCommuneList([items[0], items[2]])).toBe('UBND các xã, đặc khu: Côn Đảo; Lục Yên');
  });

  it('takes a custom separator', () => {
    const items = [
      { kind: 'xa', text: 'Ngũ Chỉ Sơn' },
      { kind: 'xa', text: 'Tân Hợp' },
    ] as const;
    expect(groupedCommuneList(items, { separator: ', ' })).toBe(
      'UBND các xã: Ngũ Chỉ Sơn, Tân Hợp',
    );
  });

  it('drops the plural "các" for a single unit', () => {
    expect(groupedCommuneList([{ kind: 'xa', text: 'Ngũ Chỉ Sơn (xếp thứ 90)' }])).toBe(
      'UBND xã Ngũ Chỉ Sơn (xếp thứ 90)',
    );
    expect(groupedCommuneList([{ kind: 'dac_khu', text: 'Côn Đảo' }])).toBe('UBND đặc khu Côn Đảo');
  });

  it('throws RangeError for an empty list', () => {
    expect(() => groupedCommuneList([])).toThrow(RangeError);
  });
});

describe('joinVietnamese', () => {
  it('joins with the given separator and skips blank parts', () => {
    expect(joinVietnamese(['Tân Hợp', '', ' Lục Yên '], '; ')).toBe('Tân Hợp; Lục Yên');
    expect(joinVietnamese(['a', 'b'])).toBe('a, b');
    expect(joinVietnamese([])).toBe('');
  });
});
