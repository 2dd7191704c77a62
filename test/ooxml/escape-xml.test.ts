import { escapeXml, unescapeXml } from '../../src/ooxml/escape-xml';

test('unescapeXml reads back what escapeXml wrote, and numeric references', () => {
  const text = 'Sở Tư pháp <"Một cửa"> & {#x} ]]>';
  expect(unescapeXml(escapeXml(text))).toBe(text);
  expect(unescapeXml('&#7843; &#x1EA3; &apos;')).toBe("ả ả '");
  // An unknown entity is left as written.
  expect(unescapeXml('&nbsp;')).toBe('&nbsp;');
});
