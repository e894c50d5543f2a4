// The last messages of each conversation, kept in memory so a case can start with "the transcript so
// far". One process, bounded (least recently active conversations dropped first), lost on restart —
// the case itself stores its copy once opened. A shared TranscriptStore is the scale-out replacement.
import type { CaseLine } from './handoffCase';

/** Limits of the buffer. */
export interface TranscriptBufferOptions {
  /** Lines kept per conversation (default 40). */
  perConversation: number;
  /** Conversations kept (default 2000). */
  conversations: number;
  /** Longest line kept (default 1000 characters). */
  maxChars: number;
}

/** Defaults for TranscriptBufferOptions. */
export const TRANSCRIPT_DEFAULTS: TranscriptBufferOptions = {
  perConversation: 40,
  conversations: 2000,
  maxChars: 1000,
};

/** Recent lines per conversation key. */
export class TranscriptBuffer {
  readonly options: TranscriptBufferOptions;
  private readonly byConversation = new Map<string, CaseLine[]>();

  constructor(options: Partial<TranscriptBufferOptions> = {}) {
    this.options = { ...TRANSCRIPT_DEFAULTS, ...options };
  }

  /** Records a line (numbered per conversation). */
  add(key: string, line: Omit<CaseLine, 'seq'>): void {
    const lines = this.byConversation.get(key) ?? [];
    this.byConversation.delete(key); // re-insert: most recently active last
    const seq = (lines.at(-1)?.seq ?? 0) + 1;
    lines.push({ ...line, text: line.text.slice(0, this.options.maxChars), seq });
    if (lines.length > this.options.perConversation)
      lines.splice(0, lines.length - this.options.perConversation);
    this.byConversation.set(key, lines);
    while (this.byConversation.size > this.options.conversations)
      this.byConversation.delete(this.byConversation.keys().next().value as string);
  }

  /** A copy of the conversation's recent lines, oldest first. */
  lines(key: string): CaseLine[] {
    return (this.byConversation.get(key) ?? []).map((l) => ({ ...l }));
  }
}
