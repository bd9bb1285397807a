/**
 * Go's encoding/json output, as `json.MarshalIndent(v, "", "\t")` followed by a newline prints it:
 * HTML-sensitive characters escaped (`<` → `\u003c`), U+2028/U+2029 escaped, and every invalid
 * byte (a lone surrogate from decodeGoText) written as `\ufffd`.
 */

/**
 * GoJsonValue is a value stringifyGoJson can print: strings, finite numbers, booleans, null, arrays
 * and plain objects (members that are undefined are skipped, as omitempty fields are).
 */
export type GoJsonValue = string | number | boolean | null | readonly GoJsonValue[] | { readonly [key: string]: GoJsonValue | undefined };

/** stringifyGoJson prints value exactly as json.MarshalIndent(value, "", "\t") plus "\n". */
export function stringifyGoJson(value: GoJsonValue | object): string {
  const out: string[] = [];
  writeValue(out, value, '');
  out.push('\n');
  return out.join('');
}

function writeValue(out: string[], value: GoJsonValue | object, indent: string): void {
  if (value === null) out.push('null');
  else if (typeof value === 'string') out.push(goJsonString(value));
  else if (typeof value === 'number' || typeof value === 'boolean') out.push(String(value));
  else if (Array.isArray(value)) writeArray(out, value as readonly GoJsonValue[], indent);
  else writeObject(out, value as { readonly [key: string]: GoJsonValue | undefined }, indent);
}

function writeArray(out: string[], list: readonly GoJsonValue[], indent: string): void {
  if (list.length === 0) {
    out.push('[]');
    return;
  }
  const inner = `${indent}\t`;
  out.push('[');
  list.forEach((item, i) => {
    out.push(i === 0 ? `\n${inner}` : `,\n${inner}`);
    writeValue(out, item, inner);
  });
  out.push(`\n${indent}]`);
}

function writeObject(out: string[], obj: { readonly [key: string]: GoJsonValue | undefined }, indent: string): void {
  const keys = Object.keys(obj).filter((k) => obj[k] !== undefined);
  if (keys.length === 0) {
    out.push('{}');
    return;
  }
  const inner = `${indent}\t`;
  out.push('{');
  keys.forEach((k, i) => {
    out.push(i === 0 ? `\n${inner}` : `,\n${inner}`, goJsonString(k), ': ');
    writeValue(out, obj[k] as GoJsonValue, inner);
  });
  out.push(`\n${indent}}`);
}

const shortEscapes: Record<number, string> = { 0x22: '\\"', 0x5c: '\\\\', 0x08: '\\b', 0x0c: '\\f', 0x0a: '\\n', 0x0d: '\\r', 0x09: '\\t' };

function needsEscape(c: number): boolean {
  return c < 0x20 || c === 0x22 || c === 0x5c || c === 0x3c || c === 0x3e || c === 0x26 || c === 0x2028 || c === 0x2029 || (c >= 0xd800 && c <= 0xdfff);
}

/** goJsonString quotes s as Go's encoding/json does with HTML escaping on. */
export function goJsonString(s: string): string {
  let i = 0;
  while (i < s.length && !needsEscape(s.charCodeAt(i))) i++;
  if (i === s.length) return `"${s}"`;
  const parts: string[] = ['"', s.slice(0, i)];
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!needsEscape(c)) {
      parts.push(s[i] as string);
    } else if (c >= 0xd800 && c <= 0xdbff && s.charCodeAt(i + 1) >= 0xdc00 && s.charCodeAt(i + 1) <= 0xdfff) {
      parts.push(s.slice(i, i + 2));
      i++;
    } else if (c >= 0xd800 && c <= 0xdfff) {
      parts.push('\\ufffd');
    } else {
      parts.push(shortEscapes[c] ?? `\\u${c.toString(16).padStart(4, '0')}`);
    }
  }
  parts.push('"');
  return parts.join('');
}
