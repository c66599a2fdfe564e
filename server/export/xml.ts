/** Escaping for XML text and attribute values, shared by the GEXF and GraphML writers. */

// XML 1.0 forbids most C0 controls even as character references, so they are dropped
// rather than producing a file no parser will open.
// eslint-disable-next-line no-control-regex -- control characters are exactly what is matched
const FORBIDDEN_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // Attribute-value normalisation would turn these into spaces; references keep them.
  '\n': '&#10;',
  '\r': '&#13;',
  '\t': '&#9;',
};

export function escapeXmlAttribute(value: string): string {
  return value.replace(FORBIDDEN_IN_XML, '').replace(/[&<>"'\n\r\t]/g, (char) => ENTITIES[char] ?? char);
}

export function escapeXmlText(value: string): string {
  return value.replace(FORBIDDEN_IN_XML, '').replace(/[&<>]/g, (char) => ENTITIES[char] ?? char);
}

/** `name="value"` pairs in the given order. */
export function xmlAttributes(pairs: ReadonlyArray<readonly [string, string | number]>): string {
  return pairs.map(([name, value]) => `${name}="${escapeXmlAttribute(String(value))}"`).join(' ');
}
