// Plain-text renderings of products for channels without cards (SMS, text-only tests).
import {
  allAttributes,
  categoryLabel,
  colours,
  formatPrice,
  sizes,
  stockLabel,
  totalStock,
} from '../../src/catalog/productFacts';
import type { Product } from '../../src/domain/schemas';
import { safeText } from './safeText';

const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

/** One line per product: "1. Ridgeline Shell Jacket — $249.00 (Ridgeline Co · in stock)", then `notes[i]` if any. */
export function productListText(products: readonly Product[], notes: readonly string[] = []): string {
  return products
    .map((p, i) => {
      const price = formatPrice(p.price, p.currency);
      const line = `${i + 1}. ${safeText(p.name)} — ${price} (${safeText(p.brand)} · ${lowerFirst(stockLabel(p))})`;
      return notes[i] ? `${line} — ${safeText(notes[i])}` : line;
    })
    .join('\n');
}

/** Colours, sizes and stock across the product's variants, in one line. */
function variantsSummary(product: Product): string {
  const options = product.variants.length === 1 ? '1 option' : `${product.variants.length} options`;
  const stock = totalStock(product);
  const list = (values: string[]) => values.map(safeText).join(', ');
  return `${options} · colours: ${list(colours(product))} · sizes: ${list(sizes(product))} · ${stock} in stock`;
}

/** Everything about one product as text: header, description, all attributes, variants. */
export function productDetailsText(product: Product): string {
  const attributes = allAttributes(product).map(({ label, value }) => `- ${label}: ${safeText(value)}`);
  const rating = `★ ${product.rating.toFixed(1)} (${product.reviewCount} reviews)`;
  const lines = [
    `${safeText(product.name)} — ${formatPrice(product.price, product.currency)}`,
    `${safeText(product.brand)} · ${categoryLabel(product.category)} · ${rating}`,
    '',
    safeText(product.description),
    ...(attributes.length > 0 ? ['', ...attributes] : []),
    '',
    variantsSummary(product),
    stockLabel(product),
  ];
  return lines.join('\n');
}
