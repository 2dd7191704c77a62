import type { z } from 'zod';
import type {
  GroupDef,
  IndicatorSet,
  PortalEndpoint,
  SubIndicatorDef,
} from '../../contract/indicator-sets';
import type { RawCapture } from '../../ingest/read-portal-captures';
import { makeIssue, type Issue } from '../../issues/issue';
import {
  ENVELOPE,
  EVALUATION_DATA,
  TREE_DATA,
  type EvaluationUnit,
  type TreeUnit,
} from './capture-shapes';
import type { Capture, PortalSub, PortalUnit } from './portal-capture';

const round2 = (n: number) => Math.round(n * 100) / 100;
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** How the pages are named in a message: the endpoints of the ones the set reads. */
export const pagesOf = (set: IndicatorSet): string =>
  set.groups.flatMap((g) => (g.portal ? [g.portal] : [])).join(', ');

/**
 * Dossiers received in the period, where a page counts them: the same in three pages for one
 * department and one period, so a page saved for another period shows (README of the captures).
 */
function dossiersOf(endpoint: PortalEndpoint, u: Record<string, unknown>): number | null {
  const n = (v: unknown) => (typeof v === 'number' ? v : null);
  if (endpoint === 'dvc-progress-tree') return n(u.totalReceived);
  if (endpoint === 'handling-satisfaction') return n(u.totalDossiers);
  if (endpoint === 'dossier-digitized') {
    const metrics = Array.isArray(u.metrics) ? (u.metrics as Record<string, unknown>[]) : [];
    return n(metrics.find((m) => m.code === 'ORIGINAL_RESULT_AVAILABLE')?.denominator);
  }
  return null;
}

function levelOf(level: string | null | undefined, root: boolean): PortalUnit['level'] | null {
  if (root) return 'province';
  if (level === 'COMMUNE') return 'commune';
  if (level === 'PROVINCE') return 'agency';
  return null;
}

type Problem = { at: string; reason: string };

/** An evaluation page's department: its group score and its metrics by sub-indicator code. */
function evaluationUnit(
  u: EvaluationUnit,
  at: string,
  root: boolean,
  group: GroupDef,
  endpoint: PortalEndpoint,
  unknown: Set<string>,
): PortalUnit | Problem {
  const level = levelOf(u.departmentLevel, root);
  if (!level) return { at: `${at}.departmentLevel`, reason: `cấp "${u.departmentLevel}" lạ` };
  const subs = new Map<string, PortalSub>();
  for (const m of u.metrics) {
    const def = group.subIndicators.find(
      (s) => s.portal && 'metric' in s.portal && s.portal.metric === m.code,
    );
    if (!def) {
      unknown.add(m.code);
      continue;
    }
    subs.set(def.code, {
      numerator: m.numerator ?? null,
      denominator: m.denominator ?? null,
      ratio: m.ratio ?? null,
      score: m.score ?? null,
      max: m.maxScore ?? null,
      flag: m.dataQualityStatus ?? null,
      flagMessage: m.dataQualityMessage ?? null,
    });
  }
  return {
    id: u.departmentId,
    name: u.departmentName,
    code: u.departmentCode ?? null,
    level,
    score: u.totalScore ?? null,
    max: u.totalMaxScore ?? null,
    subs,
    dossiers: dossiersOf(endpoint, u),
    at,
  };
}

/** A figure of a tree page's department, by its field name; a figure that is not one is a problem. */
function field(u: Record<string, unknown>, name: string, at: string): number | null | Problem {
  const v = u[name];
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  return { at: `${at}.${name}`, reason: `cần một số, có ${JSON.stringify(v)}` };
}

const isProblem = (v: unknown): v is Problem => isRecord(v) && 'reason' in v;

/** A sub-indicator of a tree page, from the fields its definition names. */
function treeSub(
  def: SubIndicatorDef,
  u: TreeUnit,
  score: number | null,
  at: string,
): PortalSub | Problem {
  const portal = def.portal!;
  const empty = { max: null, flag: null, flagMessage: null };
  if (!('numerator' in portal))
    return { numerator: null, denominator: null, ratio: null, score, ...empty };
  const numerator = field(u, portal.numerator, at);
  const denominator = field(u, portal.denominator, at);
  if (isProblem(numerator)) return numerator;
  if (isProblem(denominator)) return denominator;
  // The page's own ratio is this sub-indicator's rate only where the sub-indicator is the
  // group's score (dossiers on time); elsewhere the ratio is computed, the portal giving none.
  const given = portal.score === 'score' ? field(u, 'ratio', at) : null;
  if (isProblem(given)) return given;
  const computed =
    numerator !== null && denominator !== null && denominator > 0
      ? round2((100 * numerator) / denominator)
      : null;
  return {
    numerator,
    denominator,
    ratio: portal.score === 'score' ? given : computed,
    score: portal.score === 'score' ? score : null,
    ...empty,
  };
}

function treeUnit(
  u: TreeUnit,
  at: string,
  root: boolean,
  group: GroupDef,
  endpoint: PortalEndpoint,
): PortalUnit | Problem {
  const level = levelOf(u.level, root);
  if (!level) return { at: `${at}.level`, reason: `cấp "${u.level}" lạ` };
  // Children of the progress tree carry `score`/`maxScore`; every other record `totalScore`.
  const score = field(u, u.score !== undefined ? 'score' : 'totalScore', at);
  const max = field(u, u.maxScore !== undefined ? 'maxScore' : 'totalMaxScore', at);
  if (isProblem(score)) return score;
  if (isProblem(max)) return max;
  const subs = new Map<string, PortalSub>();
  for (const def of group.subIndicators) {
    const sub = treeSub(def, u, score, at);
    if (isProblem(sub)) return sub;
    subs.set(def.code, sub);
  }
  return {
    id: u.departmentId,
    name: u.departmentName,
    code: u.departmentCode ?? null,
    level,
    score,
    max,
    subs,
    dossiers: dossiersOf(endpoint, u),
    at,
  };
}

