/**
 * Where the time goes, from V8 CPU profiles (node --cpu-prof): self time by area (each npm
 * package, each folder of src/, Node's own module loading, the garbage collector) and the
 * inclusive time of the heaviest functions of src/. Several profiles (batch workers) add up.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string };
  readonly children?: readonly number[];
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** "npm:exceljs", "src/render/forms", "node (modules, I/O)", "(garbage collector)". */
function areaOf(frame: ProfileNode['callFrame']): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(frame.url);
  if (pkg) return `npm:${pkg[1]}`;
  const src = /dist\/src\/((?:[^/]+\/)*)[^/]+\.js$/.exec(frame.url);
  if (src) return `src/${src[1]!.replace(/\/$/, '')}`;
  if (frame.url.startsWith('node:')) return 'node (modules, I/O)';
  if (frame.functionName === '(garbage collector)') return '(garbage collector)';
  if (frame.functionName === '(idle)' || frame.functionName === '(program)')
    return '(idle, program)';
  return frame.url ? frame.url : '(native)';
}

const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);

export interface ProfileSummary {
  readonly totalMs: number;
  readonly byArea: readonly [string, number][];
  readonly bySrcFunction: readonly [string, number][];
}

export function summariseProfiles(files: readonly string[]): ProfileSummary {
  const byArea = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  for (const file of files) {
    const p = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
    const byId = new Map(p.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const self = new Map<number, number>();
    p.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[i] ?? 0)));
    for (const [id, us] of self) {
      const node = byId.get(id)!;
      total += us;
      add(byArea, areaOf(node.callFrame), us);
      const seen = new Set<string>();
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
        const f = byId.get(at)!.callFrame;
        const key = `${f.functionName || '(anonymous)'} (${areaOf(f)})`;
        if (f.url.includes('dist/src/') && !seen.has(key)) {
          seen.add(key);
          add(inclusive, key, us);
        }
      }
    }
  }
  const ms = (m: Map<string, number>) =>
    [...m].map(([k, us]) => [k, us / 1000] as [string, number]).sort((a, b) => b[1] - a[1]);
  return { totalMs: total / 1000, byArea: ms(byArea), bySrcFunction: ms(inclusive) };
}

/** The summary as text lines: the top areas and the top functions of src/. */
export function profileLines(s: ProfileSummary, top = 20): string[] {
  const line = ([k, v]: [string, number]) =>
    `${v.toFixed(0).padStart(7)} ms ${((100 * v) / s.totalMs).toFixed(1).padStart(5)} %  ${k}`;
  return [
    `Sampled ${s.totalMs.toFixed(0)} ms. Self time by area:`,
    ...s.byArea.slice(0, top).map(line),
    'Inclusive time of the heaviest functions of src/:',
    ...s.bySrcFunction.slice(0, top).map(line),
  ];
}
