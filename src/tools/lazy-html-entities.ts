/**
 * The text of @xmldom/xmldom's `lib/entities.js` as the CLI's bundle carries it
 * (scripts/bundle-cli.mjs): its table of HTML entities is built on first use, not when the file
 * is loaded. docxtemplater loads xmldom at every build; the file then copied and froze the
 * 2,231 HTML entities (about 6 ms of each command), a table only an HTML document reads. The
 * XML parser docxtemplater asks for reads `XML_ENTITIES`, which stays as it is. The table, once
 * read, is the same frozen object the library makes. Throws when the library's text is not the
 * one this change was written for, so that a new version of xmldom stops the build, not a
 * command.
 */
export function lazyHtmlEntities(text: string): string {
  const build = 'exports.HTML_ENTITIES = freeze({';
  const alias = 'exports.entityMap = exports.HTML_ENTITIES;';
  for (const expected of [build, alias])
    if (text.split(expected).length !== 2)
      throw new Error(`@xmldom/xmldom's entities.js: expected "${expected}" once`);
  return text
    .replace(build, 'var buildHtmlEntities = () => freeze({')
    .replace(
      alias,
      [
        'var htmlEntities;',
        "Object.defineProperty(exports, 'HTML_ENTITIES', { enumerable: true, get: () => (htmlEntities ??= buildHtmlEntities()) });",
        "Object.defineProperty(exports, 'entityMap', { enumerable: true, get: () => exports.HTML_ENTITIES });",
      ].join('\n'),
    );
}
