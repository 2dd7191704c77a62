/**
 * The corpus of bad portal captures for `tthc import-766` (issue 14, "Bad input"): each case
 * copies the real Phú Thọ captures of test/fixtures/portal-766/ into a fresh folder, changes
 * one thing as an official's mistake would, and names the issue it must raise, where, and what
 * its message must name. Used by test/pipeline/import-766-bad-input.test.ts (the pipeline) and
 * test/cli/import-766.test.ts (exit codes, nothing written).
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IssueCode } from '../../src/issues/messages';
import type { Location } from '../../src/issues/location';
import { projectRoot } from '../../src/tools/project-root';
import { tempFolder } from './sample-copy';

export const PORTAL_FIXTURES = join(projectRoot(), 'test', 'fixtures', 'portal-766');
/** The six quarter pages of Phú Thọ, Q3 2026, as saved (unedited). */
export const PHU_THO_Q3 = join(PORTAL_FIXTURES, 'phu-tho-2026-q3');
/** The progress page of the same province for the year 2026. */
export const PHU_THO_YEAR_PROGRESS = join(
  PORTAL_FIXTURES,
  'phu-tho-2026-nam',
  'dvc-progress-tree',
  'year-all.json',
);

export const PAGE = {
  transparency: 'transparency/quarter-all.json',
  progress: 'dvc-progress-tree/quarter-all.json',
  online: 'provide-online-tree/quarter-all.json',
  payment: 'formality-online-payment-tree/quarter-all.json',
  digitised: 'dossier-digitized/quarter-all.json',
  satisfaction: 'handling-satisfaction/quarter-all.json',
} as const;

type Json = Record<string, unknown> & { data: Record<string, unknown> };

/** A copy of the six quarter pages in a fresh folder; returns the folder. */
export function copyCaptures(): string {
  const dir = tempFolder('tthc-portal-');
  cpSync(PHU_THO_Q3, dir, { recursive: true });
  return dir;
}

/** Reads a page of a copy, lets `edit` change it, writes it back (still one line, as saved). */
export function editPage(dir: string, page: string, edit: (json: Json) => void): void {
  const path = join(dir, page);
  const json = JSON.parse(readFileSync(path, 'utf8')) as Json;
  edit(json);
  writeFileSync(path, JSON.stringify(json));
}

export interface PortalCase {
  readonly name: string;
  /**
   * Changes a fresh copy of the captures; may write the dataset folder `out` too, from `base`,
   * a folder a clean import wrote (its DonVi.csv and DonViCong766.csv).
   */
  readonly make: (captures: string, out: string, base: string) => void;
  readonly province?: string;
  readonly errors: readonly IssueCode[];
  /** Where the first error of `errors[0]` is. */
  readonly at: Partial<Location>;
  /** Values its message names. */
  readonly mentions: readonly string[];
}

const units = (j: Json) => (j.data.evaluation ?? j.data.children) as Record<string, unknown>[];

/** Copies DonVi.csv of a clean import and adds lines to it. */
function donViWith(base: string, out: string, lines: string): void {
  writeFileSync(join(out, 'DonVi.csv'), readFileSync(join(base, 'DonVi.csv'), 'utf8') + lines);
}

