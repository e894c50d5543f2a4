// Which variant of a product the shopper means, from what they said (colour, size) — or what to ask next.
import type { Product, Variant } from '../domain/schemas';

/** What the shopper has said about the variant: colour names (a family like "blue" may cover several) and a size. */
export interface VariantHints {
  colours?: readonly string[];
  size?: string;
}

/** One variant chosen; a slot still open, with the values that fit; or no variant has what was asked. */
export type VariantChoice =
  | { kind: 'variant'; variant: Variant }
  | { kind: 'ask'; slot: 'colour' | 'size'; options: string[] }
  | { kind: 'none'; asked: string };

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
const unique = (values: string[]) => [...new Set(values)];

/**
 * Narrows the product's variants by the hints and decides: one variant left → it; several → ask for the
 * colour first (when the remaining ones differ in colour), then the size; none → what was asked is missing.
 * A slot with a single value in the product (one colour, "One size") is never asked.
 */
export function chooseVariant(product: Product, hints: VariantHints): VariantChoice {
  let candidates = product.variants;
  if (hints.colours?.length) {
    candidates = candidates.filter((v) => hints.colours!.some((c) => same(c, v.color)));
    if (candidates.length === 0) return { kind: 'none', asked: hints.colours.join(' / ') };
  }
  if (hints.size) {
    const sized = candidates.filter((v) => same(v.size, hints.size!));
    if (sized.length === 0) return { kind: 'none', asked: describe(hints) };
    candidates = sized;
  }
  if (candidates.length === 1) return { kind: 'variant', variant: candidates[0] };
  const colours = unique(candidates.map((v) => v.color));
  if (colours.length > 1) return { kind: 'ask', slot: 'colour', options: colours };
  return { kind: 'ask', slot: 'size', options: unique(candidates.map((v) => v.size)) };
}

/** The variant with this sku, if the product has it. */
export function variantBySku(product: Product, sku: string): Variant | undefined {
  return product.variants.find((v) => v.sku === sku);
}

/** "Glacier Blue, M": a variant for people. */
export function variantLabel(variant: Variant): string {
  return [variant.color, variant.size].filter((s) => s && !/^(os|one size)$/i.test(s)).join(', ');
}

function describe(hints: VariantHints): string {
  return [hints.colours?.join(' / '), hints.size].filter(Boolean).join(', ');
}
