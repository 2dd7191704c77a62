import { join } from 'node:path';
import { projectRoot } from '../tools/project-root';

/** File name of the bundled quarterly report template, in templates/. */
export const REPORT_TEMPLATE = 'bao-cao-quy.docx';

/** Time stamp of the template's zip entries, so that regenerating it changes no byte. */
export const TEMPLATE_STAMP = new Date(Date.UTC(2026, 0, 1));

/** Path of the bundled template. */
export const bundledReportTemplate = (): string =>
  join(projectRoot(), 'templates', REPORT_TEMPLATE);
