import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { preparePackage } from '../../../src/pipeline/prepare-package';
import { letterFile } from '../../../src/render/letter/letter-file';
import { readDocxText } from '../../../src/ooxml/docx-text';
import { verifyLetterDocx } from '../../../src/verify/letter-docx';
import { SAMPLE_766 } from '../../helpers/load-sample';
import { removeTempFolders, tempFolder } from '../../helpers/sample-copy';
import { packageOf } from '../../helpers/sample-package';

afterAll(removeTempFolders);

test('the index-766 letter of seed 000: computed paragraph, four footnotes from the rules, in order', async () => {
  const model = await packageOf(SAMPLE_766);
  const bytes = letterFile(model.letter!, model.report);
  const text = readDocxText(bytes);
  const body = text.body.map((p) => p.text).join('\n');
  expect(body).toContain(
    'Tính đến ngày 25/8/2025, tỉnh Lào Cai xếp thứ 15/34 tỉnh, thành phố, đạt 82,16 điểm, mặc dù số điểm tăng, nhưng xếp hạng lại giảm[^1] (Công khai minh bạch đạt 15,34/18 điểm, Tiến độ giải quyết đạt 18,95/20 điểm[^2], Dịch vụ công trực tuyến đạt 16,63/22 điểm[^3], Mức độ hài lòng đạt 17,97/18 điểm, Số hóa hồ sơ đạt 13,3/22 điểm[^4])',
  );
  const notes = [...text.footnotes.entries()].sort(([a], [b]) => a - b).map(([, t]) => t);
  // Openings typed from seed 000; the full texts are asserted in test/render/footnotes/.
  const openings = [
    'Một số sở, ban, ngành, địa phương xếp thứ hạng thấp: UBND các xã, phường: Ngũ Chỉ Sơn',
    'Một số sở, ban, ngành, địa phương có hồ sơ quá hạn nhiều: Sở Nông nghiệp',
    'Một số sở, ban, ngành, địa phương tỷ lệ nộp hồ sơ trực tuyến thấp: Sở Công Thương',
    'Một số sở, ban, ngành, địa phương có Tỷ lệ số hóa hồ sơ thấp: Sở Nội vụ',
  ];
  expect(notes.map((n, i) => n.startsWith(openings[i]!))).toEqual([true, true, true, true]);
  expect(notes[1]).toContain(
    'Sở Nông nghiệp và Môi trường 303 hồ sơ, UBND phường Lào Cai 148 hồ sơ',
  );
  expect(
    verifyLetterDocx(bytes, model.letter!, model.report, 'cong-van-766.docx').mismatches,
  ).toEqual([]);
});

test('a rule-file mistake stops the letter and names the rule and field', async () => {
  const dir = tempFolder();
  cpSync(SAMPLE_766, dir, { recursive: true });
  const rules = join(dir, 'chu-thich.yaml');
  writeFileSync(
    rules,
    readFileSync(rules, 'utf8').replace('metric: ho_so_qua_han', 'metric: ho_so_qua_hanh'),
  );
  const r = await preparePackage({ data: dir });
  expect(r.model).toBeNull();
  expect(r.issues.map((i) => i.message).join('\n')).toContain('ho_so_qua_han');
});
