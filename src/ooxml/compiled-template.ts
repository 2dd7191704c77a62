import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';

/** A compile of a template by docxtemplater, and the tags it met without a value once filled. */
interface Compiled {
  readonly doc: Docxtemplater;
  readonly missing: string[];
}

/**
 * docxtemplater's own lookup of a tag (its default parser): "." is the scope itself, any other
 * tag the scope's own property of that name (docxtemplater then looks in the enclosing scopes).
 */
function lookUp(scope: unknown, tag: string): unknown {
  if (tag === '.') return scope;
  if (!scope) return scope;
  return Object.hasOwn(Object(scope), tag) ? (scope as Record<string, unknown>)[tag] : undefined;
}

/**
 * The compile the check of a template made (validate/template/check-template.ts), by the very
 * bytes it read, until the render fills it: compiling the report template took about as long as
 * filling it, and a build did both. docxtemplater fills a compile once, so filling takes it out.
 */
const checked = new WeakMap<Buffer, Compiled>();

/**
 * Compiles the template as the report is filled (`paragraphLoop`, docxtemplater's lookup of
 * values); `onTag` hears each tag as docxtemplater meets it. Throws docxtemplater's errors. The
 * compile is kept for `fillTemplate` of the same bytes.
 */
export function compileTemplate(bytes: Buffer, onTag: (tag: string) => void): void {
  const missing: string[] = [];
  const doc = new Docxtemplater(new PizZip(bytes), {
    paragraphLoop: true,
    errorLogging: false,
    parser: (tag) => {
      onTag(tag);
      return { get: (scope: unknown) => lookUp(scope, tag) };
    },
    nullGetter: (part) => {
      missing.push(part.value);
      return '';
    },
  });
  checked.set(bytes, { doc, missing });
}

/**
 * The template filled with `values`, and the tags that had none: the check's compile of these
 * bytes when there is one, else a compile made now (a template rendered twice, or unchecked).
 */
export function fillTemplate(
  bytes: Buffer,
  values: Record<string, unknown>,
): { zip: PizZip; missing: string[] } {
  let compiled = checked.get(bytes);
  if (!compiled) {
    compileTemplate(bytes, () => undefined);
    compiled = checked.get(bytes)!;
  }
  checked.delete(bytes);
  compiled.doc.render(values);
  return { zip: compiled.doc.getZip(), missing: compiled.missing };
}
