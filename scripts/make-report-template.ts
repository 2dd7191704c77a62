/**
 * Writes templates/bao-cao-quy.docx, the Word template of the quarterly report, from its
 * description in scripts/report-template/. Run: npm run template. A test fails when the
 * committed template differs from what this script writes.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { docxBytes } from '../src/render/docx/package';
import { TEMPLATE_STAMP } from '../src/ingest/report-template-file';
import { reportTemplate } from './report-template/build-template';

const target = join(__dirname, '..', '..', 'templates', 'bao-cao-quy.docx');
writeFileSync(target, docxBytes(reportTemplate(), TEMPLATE_STAMP));
console.log(`Đã ghi ${target}`);
