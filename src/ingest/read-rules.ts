import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { FOOTNOTE_RULES_FILES } from '../contract/footnote-rules';
import { isNode, LineCounter, parseDocument } from 'yaml';
import { toNfc } from '../format';
import { makeIssue, type Issue } from '../issues/issue';

/** A rule file read into plain values, with the line of each value for messages. */
export interface RawRules {
  readonly file: string;
  readonly data: unknown;
  /** 1-based line of the value at `path`, or of its nearest written parent. */
  readonly lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

const firstLine = (message: string) => message.split('\n')[0] ?? '';

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
    } catch (err) {
      const reason = firstLine((err as Error).message);
      return { raw: null, issues: [makeIssue('RULES_SYNTAX', { reason }, { file })] };
    }
  }
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length > 0)
    return {
      raw: null,
      issues: doc.errors.map((e) =>
        makeIssue(
          'RULES_SYNTAX',
          { reason: firstLine(e.message) },
          { file, row: lines.linePos(e.pos[0]).line },
        ),
      ),
    };
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    for (let n = path.length; n >= 0; n--) {
      const node: unknown = doc.getIn(path.slice(0, n), true);
      if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
    }
    return undefined;
  };
  return { raw: { file, data: doc.toJS(), lineOf }, issues: [] };
}

/** Reads a footnote rule file (.yaml, .yml or .json). */
export function readRulesFile(path: string): { raw: RawRules | null; issues: Issue[] } {
  const ext = extname(path).toLowerCase();
  const format = ext === '.json' ? 'json' : ext === '.yaml' || ext === '.yml' ? 'yaml' : null;
  if (format === null)
    return { raw: null, issues: [makeIssue('RULES_UNSUPPORTED', { path }, { file: path })] };
  if (!existsSync(path))
    return { raw: null, issues: [makeIssue('RULES_NOT_FOUND', { path }, { file: path })] };
  return parseRulesText(readFileSync(path, 'utf8'), path, format);
}

/** The footnote rule file of a dataset folder (chu-thich.yaml, .yml or .json), if it has one. */
export function rulesFileIn(dir: string): string | null {
  return FOOTNOTE_RULES_FILES.map((f) => join(dir, f)).find((p) => existsSync(p)) ?? null;
}
