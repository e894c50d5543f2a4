// Text as the sentiment scorer reads it: lower case, curly quotes straightened, whitespace collapsed.

/** Lower-cases and tidies a message for sentiment scoring. */
export function normalizeForSentiment(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 1000);
}
