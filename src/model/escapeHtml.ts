const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Makes text safe to place in HTML element content or in a quoted attribute value.
 *
 * @example
 * escapeHtml('<b>"AT&T"</b>') // '&lt;b&gt;&quot;AT&amp;T&quot;&lt;/b&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => entities[c] ?? c);
}
