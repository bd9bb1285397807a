const htmlEntities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** escapeHtml makes untrusted text safe in HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => htmlEntities[c] ?? c);
}

/**
 * jsonForScript serialises value for a `<script type="application/json">` block: every character
 * that could close the element or start markup is written as a JSON \u escape, which JSON.parse
 * reads back unchanged.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * scriptSafe prepares trusted script text (a bundled library) for inlining: a `</script` inside it
 * would end the element early, so its slash is escaped (`<\/script` means the same in JavaScript
 * strings, regular expressions and comments). Source-map comments are dropped: nothing is fetched.
 */
export function scriptSafe(code: string): string {
  return code.replace(/<\/(script)/gi, '<\\/$1').replace(/^\/\/# sourceMappingURL=.*$/gm, '');
}

/**
 * escapeMarkdown makes untrusted text inert in Markdown (CommonMark and GitHub tables): HTML is
 * entity-escaped, punctuation that starts markup is backslash-escaped and line breaks become spaces.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|~#])/g, '\\$1')
    .replace(/\r\n|\r|\n/g, ' ');
}

/** percent formats a share (0..1) as a percentage with one decimal. */
export function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}
