import { formatCount, formatNumber } from '../../src/format';
import { modelOf, SAMPLE_Q1 } from '../helpers/load-sample';
import type { ReportModel } from '../../src/compute/report-model';

// Every literal below is typed from seed 003 (Báo cáo Quý I năm 2026, Lào Cai) and REFERENCE §8,
// written the way the report prints it, and compared with the model through the formatter.
let m: ReportModel;
beforeAll(async () => {
  m = await modelOf(SAMPLE_Q1);
});
const n = (v: number | null | undefined) => formatNumber(v ?? NaN);
const c = (v: number | null | undefined) => formatCount(v ?? NaN);

describe('period (REFERENCE §2)', () => {
  test('Quý I năm 2026 runs from 15/12/2025 to 14/3/2026', () => {
    expect(m.period.title).toBe('Quý I năm 2026');
    expect(m.period.from).toEqual({ year: 2025, month: 12, day: 15 });
    expect(m.period.to).toEqual({ year: 2026, month: 3, day: 14 });
    expect(m.period.nextTitle).toBe('Quý II năm 2026');
  });
});

describe('section A: documents issued', () => {
  test('03 Kế hoạch¹ and 05 letters²', () => {
    expect(c(m.documents.directiveCountByType.ke_hoach)).toBe('03');
    expect(c(m.documents.directiveCountByType.cong_van)).toBe('05');
    expect(m.documents.directive.filter((d) => d.type === 'ke_hoach').map((d) => d.number)).toEqual(
      ['25/KH-UBND', '26/KH-UBND', '197/KH-UBND'],
    );
  });
  test('footnote 4: two decisions on TTHC independent of boundaries', () => {
    expect(m.documents.boundaryFree.map((d) => d.number)).toEqual(['587/QĐ-UBND', '1865/QĐ-UBND']);
  });
});

describe('B.I.1–2: impact assessment and drafts (II.02c)', () => {
  test('03 dự thảo Nghị quyết có chứa đựng 08 TTHC; đánh giá tác động 02 TTHC', () => {
    expect(c(m.drafts?.count)).toBe('03');
    expect(c(m.drafts?.countByKind.nghi_quyet_hdnd)).toBe('03');
    expect(c(m.drafts?.total.total)).toBe('08');
    expect(c(m.drafts?.total.assessed)).toBe('02');
  });
});

describe('B.I.3: publication (II.03b) and stock', () => {
  test('76 Quyết định, 124 văn bản, 1.008 TTHC = 123 mới + 585 sửa đổi + 300 bãi bỏ', () => {
    expect(n(m.publications?.decisionCount)).toBe('76');
    expect(n(m.publications?.total.legalDocuments)).toBe('124');
    expect(n(m.publications?.total.total)).toBe('1.008');
    expect(n(m.publications?.total.created)).toBe('123');
    expect(n(m.publications?.total.amended)).toBe('585');
    expect(n(m.publications?.total.abolished)).toBe('300');
  });
  test('2.148 TTHC = 2.138 (1.827 + 311) + 10 (05 + 05); liên thông 130 and 116', () => {
    const s = m.figures.stock;
    expect(n(s.total)).toBe('2.148');
    expect(n(s.central.total)).toBe('2.138');
    expect(n(s.central.province)).toBe('1.827');
    expect(n(s.central.commune)).toBe('311');
    expect(n(s.specific.total)).toBe('10');
    expect(c(s.specific.province)).toBe('05');
    expect(c(s.specific.commune)).toBe('05');
    expect(n(m.figures.interAgency.sameLevel)).toBe('130');
    expect(n(m.figures.interAgency.acrossLevels)).toBe('116');
  });
});

describe('B.I.4: internal TTHC', () => {
  test('03 Quyết định³, 24 TTHC (17 + 07), lũy kế 394; Không', () => {
    const t = m.documents.internalTthc;
    expect(c(t.decisions.length)).toBe('03');
    expect(n(t.total)).toBe('24');
    expect(n(t.newOrAmended)).toBe('17');
    expect(c(t.abolished)).toBe('07');
    expect(n(m.figures.internalTthcCumulative)).toBe('394');
    expect(formatCount(m.figures.decentralised ?? NaN, { zeroAsKhong: true })).toBe('Không');
    expect(formatCount(m.figures.businessRulesCut ?? NaN, { zeroAsKhong: true })).toBe('Không');
  });
});

