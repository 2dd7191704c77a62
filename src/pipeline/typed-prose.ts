import { valueText } from '../catalogue/value-text';
import type { PackageModel } from '../compute/package-model';
import { typedFigures, type TypedFigures, type TypedSource } from '../audit/typed-figures';
import type { Issue } from '../issues/issue';

/**
 * The prose officials typed in a package (the report's content file, the letter's body), read
 * the way `tthc audit` reads a draft: typed figures the catalogue can name are compared with the
 * data, the others are counted as unchecked.
 */
export function checkTypedProse(model: PackageModel): { issues: Issue[]; counts: TypedFigures } {
  const sources: TypedSource[] = [];
  if (model.quarterly)
    sources.push({
      file: model.quarterly.contentFile,
      lines: [...model.quarterly.sections.values()].flat(),
    });
  if (model.letter) sources.push({ file: model.letter.file, lines: model.letter.body });
  const m = model.report;
  const marks = model.letter?.marks ?? {};
  return typedFigures(sources, m, (ref) => (m ? valueText(ref, m, marks) : ''));
}
