// What the agent sees besides the transcript: sections gathered when the case opens. Each source of
// context is a provider; the cart, viewed products and NLU confidence exist today. Orders and offers
// plug in here as further providers when their services exist (see `CaseContextProvider`).
import type { ContextSection } from './handoffCase';

/**
 * The extension point for the agent's view of the shopper: given what the turn offers (`T`, the bot
 * layer's turn context), one section of rows. A provider that fails is shown as "unavailable" instead
 * of failing the escalation.
 */
export interface CaseContextProvider<T> {
  title: string;
  collect(turn: T): Promise<ContextSection['rows']>;
  /** Shown when `collect` returns no rows. */
  empty: string;
}

/** Runs every provider; failures become an "unavailable" section. */
export async function collectContext<T>(
  turn: T,
  providers: readonly CaseContextProvider<T>[],
): Promise<ContextSection[]> {
  return Promise.all(
    providers.map(async (p) => {
      try {
        return { title: p.title, rows: await p.collect(turn), empty: p.empty };
      } catch {
        return { title: p.title, rows: [], empty: 'unavailable (it could not be read)' };
      }
    }),
  );
}
