/**
 * The text of the init workbook's check column (issue 17), as its formula computes it (the
 * LibreOffice test, live-checks.test.ts, compares the two) and as exceljs stores it. Expected
 * texts are written by hand from the rows below.
 */
import { EQUATIONS } from '../../src/contract/equations';
import { dossiers, feedback } from '../../src/contract/tables';
import { checkFormula, checkText } from '../../src/render/init/equation-checks';

// HoSo: D (3), E F G (4) (5) (6), H (7), I J K (8) (9) (10), L (11), M N (12) (13).
describe('checkText', () => {
  it('is empty for a row left blank and for a row that adds up with blank totals', () => {
    expect(checkText('HoSo', dossiers.columns, {})).toBe('');
    expect(
      checkText('HoSo', dossiers.columns, {
        tiep_nhan_truc_tuyen: 40,
        tiep_nhan_truc_tiep: 10,
        giai_quyet_dung_han: 50,
      }),
    ).toBe('');
  });

  it('names every broken equation with the header and the sheet letters', () => {
    expect(
      checkText('HoSo', dossiers.columns, {
        tong_tiep_nhan: 130,
        tiep_nhan_truc_tuyen: 120,
        giai_quyet_truoc_han: 100,
        tong_dang_giai_quyet: 25,
        dang_giai_quyet_trong_han: 20,
      }),
    ).toBe(
      'Tổng số hồ sơ tiếp nhận (D) phải bằng E + F + G: 130 ≠ 120. ' +
        'Tổng số đang giải quyết (L) phải bằng M + N: 25 ≠ 20. ' +
        'Tổng số hồ sơ tiếp nhận (D) phải bằng H + L: 130 ≠ 125.',
    );
  });

  it('says a blank total was computed', () => {
    expect(checkText('PAKN', feedback.columns, { ve_quy_dinh: 3, da_xu_ly_dung_han: 1 })).toBe(
      'Tổng số PAKN tiếp nhận (B để trống, tính = C + D) phải bằng E + H: 3 ≠ 1.',
    );
  });
});

describe('checkFormula', () => {
  it('tests each equation of the contract once, on its own row', () => {
    for (const [table, columns] of [
      ['HoSo', dossiers.columns],
      ['PAKN', feedback.columns],
    ] as const) {
      const formula = checkFormula(table, columns, 7);
      const count = EQUATIONS.filter((e) => e.table === table).length;
      expect(formula.match(/phải bằng/g)).toHaveLength(count + 1); // + the blank-total words
      expect(formula).not.toMatch(/[A-Z]2\b/);
      expect(formula.startsWith('TRIM(')).toBe(true);
    }
  });
});
