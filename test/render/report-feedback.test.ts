// The PAKN sentence of part I.5 when some PAKN are received but none is handled yet: there is
// no share of handled PAKN published, so its clause is left out (it used to print a blank:
// "giải quyết và  PAKN đã xử lý được công khai").
import { readDocxText } from '../../src/ooxml/docx-text';
import { SAMPLE_Q1, modelOf } from '../helpers/load-sample';
import { sampleReport } from '../helpers/sample-report';

const feedbackSentence = (bytes: Buffer) =>
  readDocxText(bytes)
    .body.map((p) => p.text)
    .find((t) => t.startsWith('Kết quả:') && t.includes('PAKN'));

test('with handled PAKN: the share published is said (sample: 61 of 61 handled, 100%)', async () => {
  const r = await sampleReport(SAMPLE_Q1);
  expect(feedbackSentence(r.bytes!)).toMatch(
    /tiếp nhận, giải quyết và 100% PAKN đã xử lý được công khai theo quy định\.$/,
  );
});

test('with PAKN received but none handled: the sentence ends without the published share', async () => {
  const m = await modelOf(SAMPLE_Q1);
  const fb = m.feedback!;
  const none = { ...fb.total, handled: 0, handledOnTime: 0, handledLate: 0, published: 0 };
  const model = { ...m, feedback: { ...fb, total: none, publishedShare: null } };
  const r = await sampleReport(SAMPLE_Q1, undefined, model);
  const sentence = feedbackSentence(r.bytes!)!;
  expect(sentence).toMatch(/các PAKN đã được cơ quan có thẩm quyền tiếp nhận, giải quyết\.$/);
  expect(sentence).not.toContain('công khai');
  expect(sentence).not.toMatch(/\s{2}/);
});
