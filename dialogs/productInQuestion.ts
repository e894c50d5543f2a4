// Which product a message is about: named in it, a list reference into the last results, or the one
// being discussed.
import type { Product } from '../src/domain/schemas';
import type { Recognition } from '../src/nlu/recognizer';
import type { Catalog } from './services';
import type { ShopContext } from './shopContext';

/** A message names a product when the extractor is at least this sure (partial names score about 0.5). */
export const PRODUCT_MIN_SCORE = 0.5;

/** The product a message is about: named in it, a list reference into the last results, or the one discussed last. */
export function productInQuestion(
  recognition: Pick<Recognition, 'entities'>,
  shop: ShopContext,
  catalog: Pick<Catalog, 'byId'>,
): Product | undefined {
  const named = recognition.entities.find((e) => e.type === 'product' && e.score >= PRODUCT_MIN_SCORE);
  if (named) {
    // A name said while a list is shown means the listed product of that name ("the Switchback" tent, not the stove).
    const said = named.text.toLowerCase();
    const listed = shop.lastResults
      .map((id) => catalog.byId(id))
      .find((p) => p?.name.toLowerCase().includes(said));
    return listed ?? catalog.byId(String(named.value));
  }
  const ordinal = recognition.entities.find((e) => e.type === 'ordinal');
  const value = ordinal?.value as { index?: number; ref?: string } | undefined;
  if (value && typeof value.index === 'number' && shop.lastResults.length > 0) {
    const at = value.index < 0 ? shop.lastResults.length + value.index : value.index;
    const id = shop.lastResults[at];
    return id === undefined ? undefined : catalog.byId(id);
  }
  const current = shop.lastProductId ?? (shop.lastResults.length === 1 ? shop.lastResults[0] : undefined);
  return current === undefined ? undefined : catalog.byId(current);
}
