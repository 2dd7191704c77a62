// The file-level import graph of src/, for the architecture tests: cycles now, and the arrows
// allowed between rooms (src/<room>/) when they are written down.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix, relative, sep } from 'node:path';
import ts from 'typescript';
import { projectRoot } from '../../src/tools/project-root';

/** Files (paths relative to the project, with "/") and the files each one imports. */
export interface ImportGraph {
  readonly files: readonly string[];
  readonly edges: ReadonlyMap<string, readonly string[]>;
  /** Relative imports that name no file: "importer → specifier". */
  readonly unresolved: readonly string[];
}

const toPosix = (path: string) => path.split(sep).join(posix.sep);

/** Every .ts file below `dir`, sorted. */
export function typeScriptFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...typeScriptFiles(path));
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/**
 * The module specifiers a file's text names: static imports and re-exports (`import type` and
 * `export … from` included), side-effect imports, dynamic `import('…')`, `require('…')` and
 * type queries `import('…').T`. TypeScript's own pre-processor reads them, so that a specifier
 * in a comment or a string is not taken for an import.
 */
export function specifiersOf(text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
}

/** The file a relative specifier names (x.ts or x/index.ts), or null; other specifiers: undefined. */
function resolveSpecifier(from: string, specifier: string): string | null | undefined {
  if (!specifier.startsWith('./') && !specifier.startsWith('../') && specifier !== '.')
    return undefined;
  const base = join(dirname(from), specifier).replace(/\.js$/, '');
  for (const candidate of [`${base}.ts`, join(base, 'index.ts')])
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return null;
}

/** The import graph of the .ts files below `dir` (default: the project's src/). */
export function importGraph(dir = join(projectRoot(), 'src'), root = projectRoot()): ImportGraph {
  const files = typeScriptFiles(dir);
  const edges = new Map<string, string[]>();
  const unresolved: string[] = [];
  const name = (path: string) => toPosix(relative(root, path));
  for (const file of files) {
    const targets = new Set<string>();
    for (const specifier of specifiersOf(readFileSync(file, 'utf8'))) {
      const target = resolveSpecifier(file, specifier);
      if (target === null) unresolved.push(`${name(file)} → ${specifier}`);
      else if (target !== undefined) targets.add(name(target));
    }
    edges.set(name(file), [...targets].sort());
  }
  return { files: files.map(name), edges, unresolved };
}

/** Strongly connected groups of files (Tarjan): each group of two or more, or a file importing itself, holds a cycle. */
function tangledGroups(graph: ImportGraph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const visit = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.edges.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1 || (graph.edges.get(v) ?? []).includes(v)) groups.push(group.sort());
    }
  };
  for (const f of graph.files) if (!index.has(f)) visit(f);
  return groups;
}

/** The shortest way from `start` back to itself inside `group` (breadth first). */
function shortestCycle(graph: ImportGraph, start: string, group: ReadonlySet<string>): string[] {
  const before = new Map<string, string>();
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const v = queue[i]!;
    for (const w of graph.edges.get(v) ?? []) {
      if (!group.has(w)) continue;
      if (w === start) {
        const path = [v];
        while (path[0] !== start) path.unshift(before.get(path[0]!)!);
        return [...path, start];
      }
      if (!before.has(w) && w !== start) {
        before.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start];
}

/**
 * The import cycles of the graph, each written from its alphabetically first file back to it:
 * for every file caught in a cycle, the shortest cycle through it (the same cycle once).
 */
export function importCycles(graph: ImportGraph): string[][] {
  const seen = new Set<string>();
  const out: string[][] = [];
  for (const group of tangledGroups(graph)) {
    const members = new Set(group);
    for (const start of group) {
      const cycle = shortestCycle(graph, start, members).slice(0, -1);
      const first = cycle.indexOf([...cycle].sort()[0]!);
      const rotated = [...cycle.slice(first), ...cycle.slice(0, first)];
      const key = rotated.join(' → ');
      if (!seen.has(key)) {
        seen.add(key);
        out.push([...rotated, rotated[0]!]);
      }
    }
  }
  return out;
}

/** The room of a file: "ooxml" for src/ooxml/xml.ts, "" for a file directly in src/. */
export const roomOf = (file: string): string => file.split('/').slice(1, -1)[0] ?? '';

/** Every arrow between rooms, with the imports that make it: "render → ooxml" ← [importer, imported]. */
export function roomArrows(graph: ImportGraph): Map<string, [string, string][]> {
  const out = new Map<string, [string, string][]>();
  for (const [from, targets] of graph.edges)
    for (const to of targets) {
      if (roomOf(from) === roomOf(to)) continue;
      const arrow = `${roomOf(from)} → ${roomOf(to)}`;
      out.set(arrow, [...(out.get(arrow) ?? []), [from, to]]);
    }
  return out;
}
