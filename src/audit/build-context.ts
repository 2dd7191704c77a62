import { buildModel } from '../compute/build-model';
import { findProvince } from '../domain/find-province';
import { numberKey, parseDocumentNumber, type LegalDocument } from '../domain/legal-document';
import type { Province, Registry } from '../domain/registry';
import type { Dataset } from '../validate/dataset';
import type { AuditContext } from './context';
import type { Draft } from './draft';

/** The province a draft is about: its frame ("TỈNH LÀO CAI"), else the "tỉnh X" it names most. */
export function provinceOf(draft: Draft, registry: Registry): Province | null {
  if (draft.provinceHint) return findProvince(registry, draft.provinceHint) ?? null;
  for (const p of draft.paragraphs.slice(0, 8)) {
    const m = /^(?:TỈNH|THÀNH PHỐ)\s+(\p{Lu}[\p{Lu}\s]*)$/u.exec(p.text.trim());
    const found = m && findProvince(registry, m[1]!);
    if (found) return found;
  }
  const counts = new Map<string, number>();
  for (const p of draft.paragraphs)
    for (const m of p.text.matchAll(/tỉnh\s(\p{Lu}\p{Ll}*(?:\s\p{Lu}\p{Ll}*)*)/gu))
      counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
  const named = [...counts].sort((a, b) => b[1] - a[1]);
  for (const [name] of named) {
    const found = registry.provinces.find((p) => p.name === name);
    if (found) return found;
  }
  return null;
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
    return n
      ? [{ number: numberKey(n), kind: '', date: r.date, issuer: '', title: r.summary }]
      : [];
  });
}

export interface ContextSources {
  readonly registry: Registry;
  readonly agencies: readonly string[];
  readonly legal: readonly LegalDocument[];
  readonly dataset?: Dataset;
}

/** What the checks of one draft know: registries, and the dataset's model with --data. */
export function buildContext(draft: Draft, s: ContextSources): AuditContext {
  const ds = s.dataset;
  const province = ds?.province ?? provinceOf(draft, s.registry);
  const communes = province
    ? s.registry.communes
        .filter((c) => c.provinceCode === province.code)
        .map((c) => c.name.replace(/^(Xã|Phường|Đặc khu)\s+/u, ''))
    : [];
  const own = (ds?.units ?? []).filter((u) => /^Sở\s/u.test(u.name)).map((u) => u.name);
  return {
    province,
    communes,
    agencies: [...new Set([...s.agencies, ...own])],
    legal: [...s.legal, ...(ds ? datasetDocuments(ds) : [])],
    model: ds ? buildModel(ds) : null,
  };
}
