// Issue 13, point 4: the read-back compares the written files with the package model, never
// with what render produced. A render step that changes one footnote item or one letter figure
// (a bug in render, not an edit of the file) must make the build fail and write nothing.
import { readdirSync } from 'node:fs';
import type * as LetterBody from '../../src/render/letter/letter-body';
import type * as TemplateValues from '../../src/render/report/template-values';
import type * as Pipeline from '../../src/pipeline/build-package';
import type * as Prepare from '../../src/pipeline/prepare-package';
import { SAMPLE_766, SAMPLE_Q1 } from '../helpers/load-sample';
import { removeTempFolders, tempFolder } from '../helpers/sample-copy';

afterAll(removeTempFolders);

/** Builds a sample with the modules of this test's registry (mocked or not). */
async function build(data: string) {
  const { preparePackage } = jest.requireActual<typeof Prepare>(
    '../../src/pipeline/prepare-package',
  );
  const { buildPackage } = jest.requireActual<typeof Pipeline>('../../src/pipeline/build-package');
  const prepared = await preparePackage({ data });
  expect(prepared.model).not.toBeNull();
  const out = tempFolder();
  return { result: await buildPackage(prepared.model!, { out, force: false }), out };
}

const codes = (r: Awaited<ReturnType<typeof build>>['result']) =>
  r.status === 'refused' ? r.issues.map((i) => i.code) : [r.status];

afterEach(() => jest.resetModules());

test('untampered, both samples build', async () => {
  for (const data of [SAMPLE_Q1, SAMPLE_766]) {
    const { result } = await build(data);
    expect(result.status).toBe('written');
  }
}, 120_000);

test('render lists one document of a report footnote wrongly: the build fails, nothing written', async () => {
  await jest.isolateModulesAsync(async () => {
    jest.doMock('../../src/render/report/template-values', () => {
      const actual = jest.requireActual<typeof TemplateValues>(
        '../../src/render/report/template-values',
      );
      return {
        ...actual,
        templateValues: (...args: Parameters<typeof actual.templateValues>) => {
          const values = actual.templateValues(...args);
          const note = values.chu_thich_ke_hoach as string;
          expect(note).toContain('197/KH-UBND');
          return { ...values, chu_thich_ke_hoach: note.replace('197/KH-UBND', '179/KH-UBND') };
        },
      };
    });
    const { result, out } = await build(SAMPLE_Q1);
    expect(codes(result)).toEqual(['OUTPUT_FOOTNOTE_MISMATCH']);
    expect(readdirSync(out)).toEqual([]);
  });
}, 120_000);

test('render writes one figure of the 766 letter wrongly: the build fails, nothing written', async () => {
  await jest.isolateModulesAsync(async () => {
    jest.doMock('../../src/render/letter/letter-body', () => {
      const actual = jest.requireActual<typeof LetterBody>('../../src/render/letter/letter-body');
      return {
        ...actual,
        letterBody: (paragraphs: readonly string[], notes: ReadonlyMap<string, string>) => {
          expect(paragraphs.some((p) => p.includes('đạt 82,16 điểm'))).toBe(true);
          return actual.letterBody(
            paragraphs.map((p) => p.replace('đạt 82,16 điểm', 'đạt 83,16 điểm')),
            notes,
          );
        },
      };
    });
    const { result, out } = await build(SAMPLE_766);
    // The paragraph is not the model's, and its words name the province's total score.
    expect(codes(result)).toEqual(['OUTPUT_TEXT_MISSING', 'OUTPUT_FIGURE_MISSING']);
    expect(readdirSync(out)).toEqual([]);
  });
}, 120_000);

test('render lists one unit of a letter footnote wrongly: the build fails', async () => {
  await jest.isolateModulesAsync(async () => {
    jest.doMock('../../src/render/letter/letter-body', () => {
      const actual = jest.requireActual<typeof LetterBody>('../../src/render/letter/letter-body');
      return {
        ...actual,
        letterBody: (paragraphs: readonly string[], notes: ReadonlyMap<string, string>) => {
          const note = notes.get('ho_so_qua_han')!;
          expect(note).toContain('303 hồ sơ');
          const changed = new Map(notes).set(
            'ho_so_qua_han',
            note.replace('303 hồ sơ', '330 hồ sơ'),
          );
          return actual.letterBody(paragraphs, changed);
        },
      };
    });
    const { result } = await build(SAMPLE_766);
    expect(codes(result)).toEqual(['OUTPUT_FOOTNOTE_MISMATCH']);
  });
}, 120_000);
