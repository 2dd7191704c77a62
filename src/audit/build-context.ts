import type { ReportModel } from '../compute/report-model';
import { findProvince } from '../domain/find-province';
import {
  kindOfCode,
  numberKey,
  parseDocumentNumber,
  type LegalDocument,
} from '../domain/legal-document';
import type { Province, Registry } from '../domain/registry';
import { looseKey } from '../domain/spelling-key';
import { stripKindWord } from '../format';
import type { Dataset } from '../domain/dataset';
import type { AuditContext } from './context';
import type { Draft } from './draft';

// The frame's line naming the province, alone or after the body: "TỈNH LÀO CAI", "UBND TỈNH LÀO
// CAI", "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI" (and what a PDF put after it on the same line).
const FRAME_PROVINCE = /(?:^|\s)(?:TỈNH|THÀNH PHỐ)\s+(\p{Lu}+(?:\s\p{Lu}+)*)/u;

/** The province named by the first words of `words` ("LÀO CAI CỘNG HÒA …" → Lào Cai). */
function provinceAtStart(registry: Registry, words: string): Province | undefined {
  const w = words.split(' ');
  for (let k = Math.min(w.length, 4); k > 0; k--) {
    const found = findProvince(registry, w.slice(0, k).join(' '));
    if (found) return found;
  }
  return undefined;
}
// A province named in the text: "tỉnh Lào Cai", "thành phố Hà Nội", "Tỉnh Lào Cai" opening a sentence.
const NAMED_PROVINCE = /(?:[Tt]ỉnh|[Tt]hành phố)\s(\p{Lu}\p{Ll}*(?:\s\p{Lu}\p{Ll}*)*)/gu;

/**
 * The province a draft is about: its frame ("TỈNH LÀO CAI", "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI"),
 * else the province it names most ("tỉnh Lào Cai", "thành phố Hà Nội").
 */
export function provinceOf(draft: Draft, registry: Registry): Province | null {
  if (draft.provinceHint) return findProvince(registry, draft.provinceHint) ?? null;
  for (const p of draft.paragraphs.slice(0, 8)) {
    const m = FRAME_PROVINCE.exec(p.text);
    const found = m && provinceAtStart(registry, m[1]!);
    if (found) return found;
  }
  const counts = new Map<string, { province: Province; times: number }>();
  for (const p of draft.paragraphs)
    for (const m of p.text.matchAll(NAMED_PROVINCE)) {
      const province = findProvince(registry, m[1]!);
      if (!province) continue;
      const seen = counts.get(province.code) ?? { province, times: 0 };
      counts.set(province.code, { province, times: seen.times + 1 });
    }
  return [...counts.values()].sort((a, b) => b.times - a.times)[0]?.province ?? null;
}

/** The documents of the dataset (VanBan, TTHCNoiBo) as registry entries, for their dates. */
function datasetDocuments(ds: Dataset): LegalDocument[] {
  const rows = [
    ...ds.documents.map((d) => ({ number: d.so_ky_hieu, date: d.ngay, summary: d.trich_yeu })),
    ...ds.internalDecisions.map((d) => ({
      number: d.so_ky_hieu,
      date: d.ngay,
      summary: d.trich_yeu,
    })),
  ];
  return rows.flatMap((r) => {
    const n = parseDocumentNumber(r.number);
    if (!n) return [];
    const kind = kindOfCode(n.type);
    return [
      { number: numberKey(n), kind, date: r.date, issuer: '', title: r.summary, fromData: true },
    ];
  });
}

/**
 * The official names of the communes of other provinces than `province`, with their provinces:
 * some 3,300 names put in their loose form, kept per registry and province for the next draft
 * (the web app and `tthc audit` of a folder audit many drafts with one registry).
 */
const ELSEWHERE = new WeakMap<Registry, Map<string, ReadonlyMap<string, readonly string[]>>>();
function communesElsewhere(
  registry: Registry,
  province: Province,
): ReadonlyMap<string, readonly string[]> {
  const kept = ELSEWHERE.get(registry) ?? new Map<string, ReadonlyMap<string, readonly string[]>>();
  ELSEWHERE.set(registry, kept);
  const found = kept.get(province.code) ?? namesElsewhere(registry, province);
  kept.set(province.code, found);
  return found;
}

function namesElsewhere(registry: Registry, province: Province): Map<string, string[]> {
  const names = new Map(registry.provinces.map((p) => [p.code, p.name]));
  const out = new Map<string, string[]>();
  for (const c of registry.communes) {
    if (c.provinceCode === province.code) continue;
    const key = looseKey(stripKindWord(c.name));
    const where = out.get(key) ?? [];
    const name = names.get(c.provinceCode) ?? c.provinceCode;
    if (!where.includes(name)) where.push(name);
    out.set(key, where);
  }
  return out;
}

export interface ContextSources {
  readonly registry: Registry;
  readonly agencies: readonly string[];
  readonly legal: readonly LegalDocument[];
  readonly dataset?: Dataset;
  /** The dataset's report model, computed by the caller. */
  readonly model?: ReportModel;
}

/** What the checks of one draft know: registries, and the dataset's model with --data. */
export function buildContext(draft: Draft, s: ContextSources): AuditContext {
  const ds = s.dataset;
  const province = ds?.province ?? provinceOf(draft, s.registry);
  const communes = province
    ? s.registry.communes
        .filter((c) => c.provinceCode === province.code)
        .map((c) => stripKindWord(c.name))
    : [];
  const own = (ds?.units ?? []).filter((u) => /^Sở\s/u.test(u.name)).map((u) => u.name);
  return {
    province,
    communes,
    communesElsewhere: province ? communesElsewhere(s.registry, province) : new Map(),
    agencies: [...new Set([...s.agencies, ...own])],
    legal: [...s.legal, ...(ds ? datasetDocuments(ds) : [])],
    model: s.model ?? null,
  };
}
