import { PLACEHOLDERS, STATISTICS_PARAGRAPH } from '../../catalogue';
import { PROVINCE_UNIT_ID } from '../../contract/tables';
import { findProvince } from '../../domain/find-province';
import type { Province, Registry } from '../../domain/registry';
import type { RawLetterPackage, RawPackage } from '../../ingest/read-package';
import type { RawLetter } from '../../ingest/read-letter';
import { makeIssue, type Issue } from '../../issues/issue';
import { checkFootnoteMarks } from '../content/check-footnote-marks';
import { checkPlaceholders } from '../content/check-placeholders';
import { otherProvinceMentions } from '../content/other-province';
import { parseContent } from '../content/parse-content';
import type { Dataset } from '../../domain/dataset';
import { validateFootnoteRules } from '../footnote-rules';
import { validateLetter, type Letter } from '../letter/validate-letter';
import { checkTemplate } from '../template/check-template';
import type { PackageInputs, ReportSources } from './package-inputs';
import { validateSource, type Expected } from './validate-source';

const provinceReading = (ds: Dataset) =>
  ds.indexReadings.some((r) => r.ma_don_vi === PROVINCE_UNIT_ID);

/**
 * The content file and template of the report: the template's syntax and tags, the content
 * file's sections, placeholders and footnote marks; with `province`, its prose naming another
 * of the 34 (a warning). Every problem at once; the sources only when both are usable.
 */
export function checkReportSources(
  content: RawPackage['content'],
  rawTemplate: RawPackage['template'],
  boundaryFree: number,
  province?: { readonly own: Province; readonly all: readonly Province[] },
): { sources: ReportSources | null; issues: Issue[] } {
  const issues: Issue[] = [];
  let template = null;
  if ('code' in rawTemplate) issues.push(rawTemplate);
  else {
    const checked = checkTemplate(rawTemplate.bytes, rawTemplate.file);
    issues.push(...checked.issues);
    template = { ...rawTemplate, tags: checked.tags };
  }
  if ('code' in content) return { sources: null, issues: [...issues, content] };
  const file = content.file;
  const parsed = parseContent(content.text, file);
  issues.push(...parsed.issues);
  const lines = [...parsed.sections.values()].flat();
  issues.push(...checkPlaceholders(lines, [...PLACEHOLDERS.keys()], file));
  if (province) issues.push(...otherProvinceMentions(lines, province.own, province.all, file));
  const marks = checkFootnoteMarks(parsed.sections, file);
  issues.push(...marks.issues);
  // The footnote listing these decisions is the content file's to place ([^dia_gioi]).
  if (boundaryFree > 0 && !marks.placed.has('dia_gioi'))
    issues.push(
      makeIssue('CONTENT_FOOTNOTE_UNPLACED', { key: 'dia_gioi', count: boundaryFree }, { file }),
    );
  if (!template || issues.some((i) => i.severity === 'error')) return { sources: null, issues };
  return {
    sources: { template, contentFile: file, sections: parsed.sections },
    issues,
  };
}

/** The rule file: read, then checked against its schema, once. */
function rulesOf(raw: RawPackage['rules'], issues: Issue[]) {
  if (!raw) return null;
  issues.push(...raw.issues);
  if (!raw.raw) return null;
  const checked = validateFootnoteRules(raw.raw);
  issues.push(...checked.issues);
  return checked.rules;
}

/**
 * A letter's frame and body: the frame against its schema and the registry, the body's
 * placeholders against what the data can give (`known`).
 */
export function letterOf(
  raw: RawLetter | Issue,
  registry: Registry,
  known: readonly string[],
  issues: Issue[],
): Letter | null {
  if ('code' in raw) {
    issues.push(raw);
    return null;
  }
  const checked = validateLetter(raw);
  issues.push(...checked.issues);
  if (!checked.letter) return null;
  const tinh = String(checked.letter.frame.tinh);
  const own = findProvince(registry, tinh);
  if (!own) {
    issues.push(
      makeIssue('LETTER_PROVINCE', { value: tinh }, { file: raw.file, detail: 'trường tinh' }),
    );
    return null;
  }
  const placeholders = checkPlaceholders(checked.letter.body, known, raw.file);
  issues.push(...placeholders);
  issues.push(...otherProvinceMentions(checked.letter.body, own, registry.provinces, raw.file));
  return placeholders.length > 0 ? null : checked.letter;
}

/** What a letter may name with data: every figure and text, and the statistics paragraph. */
export const letterPlaceholders = (ds: Dataset | null): string[] =>
  ds ? [...PLACEHOLDERS.keys(), ...(provinceReading(ds) ? [STATISTICS_PARAGRAPH] : [])] : [];

/**
 * Checks every input of a package at once: the dataset (and that it is the one asked for), the
 * report's template and content file when the data has dossiers, the footnote rules, the letter
 * when the data has the province's index reading. Every problem that building the package would
 * meet in its inputs is found here, so `tthc validate` says what `tthc build` would.
 */
export function validatePackage(
  raw: RawPackage,
  expected: Expected = {},
): { inputs: PackageInputs | null; issues: Issue[] } {
  const { dataset, issues: dataIssues } = validateSource(
    raw.dataset,
    raw.dataName,
    raw.registry,
    expected,
  );
  const issues = [...dataIssues];
  let report: ReportSources | null = null;
  if (dataset && dataset.dossiers.length > 0) {
    const boundaryFree = dataset.documents.filter(
      (d) => d.nhom === 'khong_phu_thuoc_dia_gioi',
    ).length;
    const checked = checkReportSources(raw.content, raw.template, boundaryFree, {
      own: dataset.province,
      all: raw.registry.provinces,
    });
    report = checked.sources;
    issues.push(...checked.issues);
  }
  const rules = rulesOf(raw.rules, issues);
  let letter: Letter | null = null;
  if (raw.letter && dataset) {
    if (provinceReading(dataset))
      letter = letterOf(raw.letter, raw.registry, letterPlaceholders(dataset), issues);
    else
      issues.push(
        makeIssue('LETTER_IGNORED', {
          file: 'code' in raw.letter ? 'cong-van.md' : raw.letter.file,
        }),
      );
  }
  if (!dataset || issues.some((i) => i.severity === 'error')) return { inputs: null, issues };
  return { inputs: { dataset, registry: raw.registry, report, rules, letter }, issues };
}

/** The inputs of `tthc letter`: the letter, and with --data the dataset and its rules. */
export function validateLetterPackage(raw: RawLetterPackage): {
  inputs: PackageInputs | null;
  issues: Issue[];
} {
  const issues: Issue[] = [];
  let dataset: Dataset | null = null;
  if (raw.dataset) {
    const checked = validateSource(raw.dataset, raw.dataName ?? '', raw.registry);
    issues.push(...checked.issues);
    dataset = checked.dataset;
    if (!dataset) return { inputs: null, issues };
  }
  const rules = rulesOf(raw.rules, issues);
  const letter = letterOf(raw.letter, raw.registry, letterPlaceholders(dataset), issues);
  if (!letter || issues.some((i) => i.severity === 'error')) return { inputs: null, issues };
  return { inputs: { dataset, registry: raw.registry, report: null, rules, letter }, issues };
}
