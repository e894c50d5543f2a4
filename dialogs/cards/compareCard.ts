// Two or three products side by side: a table card, and the same as text for
// channels without cards. Pure builders (no I/O).
import { allAttributes, formatPrice, stockLabel } from '../../src/catalog/productFacts';
import type { Product } from '../../src/domain/schemas';
import type { AdaptiveCard, Table, TextBlock } from './adaptiveCardSchema';
import { ACTION_TITLES } from './productCard';
import { safeText } from './safeText';

/** Most attribute rows a comparison shows (besides price, rating and stock). */
export const MAX_COMPARED_ATTRIBUTES = 8;

/** The compared facts: one row per label, one value per product ("—" when a product lacks it). */
export function comparisonRows(products: readonly Product[]): { label: string; values: string[] }[] {
  const perProduct = products.map((p) => new Map(allAttributes(p).map((f) => [f.label, f.value])));
  const labels = [...new Set(perProduct.flatMap((m) => [...m.keys()]))]
    // Attributes every product has first: those are the ones worth comparing.
    .sort((a, b) => perProduct.filter((m) => !m.has(a)).length - perProduct.filter((m) => !m.has(b)).length)
    .slice(0, MAX_COMPARED_ATTRIBUTES);
  return [
    { label: 'Price', values: products.map((p) => formatPrice(p.price, p.currency)) },
    { label: 'Rating', values: products.map((p) => `★ ${p.rating.toFixed(1)} (${p.reviewCount})`) },
    { label: 'Stock', values: products.map(stockLabel) },
    ...labels.map((label) => ({ label, values: perProduct.map((m) => m.get(label) ?? '—') })),
  ];
}

const cell = (value: string, bold = false) => ({
  type: 'TableCell' as const,
  items: [{ type: 'TextBlock', text: value, wrap: true, ...(bold ? { weight: 'Bolder' } : {}) } as TextBlock],
});

/** A comparison table card with a Details button per product. */
export function compareCard(products: readonly Product[]): AdaptiveCard {
  const table: Table = {
    type: 'Table',
    columns: [{ width: 2 }, ...products.map(() => ({ width: 3 }))],
    firstRowAsHeader: true,
    showGridLines: true,
    rows: [
      { type: 'TableRow', cells: [cell(' '), ...products.map((p) => cell(safeText(p.name), true))] },
      ...comparisonRows(products).map((row) => ({
        type: 'TableRow' as const,
        cells: [cell(safeText(row.label), true), ...row.values.map((v) => cell(safeText(v)))],
      })),
    ],
  };
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [table],
    actions: products.map((p) => ({
      type: 'Action.Submit',
      title: `${ACTION_TITLES.details}: ${p.name}`.slice(0, 60),
      data: { action: 'details', productId: p.id },
    })),
  };
}

/** The comparison as text: one line per fact, values in product order. */
export function compareText(products: readonly Product[]): string {
  const lines = comparisonRows(products).map((row) => `- **${row.label}**: ${row.values.join(' | ')}`);
  return [`**${products.map((p) => p.name).join('** vs **')}**`, ...lines].join('\n');
}