export const PORTAL_CASES: readonly PortalCase[] = [
  {
    name: "a page of another endpoint (the portal's list of procedures)",
    make: (dir) =>
      writeFileSync(
        join(dir, 'thu-tuc.json'),
        JSON.stringify({
          code: 'OK',
          data: { items: [{ id: 1, name: 'Cấp phép' }] },
          message: 'OK',
        }),
      ),
    errors: ['PORTAL_ENDPOINT_UNKNOWN'],
    at: { file: 'thu-tuc.json' },
    mentions: ['transparency', 'dossier-digitized'],
  },
  {
    name: 'an error response saved instead of the page',
    make: (dir) =>
      writeFileSync(
        join(dir, PAGE.payment),
        JSON.stringify({ code: 'UNAUTHORIZED', data: null, message: 'Phiên đăng nhập hết hạn' }),
      ),
    errors: ['PORTAL_NOT_OK'],
    at: { file: PAGE.payment },
    mentions: ['UNAUTHORIZED', 'Phiên đăng nhập hết hạn'],
  },
  {
    name: 'a page saved truncated (JSON cut after 100 000 characters)',
    make: (dir) => {
      const path = join(dir, PAGE.transparency);
      writeFileSync(path, readFileSync(path, 'utf8').slice(0, 100_000));
    },
    errors: ['PORTAL_JSON'],
    at: { file: PAGE.transparency },
    mentions: ['dòng 1', 'bị cắt'],
  },
  {
    name: "a page of another province (Tuyên Quang) among Phú Thọ's",
    make: (dir) =>
      editPage(dir, PAGE.satisfaction, (j) => {
        const o = j.data.overview as Record<string, unknown>;
        o.departmentName = 'UBND tỉnh Tuyên Quang';
        o.departmentId = '019d0000-0000-0000-0000-000000000008';
      }),
    errors: ['PORTAL_OTHER_PROVINCE'],
    at: { file: PAGE.satisfaction },
    mentions: ['UBND tỉnh Tuyên Quang', 'tỉnh Phú Thọ'],
  },
  {
    name: "Phú Thọ's pages imported as Tuyên Quang (--province 08)",
    make: () => undefined,
    province: '08',
    errors: ['PORTAL_OTHER_PROVINCE'],
    at: { file: PAGE.digitised },
    mentions: ['UBND tỉnh Phú Thọ', 'tỉnh Tuyên Quang'],
  },
  {
    name: "the year's progress page among the quarter's pages",
    make: (dir) => cpSync(PHU_THO_YEAR_PROGRESS, join(dir, PAGE.progress)),
    errors: ['PORTAL_PERIODS_MIXED'],
    // The province received 464.494 dossiers in Q3 (dossier-digitized), 597.918 in the year.
    at: { file: PAGE.progress },
    mentions: ['UBND tỉnh Phú Thọ', '464.494', '597.918', PAGE.digitised],
  },
  {
    name: 'one department mapped to two units in DonViCong766',
    make: (_dir, out, base) => {
      const id = '019d2be3-6a88-732b-8b17-c2db58b51fef'; // Sở Công Thương
      cpSync(join(base, 'DonVi.csv'), join(out, 'DonVi.csv'));
      writeFileSync(
        join(out, 'DonViCong766.csv'),
        `ma_cong,ma_so_cong,ten_cong,ma_don_vi\n${id},H44.07,Sở Công Thương,H44.07\n${id},H44.07,Sở Công Thương,H44.08\n`,
      );
    },
    errors: ['PORTAL_DEPARTMENT_TWICE'],
    at: { file: 'DonViCong766.csv', row: 3 },
    mentions: ['019d2be3-6a88-732b-8b17-c2db58b51fef', 'H44.07', 'H44.08', 'dòng 2'],
  },
  {
    name: "two agencies of DonVi that one department's name matches",
    make: (_dir, out, base) => donViWith(base, out, 'SO-XD2,co_quan,Sở Xây Dựng,,\n'),
    errors: ['PORTAL_AMBIGUOUS'],
    at: { file: PAGE.transparency },
    mentions: ['Sở Xây dựng - Tỉnh Phú Thọ', 'H44.44', 'SO-XD2'],
  },
  {
    name: 'an agency of the portal that DonVi spells otherwise: none matches, the closest named',
    make: (_dir, out, base) => {
      const file = join(out, 'DonVi.csv');
      const text = readFileSync(join(base, 'DonVi.csv'), 'utf8');
      writeFileSync(
        file,
        text.replace('H44.44,co_quan,Sở Xây dựng,', 'H44.44,co_quan,Sở Xây dựnh,'),
      );
    },
    errors: ['PORTAL_UNMATCHED'],
    at: { file: PAGE.transparency },
    mentions: ['Sở Xây dựng - Tỉnh Phú Thọ', 'bảng Đơn vị (sở, ban, ngành)', 'Sở Xây dựnh'],
  },
  {
    name: 'two departments given one unit in DonViCong766',
    make: (_dir, out, base) => {
      cpSync(join(base, 'DonVi.csv'), join(out, 'DonVi.csv'));
      // Sở Tư pháp's line of a clean import, pointed at Sở Công Thương's unit.
      const lines = readFileSync(join(base, 'DonViCong766.csv'), 'utf8')
        .split('\n')
        .map((l) =>
          l.startsWith('019d2be3-6a88-732b-8b18-036c92177c31')
            ? l.replace(/H44\.19$/, 'H44.07')
            : l,
        );
      writeFileSync(join(out, 'DonViCong766.csv'), lines.join('\n'));
    },
    errors: ['PORTAL_UNIT_TWICE'],
    at: { file: PAGE.transparency },
    mentions: ['Sở Công Thương (H44.07)', 'Sở Tư pháp - Tỉnh Phú Thọ'],
  },
  {
    name: 'a group score beyond its maximum (transparency 19/18)',
    make: (dir) =>
      editPage(dir, PAGE.transparency, (j) => {
        units(j)[4]!.totalScore = 19;
      }),
    errors: ['PORTAL_SCORE_ABOVE_MAX'],
    at: { file: PAGE.transparency, detail: 'data.evaluation[4].score (UBND Phường Việt Trì)' },
    mentions: ['Công khai, minh bạch', '19', '18', '2026'],
  },
  {
    name: 'a sub-indicator score beyond its maximum (DOSSIER_SYNC 6,5/6)',
    make: (dir) =>
      editPage(dir, PAGE.transparency, (j) => {
        const m = (units(j)[0]!.metrics as Record<string, unknown>[]).find(
          (x) => x.code === 'DOSSIER_SYNC',
        )!;
        m.score = 6.5;
      }),
    errors: ['PORTAL_SCORE_ABOVE_MAX'],
    at: { file: PAGE.transparency },
    mentions: ['dong_bo_ho_so', '6,5', '6'],
  },
  {
    name: 'a page left out (no payment page)',
    make: (dir) => rmSync(join(dir, 'formality-online-payment-tree'), { recursive: true }),
    errors: ['PORTAL_GROUP_MISSING'],
    at: {},
    mentions: ['Thanh toán trực tuyến', 'formality-online-payment-tree'],
  },
  {
    name: 'a page saved with 100 of its 163 rows',
    make: (dir) =>
      editPage(dir, PAGE.digitised, (j) => {
        j.data.evaluation = units(j).slice(0, 100);
      }),
    errors: ['PORTAL_PAGE_INCOMPLETE', 'PORTAL_UNIT_MISSING'],
    at: { file: PAGE.digitised, detail: 'data.pagination' },
    mentions: ['100', '163'],
  },
  {
    name: 'a page whose JSON has a key twice (the second "data" would silently win)',
    make: (dir) => {
      const path = join(dir, PAGE.payment);
      const text = readFileSync(path, 'utf8');
      writeFileSync(path, `${text.slice(0, -1)},\n"data": {}}`);
    },
    errors: ['JSON_DUPLICATE_KEY'],
    at: { file: PAGE.payment, row: 2 },
    mentions: ['"data"'],
  },
  {
    name: 'a folder of more than 100 .json files (not a folder of saved pages)',
    make: (dir) => {
      for (let i = 0; i < 101; i++) writeFileSync(join(dir, `z-${i}.json`), '{}');
    },
    errors: ['PORTAL_TOO_MANY_FILES'],
    at: {},
    mentions: ['100'],
  },
  {
    name: 'a page saved in Windows-1258 (not UTF-8)',
    make: (dir) => {
      const path = join(dir, PAGE.transparency);
      const bytes = readFileSync(path);
      // 0xD2 alone is not UTF-8: the byte Windows-1258 gives a Vietnamese letter.
      writeFileSync(
        path,
        Buffer.concat([bytes.subarray(0, 200), Buffer.from([0xd2]), bytes.subarray(200)]),
      );
    },
    errors: ['FILE_ENCODING'],
    at: { file: PAGE.transparency, row: 1 },
    mentions: ['UTF-8'],
  },
];
