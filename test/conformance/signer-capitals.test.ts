// Nghị định 30/2020 prints the signer's authority and title in capitals: the generators now write
// them so however the data or the content file spells them, and the checker agrees.
import { join } from 'node:path';
import { checkFormat } from '../../src/conformance/check-format';
import { projectRoot } from '../../src/tools/project-root';
import { readDocxText } from '../../src/ooxml/docx-text';
import { readFileSync } from 'node:fs';
import { modelOf, SAMPLE_Q1 } from '../helpers/load-sample';
import { sampleReport } from '../helpers/sample-report';
import { letterFromText } from '../helpers/sample-package';

const lines = (bytes: Buffer) => readDocxText(bytes).body.map((p) => p.text);

test('a letter whose content file writes "Kt. Chủ tịch" / "Phó Chủ tịch" prints capitals', () => {
  const path = join(projectRoot(), 'data', 'cong-van', '004-thuc-day-dvc-truc-tuyen.md');
  const text = readFileSync(path, 'utf8')
    .replace('tham_quyen: KT. CHỦ TỊCH', 'tham_quyen: KT. Chủ tịch')
    .replace('chuc_vu: PHÓ CHỦ TỊCH', 'chuc_vu: Phó Chủ tịch');
  expect(text).toContain('chuc_vu: Phó Chủ tịch');
  const made = letterFromText(text, path);
  expect(lines(made.bytes!)).toEqual(expect.arrayContaining(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']));
  expect(checkFormat(made.bytes!, 'cong-van.docx').issues).toEqual([]);
});

test('a report whose data writes the title in lower case prints capitals', async () => {
  const m = await modelOf(SAMPLE_Q1);
  const signer = { ...m.frame.signer, title: 'Phó Chủ tịch', onBehalfOf: 'Chủ tịch' };
  const model = { ...m, frame: { ...m.frame, signer } };
  const { bytes } = await sampleReport(SAMPLE_Q1, undefined, model);
  expect(lines(bytes!)).toEqual(expect.arrayContaining(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']));
  expect(checkFormat(bytes!, 'bao-cao.docx').issues).toEqual([]);
});
