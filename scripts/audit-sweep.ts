/**
 * `npm run audit:sweep -- <file.docx>… [--misses]`: audit's recall on every single-digit change
 * of a document, without data. Each figure written the Vietnamese way is changed in its last
 * digit (176.319 → 176.310, 03 → 04, 100% → 101%), one at a time, and the draft is audited as
 * `tthc audit` does; a change is found when audit reports anything the unchanged document does
 * not. Prints found/total per file (and, with --misses, each change missed). A broader measure
 * than the altered corpus of test/audit/altered-drafts.test.ts: most of these changes are
 * figures given once and part of no sum, which only the data can show.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { auditDraft } from '../src/audit/audit-draft';
import { buildContext } from '../src/audit/build-context';
import type { Draft, TextBlock } from '../src/audit/draft';
import { draftFromDocx } from '../src/audit/draft-from-docx';
import { numberTokens } from '../src/audit/numbers';
import { sentenceStarts } from '../src/audit/sentences';
import type { RawTable } from '../src/domain/raw-table';
import { readAgencyNames, readLegalRegistry } from '../src/ingest/read-legal-registry';
import { readRegistry } from '../src/ingest/read-registry';
import type { Issue } from '../src/issues/issue';
import { readDocxText } from '../src/ooxml/docx-text';
import { validateLegalRegistry } from '../src/validate/legal-registry';

const registry = readRegistry();
const agencies = readAgencyNames();
const legal = validateLegalRegistry(readLegalRegistry() as RawTable).documents;
const audit = (d: Draft) => auditDraft(d, buildContext(d, { registry, agencies, legal }));
const key = (i: Issue) => JSON.stringify([i.code, i.message, i.location]);

function sweep(file: string, showMisses: boolean): [number, number] {
  const draft = draftFromDocx(readDocxText(readFileSync(file)), basename(file));
  const before = new Set(audit(draft).map(key));
  let total = 0;
  let found = 0;
  for (const place of ['paragraphs', 'footnotes'] as const)
    draft[place].forEach((block, at) => {
      if (block.inTable) return;
      for (const t of numberTokens(block.text)) {
        if (t.style !== 'vi' || Number.isNaN(t.value)) continue;
        const last = t.start + t.digits.length - 1;
        const digit = String((Number(block.text[last]) + 1) % 10);
        const text = block.text.slice(0, last) + digit + block.text.slice(last + 1);
        const changed: TextBlock = { ...block, text, sentences: sentenceStarts(text) };
        const blocks = draft[place].map((b, i) => (i === at ? changed : b));
        total++;
        if (audit({ ...draft, [place]: blocks }).some((i) => !before.has(key(i)))) found++;
        else if (showMisses)
          console.log(
            `  ${place === 'paragraphs' ? 'đoạn' : 'chú thích'} ${block.number}: …${text.slice(Math.max(0, t.start - 50), t.end + 20)}…`,
          );
      }
    });
  return [found, total];
}

const args = process.argv.slice(2);
const files = args.filter((a) => !a.startsWith('--'));
let found = 0;
let total = 0;
for (const file of files) {
  const [f, t] = sweep(file, args.includes('--misses'));
  console.log(`${file}: ${f}/${t} found`);
  found += f;
  total += t;
}
console.log(`All: ${found}/${total} (${((100 * found) / Math.max(total, 1)).toFixed(1)} %)`);