describe('B.I.5: feedback (05b)', () => {
  test('66 PAKN = 64 về quy định + 02 về hành vi = 61 đúng hạn + 05 trong hạn', () => {
    const f = m.feedback!.total;
    expect(n(f.received)).toBe('66');
    expect(n(f.aboutRegulations)).toBe('64');
    expect(c(f.aboutConduct)).toBe('02');
    expect(n(f.handledOnTime)).toBe('61');
    expect(c(f.inProgressInTime)).toBe('05');
    expect(formatNumber(m.feedback!.acceptedShare ?? NaN)).toBe('100');
  });
});

describe('B.I.6: dossiers (06c)', () => {
  test('province: 176.319 = 148.977 + 15.175 + 12.167; 167.004 and 9.315', () => {
    const p = m.dossiers!.province;
    expect(n(p.received)).toBe('176.319');
    expect(n(p.online)).toBe('148.977');
    expect(n(p.direct)).toBe('15.175');
    expect(n(p.carriedOver)).toBe('12.167');
    expect(n(p.resolved)).toBe('167.004');
    expect(n(p.early)).toBe('150.893');
    expect(n(p.onTime)).toBe('13.599');
    expect(n(p.late)).toBe('2.512');
    expect(n(p.pending)).toBe('9.315');
    expect(n(p.pendingInTime)).toBe('8.495');
    expect(n(p.pendingOverdue)).toBe('820');
  });
  test('agencies: 53.225; 48.193 = 34.233 + 13.133 + 827; 5.032 = 4.898 + 134', () => {
    const a = m.dossiers!.agencies;
    expect(n(a.received)).toBe('53.225');
    expect(n(a.resolved)).toBe('48.193');
    expect(n(a.early)).toBe('34.233');
    expect(n(a.onTime)).toBe('13.133');
    expect(n(a.late)).toBe('827');
    expect(n(a.pending)).toBe('5.032');
    expect(n(a.pendingInTime)).toBe('4.898');
    expect(n(a.pendingOverdue)).toBe('134');
  });
  test('communes: 123.094; 118.811 = 116.660 + 466 + 1.685; 4.283 = 3.597 + 686', () => {
    const x = m.dossiers!.communes;
    expect(n(x.received)).toBe('123.094');
    expect(n(x.resolved)).toBe('118.811');
    expect(n(x.early)).toBe('116.660');
    expect(n(x.onTime)).toBe('466');
    expect(n(x.late)).toBe('1.685');
    expect(n(x.pending)).toBe('4.283');
    expect(n(x.pendingInTime)).toBe('3.597');
    expect(n(x.pendingOverdue)).toBe('686');
  });
  test('every unit of DonVi has a row; 99 communes from the registry', () => {
    expect(m.unitCount.communes).toBe(99);
    expect(m.dossiers!.rows).toHaveLength(m.unitCount.agencies + 99);
  });
});

describe('B.I.7: one-stop staff', () => {
  test('centre 21 = 11 + 07 + 03; communes 881 = 234 + 647', () => {
    const s = m.figures.staff;
    expect(n(s.centre.total)).toBe('21');
    expect(n(s.centre.civilServants)).toBe('11');
    expect(c(s.centre.publicEmployees)).toBe('07');
    expect(c(s.centre.contract)).toBe('03');
    expect(n(s.communes.total)).toBe('881');
    expect(n(s.communes.delegated)).toBe('234');
    expect(n(s.communes.dedicated)).toBe('647');
  });
});

describe('frame', () => {
  test('a draft report of UBND tỉnh Lào Cai signed KT. CHỦ TỊCH / PHÓ CHỦ TỊCH Ngô Hạnh Phúc', () => {
    expect(m.frame.isDraft).toBe(true);
    expect(m.frame.symbol).toBe('BC-UBND');
    expect(m.frame.issuingBody).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH LÀO CAI']);
    expect(m.frame.place).toBe('Lào Cai');
    expect(m.frame.signer).toEqual({
      authority: 'KT.',
      onBehalfOf: 'CHỦ TỊCH',
      title: 'PHÓ CHỦ TỊCH',
      name: 'Ngô Hạnh Phúc',
    });
    expect(m.frame.distribution[0]).toBe('Cục KSTTHC (Bộ Tư pháp)');
    expect(m.frame.archive).toBe('VT, HCC_(KSTT)');
  });
});
