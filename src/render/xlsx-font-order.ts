/**
 * The children of a SpreadsheetML `<font>` in the order the Office Open XML schema (and so
 * Excel's validator) requires; exceljs writes them in the order of its own map ("color",
 * "family", "scheme" before "sz").
 */
const ORDER = [
  'b',
  'i',
  'strike',
  'condense',
  'extend',
  'outline',
  'shadow',
  'u',
  'vertAlign',
  'sz',
  'color',
  'name',
  'family',
  'charset',
  'scheme',
];

const rank = (child: string) => {
  const name = /^<([A-Za-z]+)/.exec(child)?.[1] ?? '';
  const at = ORDER.indexOf(name);
  return at < 0 ? ORDER.length : at;
};

/** styles.xml with the children of every `<font>` sorted into schema order; nothing else moves. */
export function schemaOrderFonts(stylesXml: string): string {
  return stylesXml.replace(/<font>((?:<[A-Za-z]+[^>]*\/>)*)<\/font>/g, (_, inner: string) => {
    const children = inner.match(/<[A-Za-z]+[^>]*\/>/g) ?? [];
    // A stable sort keeps two children of one name (none today) in their order.
    const sorted = children
      .map((c, i) => ({ c, i }))
      .sort((a, b) => rank(a.c) - rank(b.c) || a.i - b.i);
    return `<font>${sorted.map((x) => x.c).join('')}</font>`;
  });
}
