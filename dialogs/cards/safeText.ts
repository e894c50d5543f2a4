// Store text shown to users goes through here before it reaches markdown-rendering
// surfaces (Adaptive Card TextBlocks, Teams, Web Chat): product data is trusted but
// not assumed harmless.

/** Strip link and HTML syntax ([ ] ( ) < >), defuse URL schemes and control characters, collapse spaces. */
export function safeText(text: string): string {
  return text
    .replace(/[[\]()<>]/g, '')
    .replace(/\b([a-z][a-z0-9+.-]*):\/\//gi, '$1: //')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ') // eslint-disable-line no-control-regex
    .replace(/[ \t]+/g, ' ')
    .trim();
}
