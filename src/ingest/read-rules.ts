import { existsSync } from 'node:fs';
import { extname, join } from 'node:path';
import { isNode } from 'yaml';
import { FOOTNOTE_RULES_FILES } from '../contract/footnote-rules';
import { formatNumber, toNfc } from '../format';
import { makeIssue, type Issue } from '../issues/issue';
import { readTextFile } from './read-text-file';
import { findJsonSyntaxError } from './json-syntax-error';
import { MAX_OFFICE_TEXT_BYTES } from './input-limits';
import { readYaml } from './read-yaml';

/** A rule file read into plain values, with the line of each value for messages. */
export interface RawRules {
  readonly file: string;
  readonly data: unknown;
  /** 1-based line of the value at `path`, or of its nearest written parent. */
  readonly lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

/**
 * Parses the text of a footnote rule file. JSON is checked by JSON.parse (so a JSON file
 * gets JSON's strictness) and read a second time as YAML, of which JSON is a subset, for lines.
 */
export function parseRulesText(
  text: string,
  file: string,
  format: 'yaml' | 'json',
): { raw: RawRules | null; issues: Issue[] } {
  const source = toNfc(text.replace(/^\uFEFF/, ''));
  if (format === 'json') {
    try {
      JSON.parse(source);
    } catch {
      // Where and why, in Vietnamese, as for a JSON dataset.
      const found = findJsonSyntaxError(source);
      const reason = found
        ? `${found.reason} (ký tự thứ ${formatNumber(found.column)} của dòng)`
        : 'cú pháp JSON không đúng';
      return {
        raw: null,
        issues: [makeIssue('RULES_SYNTAX', { reason }, { file, row: found?.line })],
      };
    }
  }
  const { value, doc, lines, problems } = readYaml(source);
  if (problems.length > 0 || !doc)
    return {
      raw: null,
      issues: problems.map((p) =>
        makeIssue('RULES_SYNTAX', { reason: p.reason }, { file, row: p.line }),
      ),
    };
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    for (let n = path.length; n >= 0; n--) {
      const node: unknown = doc.getIn(path.slice(0, n), true);
      if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
    }
    return undefined;
  };
  return { raw: { file, data: value, lineOf }, issues: [] };
}

/** Reads a footnote rule file (.yaml, .yml or .json). */
export function readRulesFile(path: string): { raw: RawRules | null; issues: Issue[] } {
  const ext = extname(path).toLowerCase();
  const format = ext === '.json' ? 'json' : ext === '.yaml' || ext === '.yml' ? 'yaml' : null;
  if (format === null)
    return { raw: null, issues: [makeIssue('RULES_UNSUPPORTED', { path }, { file: path })] };
  if (!existsSync(path))
    return { raw: null, issues: [makeIssue('RULES_NOT_FOUND', { path }, { file: path })] };
  const text = readTextFile(path, MAX_OFFICE_TEXT_BYTES, { file: path });
  if ('code' in text) return { raw: null, issues: [text] };
  return parseRulesText(text.text, path, format);
}

/** The footnote rule file of a dataset folder (chu-thich.yaml, .yml or .json), if it has one. */
export function rulesFileIn(dir: string): string | null {
  return FOOTNOTE_RULES_FILES.map((f) => join(dir, f)).find((p) => existsSync(p)) ?? null;
}
