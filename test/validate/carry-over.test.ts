/**
 * Carry-over checked against the previous period (issue 17): "từ kỳ trước chuyển sang" (06c
 * (6)) of each unit must equal its dossiers pending at the end of the previous period (06c
 * (11)). Expected values are read by hand from data/lao-cai-2026-q1/HoSo.csv.
 */
import { completeTotals } from '../../src/domain/complete-totals';
import type { Dataset } from '../../src/domain/dataset';
import { formatLocation } from '../../src/issues/location';
import { preparePackage } from '../../src/pipeline/prepare-package';
import { checkCarryOver } from '../../src/validate/carry-over';
import { csvAt, mentioning } from '../helpers/issues';
import { SAMPLES, validatePath } from '../helpers/sample-copy';

let q1: Dataset;
beforeAll(async () => {
  q1 = (await validatePath(SAMPLES.q1)).dataset!;
});

/** Quarter II as it should be: every unit carries over what it had pending at the end of Q1. */
const secondQuarter = (carry: (id: string, pending: number) => number): Dataset => ({
  ...q1,
  period: { year: 2026, kind: 'quarter', quarter: 2 },
  dossiers: q1.dossiers.map((r) => ({
    ...r,
    ky_truoc_chuyen_sang: carry(r.ma_don_vi, completeTotals('HoSo', r).tong_dang_giai_quyet ?? 0),
  })),
});

test('a quarter that carries over every pending dossier raises nothing', () => {
  expect(
    checkCarryOver(
      secondQuarter((_id, pending) => pending),
      q1,
    ),
  ).toEqual([]);
});

test('a unit carrying over 2200 while 2123 + 103 = 2226 were pending: refused at both cells', () => {
  const q2 = secondQuarter((id, pending) => (id === 'SO-NNMT' ? 2200 : pending));
  const issues = checkCarryOver(q2, q1, 'ky-truoc/');
  expect(issues).toEqual([
    {
      code: 'CARRY_OVER_MISMATCH',
      severity: 'error',
      location: csvAt('HoSo', 2, 'ky_truoc_chuyen_sang'),
      message: mentioning(
        'Sở Nông nghiệp và Môi trường',
        '2.200',
        '2.226',
        // Named with the previous data's path: its files have this period's names.
        formatLocation({ ...csvAt('HoSo', 2, 'tong_dang_giai_quyet'), file: 'ky-truoc/HoSo.csv' }),
      ),
    },
  ]);
});

test('a unit pending at the end of the previous period and absent now is named', () => {
  const q2 = { ...secondQuarter((_id, p) => p) };
  const without = { ...q2, dossiers: q2.dossiers.filter((r) => r.ma_don_vi !== 'SO-NNMT') };
  expect(checkCarryOver(without, q1)).toEqual([
    {
      code: 'CARRY_OVER_UNIT_MISSING',
      severity: 'error',
      location: csvAt('HoSo', 2, 'tong_dang_giai_quyet'),
      message: mentioning('Sở Nông nghiệp và Môi trường', '2.226'),
    },
  ]);
});

test('validate --ky-truoc with a dataset that is not the period before: refused, nothing built', async () => {
  const prepared = await preparePackage({ data: SAMPLES.q1, previous: SAMPLES.q1 });
  expect(prepared.model).toBeNull();
  expect(prepared.issues.map((i) => i.code)).toEqual(['PREVIOUS_PERIOD_NOT_BEFORE']);
  expect(prepared.issues[0]!.message).toContain('Quý I năm 2026');
});
