import type { ReportModel } from '../../src/compute/report-model';
import { modelOf, SAMPLE_H1, validatePath } from '../helpers/load-sample';

// The second sample (data/lai-chau-2026-h1): Lai Châu, 6 tháng đầu năm 2026, 04 agencies and
// 06 communes. Every literal below was added up by hand from the CSV files of that folder
// (see data/README.md); none is copied from program output.
let m: ReportModel;
beforeAll(async () => {
  m = await modelOf(SAMPLE_H1);
});

describe('validation', () => {
  test('no errors; the only warning is the 32 communes of Lai Châu left out of the sample', async () => {
    const { issues } = await validatePath(SAMPLE_H1);
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(issues.map((i) => i.code)).toEqual(['COMMUNES_MISSING']);
  });
});

describe('period and frame', () => {
  test('6 tháng đầu năm 2026 runs from 15/12/2025 to 14/6/2026', () => {
    expect(m.period.code).toBe('2026-H1');
    expect(m.period.kind).toBe('half');
    expect(m.period.title).toBe('6 tháng đầu năm 2026');
    expect(m.period.from).toEqual({ year: 2025, month: 12, day: 15 });
    expect(m.period.to).toEqual({ year: 2026, month: 6, day: 14 });
    expect(m.period.nextTitle).toBe('6 tháng cuối năm 2026');
  });
  test('Lai Châu (12), issued as Số: 187/BC-UBND on 16/6/2026', () => {
    expect(m.province).toEqual({ code: '12', name: 'Lai Châu' });
    expect(m.frame.number).toBe('187');
    expect(m.frame.symbol).toBe('BC-UBND');
    expect(m.frame.isDraft).toBe(false);
    expect(m.frame.date).toEqual({ year: 2026, month: 6, day: 16 });
    expect(m.frame.issuingBody).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH LAI CHÂU']);
    expect(m.frame.place).toBe('Lai Châu');
    expect(m.frame.archive).toBe('VT, KSTT');
  });
});

describe('06c: dossiers', () => {
  test('04 agencies and 06 communes, each with one row', () => {
    expect(m.unitCount).toEqual({ agencies: 4, communes: 6 });
    expect(m.dossiers!.rows).toHaveLength(10);
  });
  test('agencies: 8.451 = 6.891 + 930 + 630; 7.590 = 5.879 + 1.620 + 91; 861 = 816 + 45', () => {
    expect(m.dossiers!.agencies).toEqual({
      received: 8451,
      online: 6891,
      direct: 930,
      carriedOver: 630,
      resolved: 7590,
      early: 5879,
      onTime: 1620,
      late: 91,
      pending: 861,
      pendingInTime: 816,
      pendingOverdue: 45,
    });
  });
  test('communes: 11.154 = 9.393 + 1.350 + 411; 10.424 = 9.641 + 639 + 144; 730 = 667 + 63', () => {
    expect(m.dossiers!.communes).toEqual({
      received: 11154,
      online: 9393,
      direct: 1350,
      carriedOver: 411,
      resolved: 10424,
      early: 9641,
      onTime: 639,
      late: 144,
      pending: 730,
      pendingInTime: 667,
      pendingOverdue: 63,
    });
  });
  test('province: 19.605 = 16.284 + 2.280 + 1.041 = 18.014 + 1.591', () => {
    expect(m.dossiers!.province).toEqual({
      received: 19605,
      online: 16284,
      direct: 2280,
      carriedOver: 1041,
      resolved: 18014,
      early: 15520,
      onTime: 2259,
      late: 235,
      pending: 1591,
      pendingInTime: 1483,
      pendingOverdue: 108,
    });
  });
  test('one agency (Sở Công Thương) has no overdue pending dossier', () => {
    const ct = m.dossiers!.rows.find((r) => r.unitId === 'SO-CT')!;
    expect(ct.unitName).toBe('Sở Công Thương');
    expect(ct.pendingOverdue).toBe(0);
  });
});

describe('05b: feedback', () => {
  test('21 PAKN = 19 + 02 = 18 handled (16 on time + 02 late) + 03 in progress (02 + 01 overdue)', () => {
    expect(m.feedback!.rows.map((r) => r.field)).toEqual([
      'Đất đai',
      'Hộ tịch',
      'Chứng thực',
      'Bảo trợ xã hội',
    ]);
    expect(m.feedback!.total).toEqual({
      received: 21,
      aboutRegulations: 19,
      aboutConduct: 2,
      handled: 18,
      handledOnTime: 16,
      handledLate: 2,
      inProgress: 3,
      inProgressInTime: 2,
      inProgressOverdue: 1,
      published: 17,
    });
  });
});

describe('II.03b: publication', () => {
  test('05 decisions, 07 legal documents, 53 TTHC = 09 + 29 + 15; 52 on the CSDLQG', () => {
    expect(m.publications!.decisionCount).toBe(5);
    expect(m.publications!.total).toEqual({
      legalDocuments: 7,
      total: 53,
      created: 9,
      amended: 29,
      abolished: 15,
      onNationalDatabase: 52,
    });
  });
  test('stock 2.015 = 2.010 (1.712 + 298) + 05 (03 + 02)', () => {
    expect(m.figures.stock.total).toBe(2015);
    expect(m.figures.stock.central.total).toBe(2010);
    expect(m.figures.stock.specific.total).toBe(5);
  });
});

describe('II.02c: drafts', () => {
  test('01 Nghị quyết HĐND and 01 Quyết định UBND; 04 TTHC = 02 + 01 + 01, 03 assessed', () => {
    expect(m.drafts!.count).toBe(2);
    expect(m.drafts!.countByKind).toEqual({ nghi_quyet_hdnd: 1, quyet_dinh_ubnd: 1 });
    expect(m.drafts!.total).toEqual({
      total: 4,
      created: 2,
      amended: 1,
      abolished: 1,
      assessed: 3,
    });
  });
});

describe('documents issued', () => {
  test('02 Kế hoạch and 03 letters; one decision on TTHC independent of boundaries', () => {
    expect(m.documents.directiveCountByType).toEqual({ ke_hoach: 2, cong_van: 3 });
    expect(m.documents.boundaryFree.map((d) => d.number)).toEqual(['305/QĐ-UBND']);
  });
  test('internal TTHC: 02 decisions, 14 = 12 new/amended + 02 abolished', () => {
    const t = m.documents.internalTthc;
    expect(t.decisions.map((d) => d.number)).toEqual(['118/QĐ-UBND', '472/QĐ-UBND']);
    expect([t.total, t.newOrAmended, t.abolished]).toEqual([14, 12, 2]);
  });
  test('non-zero "Không" items: 04 business rules cut, 06 TTHC decentralised', () => {
    expect(m.figures.businessRulesCut).toBe(4);
    expect(m.figures.decentralised).toBe(6);
  });
});
