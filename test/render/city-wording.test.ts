// The words that differ between a tỉnh and a thành phố trực thuộc trung ương (issue 16), in the
// quarterly report and the forms annex of a province and of the six cities: synthetic datasets
// of each (every commune of the registry), rendered as `tthc build` renders them. The expected
// words are typed from Nghị định 30/2020, Phụ lục I (the place of the date line: a city's
// official name for Hồ Chí Minh, the name without "thành phố" for the others and for a tỉnh)
// and Phụ lục II (only "Thành phố Hồ Chí Minh" keeps its capital in running text).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeReportDataset } from '../../scripts/bench/national-datasets';
import { fillForms } from '../../src/forms';
import { readDocxText } from '../../src/ooxml/docx-text';
import { annexDocx } from '../../src/render/annex/annex-docx';
import { stampOf } from '../../src/render/render-package';
import { sampleReport } from '../helpers/sample-report';

const root = mkdtempSync(join(tmpdir(), 'tthc-cities-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

// code, header line, place of the date line, "trên địa bàn …", the committee, the centre.
const CASES = [
  [
    '15',
    'TỈNH LÀO CAI',
    'Lào Cai',
    'tỉnh Lào Cai',
    'UBND tỉnh',
    'Trung tâm Phục vụ hành chính công tỉnh',
  ],
  [
    '01',
    'THÀNH PHỐ HÀ NỘI',
    'Hà Nội',
    'thành phố Hà Nội',
    'UBND thành phố Hà Nội',
    'Trung tâm Phục vụ hành chính công thành phố Hà Nội',
  ],
  [
    '79',
    'THÀNH PHỐ HỒ CHÍ MINH',
    'Thành phố Hồ Chí Minh',
    'Thành phố Hồ Chí Minh',
    'UBND Thành phố Hồ Chí Minh',
    'Trung tâm Phục vụ hành chính công Thành phố Hồ Chí Minh',
  ],
  [
    '31',
    'THÀNH PHỐ HẢI PHÒNG',
    'Hải Phòng',
    'thành phố Hải Phòng',
    'UBND thành phố Hải Phòng',
    'Trung tâm Phục vụ hành chính công thành phố Hải Phòng',
  ],
  [
    '46',
    'THÀNH PHỐ HUẾ',
    'Huế',
    'thành phố Huế',
    'UBND thành phố Huế',
    'Trung tâm Phục vụ hành chính công thành phố Huế',
  ],
  [
    '48',
    'THÀNH PHỐ ĐÀ NẴNG',
    'Đà Nẵng',
    'thành phố Đà Nẵng',
    'UBND thành phố Đà Nẵng',
    'Trung tâm Phục vụ hành chính công thành phố Đà Nẵng',
  ],
  [
    '92',
    'THÀNH PHỐ CẦN THƠ',
    'Cần Thơ',
    'thành phố Cần Thơ',
    'UBND thành phố Cần Thơ',
    'Trung tâm Phục vụ hành chính công thành phố Cần Thơ',
  ],
] as const;

test.each(CASES)(
  'province %s: report and annex',
  async (code, header, place, mention, committee, centre) => {
    const dir = writeReportDataset(join(root, code), code, {
      period: '2026-Q1',
      reportDate: '2026-03-16',
    });
    const r = await sampleReport(dir);
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const body = readDocxText(r.bytes!).body.map((p) => p.text);
    expect(body).toContain(header);
    expect(body.some((t) => t.startsWith(`${place}, ngày `))).toBe(true);
    if (!place.startsWith('Thành phố'))
      expect(body.some((t) => t.includes(`Thành phố ${place}, ngày`))).toBe(false);
    expect(body.some((t) => t.endsWith(`năm 2026 trên địa bàn ${mention}`))).toBe(true);
    const all = body.join('\n');
    expect(all).toContain(`Ủy ban nhân dân (UBND) ${mention} báo cáo kết quả`);
    expect(all).toContain(`Các sở, ban, ngành thuộc ${committee}:`);
    expect(body).toContain(`- ${centre}`);
    const annex = readDocxText(annexDocx(fillForms(r.model), r.model, stampOf(r.model))).body.map(
      (p) => p.text,
    );
    // Each of the four forms names the reporting body and signs at the place.
    expect(annex.filter((t) => t === `Đơn vị báo cáo: UBND ${mention}`)).toHaveLength(4);
    expect(annex.filter((t) => t.startsWith(`${place}, ngày `))).toHaveLength(4);
    expect(annex.some((t) => t.endsWith(`năm 2026 của UBND ${mention})`))).toBe(true);
  },
  60_000,
);
