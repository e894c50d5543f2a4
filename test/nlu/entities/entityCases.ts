// Shared helpers for the entity tables: one extractor per catalog, and entities as [type, value, text] rows.
import {
  buildEntityExtractor,
  loadLexicons,
  type EntityExtractor,
  type ExtractedEntity,
} from '../../../src/nlu/entities';
import type { Product } from '../../../src/domain/schemas';
import { fixtureProducts } from '../../helpers/fixtureProducts';

/** Wednesday 12 March 2025, noon local time: "yesterday" is 2025-03-11. */
export const NOW = new Date(2025, 2, 12, 12);

/** One expected entity: type, canonical value and the text of its span. */
export type Row = [type: ExtractedEntity['type'], value: unknown, text: string];
/** An utterance and every entity expected in it, in text order. */
export type Case = [utterance: string, expected: Row[]];

/** An extractor over the fixture catalog (or the given one) with the real lexicons. */
export async function makeExtractor(
  products: readonly Product[] = fixtureProducts(),
): Promise<EntityExtractor> {
  return buildEntityExtractor({ products, lexicons: await loadLexicons() });
}

/** Entities as rows, after checking the invariants every entity must keep. */
export function rows(text: string, entities: readonly ExtractedEntity[]): Row[] {
  for (const e of entities) {
    expect(e.text).toBe(text.slice(e.start, e.end));
    expect(e.score).toBeGreaterThanOrEqual(0);
    expect(e.score).toBeLessThanOrEqual(1);
  }
  entities.slice(1).forEach((e, i) => expect(e.start).toBeGreaterThanOrEqual(entities[i].end));
  return entities.map((e) => [e.type, e.value, e.text]);
}

/** Registers one test per case: the extracted rows must equal the expected ones exactly. */
export function table(title: string, cases: readonly Case[], extractor: () => EntityExtractor): void {
  describe(title, () => {
    test.each(cases)('%s', (utterance, expected) => {
      expect(rows(utterance, extractor().extract(utterance, { now: NOW }))).toEqual(expected);
    });
  });
}
