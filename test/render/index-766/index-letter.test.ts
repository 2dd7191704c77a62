import { join } from 'node:path';
import { readLetter, type RawLetter } from '../../../src/ingest/read-letter';
import { readRegistry } from '../../../src/ingest/read-registry';
import { readRulesFile } from '../../../src/ingest/read-rules';
import { indexLetter } from '../../../src/render/index-766/index-letter';
import { readDocxText } from '../../../src/ooxml/docx-text';
import { verifyLetterDocx } from '../../../src/verify/letter-docx';
import { modelOf, SAMPLE_766 } from '../../helpers/load-sample';

test('the index-766 letter of seed 000: computed paragraph, four footnotes from the rules, in order', async () => {
  const model = await modelOf(SAMPLE_766);
  const raw = readLetter(join(SAMPLE_766, 'cong-van.md')) as RawLetter;
  const rules = readRulesFile(join(SAMPLE_766, 'chu-thich.yaml'));
  const r = indexLetter(raw, rules.raw, model, readRegistry());
  expect(r.issues).toEqual([]);
  const text = readDocxText(r.bytes!);
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
  expect(verifyLetterDocx(r.bytes!, r.letter!, 'cong-van-766.docx', r.notes)).toEqual([]);
});

test('a rule-file mistake stops the letter and names the rule and field', async () => {
  const model = await modelOf(SAMPLE_766);
  const raw = readLetter(join(SAMPLE_766, 'cong-van.md')) as RawLetter;
  const rules = readRulesFile(join(SAMPLE_766, 'chu-thich.yaml'));
  const data = JSON.parse(JSON.stringify(rules.raw!.data));
  data.rules[1].lists.don_vi.metric = 'ho_so_qua_hanh';
  const r = indexLetter(raw, { ...rules.raw!, data }, model, readRegistry());
  expect(r.bytes).toBeNull();
  expect(r.issues.map((i) => i.message).join('\n')).toContain('ho_so_qua_han');
});
