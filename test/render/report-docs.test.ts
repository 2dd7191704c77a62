import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_SECTIONS } from '../../src/contract/content-sections';
import { projectRoot } from '../../src/ingest/read-registry';
import { reportView } from '../../src/render/report/report-view';
import { modelOf, SAMPLE_Q1 } from '../helpers/load-sample';

const doc = readFileSync(join(projectRoot(), 'docs', 'report.md'), 'utf8');

test('docs/report.md names every value a content file may quote', async () => {
  const { view } = reportView(await modelOf(SAMPLE_Q1));
  const names = Object.keys(view).filter((k) => typeof view[k] !== 'object');
  const named = (k: string) => {
    const group = /^(hs|sn|xa)_(.+)$/.exec(k);
    return group ? doc.includes(`\`${group[2]}\``) : doc.includes(`\`${k}\``);
  };
  expect(
    names.filter(
      (k) =>
        !named(k) &&
        !/^(so_ky_hieu|dia_danh_ngay|co_quan_chu_quan|ky_tham_quyen|ky_chuc_vu|ky_ho_ten|luu|chu_thich_.*|co_ca_hai)$/.test(
          k,
        ),
    ),
  ).toEqual([]);
});

test('docs/report.md lists every content section', () => {
  for (const s of CONTENT_SECTIONS)
    expect([s.key, doc.includes(`\`${s.key}\``)]).toEqual([s.key, true]);
});
