// Timestamps for the seeds: whole seconds, ISO 8601 in UTC without milliseconds.

/** An ISO timestamp such as "2026-03-04T10:11:12Z". */
export function isoAt(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}