/** Months a tree's chart has figures for: a quarter's page has three, a year's up to twelve. */
function monthsOf(chart: readonly Record<string, unknown>[] | undefined): string[] | null {
  if (!chart) return null;
  const months = chart.flatMap((m) => {
    const label =
      typeof m.month === 'string' ? m.month : typeof m.label === 'string' ? m.label : '';
    const values = Object.values(m).filter((v): v is number => typeof v === 'number');
    return values.some((v) => v > 0) ? [label] : [];
  });
  return months.length > 0 ? months : null;
}

/** Which page of the set an evaluation page is: the group whose metric codes it carries. */
function evaluationGroup(set: IndicatorSet, codes: readonly string[]): GroupDef | undefined {
  return set.groups.find((g) =>
    g.subIndicators.some(
      (s) => s.portal && 'metric' in s.portal && codes.includes(s.portal.metric),
    ),
  );
}

/** Which page of the set a tree page is, by the figures its records carry. */
function treeGroup(
  set: IndicatorSet,
  parent: Record<string, unknown>,
  child: Record<string, unknown> | undefined,
): GroupDef | undefined {
  const has = (k: string) => (child ? k in child : false) || k in parent;
  const endpoint: PortalEndpoint | null = has('totalOverdue')
    ? 'dvc-progress-tree'
    : has('totalDossierOnlinePaymentSuccess')
      ? 'formality-online-payment-tree'
      : 'onlineServiceTotal' in parent || 'authorityCount' in parent
        ? 'provide-online-tree'
        : null;
  return set.groups.find((g) => endpoint !== null && g.portal === endpoint);
}

function shapeIssue(file: string, error: z.ZodError): Issue {
  const first = error.issues[0];
  const path = ['data', ...(first?.path ?? [])]
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
    .join('');
  return makeIssue('PORTAL_SHAPE', { at: path, reason: first?.message ?? '' }, { file });
}

/**
 * One saved response read against the indicator set: which of its pages it is (by the metric
 * codes of an evaluation page, the figures of a tree page), the province and every department
 * with its group score and sub-indicators. A response of another page, an error response or a
 * record of another shape is an issue naming the file and the place in it.
 */
export function readCapture(
  raw: RawCapture,
  set: IndicatorSet,
): { capture: Capture | null; issues: Issue[] } {
  const at = { file: raw.file };
  const fail = (issue: Issue) => ({ capture: null, issues: [issue] });
  const envelope = ENVELOPE.safeParse(raw.json);
  if (envelope.success && envelope.data.code !== 'OK')
    return fail(
      makeIssue(
        'PORTAL_NOT_OK',
        { code: envelope.data.code, message: envelope.data.message ?? '' },
        at,
      ),
    );
  if (!envelope.success || !isRecord(envelope.data.data))
    return fail(makeIssue('PORTAL_ENDPOINT_UNKNOWN', { pages: pagesOf(set) }, at));
  const data = envelope.data.data;
  const unknown = new Set<string>();
  let group: GroupDef | undefined;
  let root: PortalUnit | Problem;
  let units: (PortalUnit | Problem)[];
  let months: string[] | null = null;
  let pages: Capture['pages'] = null;
  if ('evaluation' in data && 'overview' in data) {
    const parsed = EVALUATION_DATA.safeParse(data);
    if (!parsed.success) return fail(shapeIssue(raw.file, parsed.error));
    const d = parsed.data;
    group = evaluationGroup(
      set,
      d.overview.metrics.map((m) => m.code),
    );
    if (!group?.portal)
      return fail(makeIssue('PORTAL_ENDPOINT_UNKNOWN', { pages: pagesOf(set) }, at));
    const endpoint = group.portal;
    const g = group;
    root = evaluationUnit(d.overview, 'data.overview', true, g, endpoint, unknown);
    units = d.evaluation.map((u, i) =>
      evaluationUnit(u, `data.evaluation[${i}]`, false, g, endpoint, unknown),
    );
    pages = d.pagination
      ? { total: d.pagination.total, totalPages: d.pagination.totalPages }
      : null;
  } else if ('children' in data && 'parent' in data) {
    const parsed = TREE_DATA.safeParse(data);
    if (!parsed.success) return fail(shapeIssue(raw.file, parsed.error));
    const d = parsed.data;
    group = treeGroup(set, d.parent, d.children[0]);
    if (!group?.portal)
      return fail(makeIssue('PORTAL_ENDPOINT_UNKNOWN', { pages: pagesOf(set) }, at));
    const endpoint = group.portal;
    const g = group;
    root = treeUnit(d.parent, 'data.parent', true, g, endpoint);
    units = d.children.map((u, i) => treeUnit(u, `data.children[${i}]`, false, g, endpoint));
    months = monthsOf(d.monthlyChart);
  } else return fail(makeIssue('PORTAL_ENDPOINT_UNKNOWN', { pages: pagesOf(set) }, at));
  const issues: Issue[] = [];
  for (const u of [root, ...units])
    if (isProblem(u)) issues.push(makeIssue('PORTAL_SHAPE', { at: u.at, reason: u.reason }, at));
  for (const code of unknown)
    issues.push(makeIssue('PORTAL_METRIC_UNKNOWN', { code, set: set.id, group: group.name }, at));
  if (issues.some((i) => i.severity === 'error')) return { capture: null, issues };
  return {
    capture: {
      file: raw.file,
      endpoint: group.portal,
      group,
      root: root as PortalUnit,
      units: units as PortalUnit[],
      months,
      pages,
    },
    issues,
  };
}
