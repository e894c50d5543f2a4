// What a "remove …" / "make it 2" message asks of the cart: which line, and remove it or set its quantity.
import type { Entity } from '../nlu/recognizer';
import type { CartLine } from './cartDocument';

/** A cart line with its variant's colour and size (as the cart view gives it). */
export type EditableLine = CartLine & { colour: string; size: string };

/** The edit asked for, or why it can't be told. */
export type CartEdit =
  | { kind: 'remove'; sku: string }
  | { kind: 'setQuantity'; sku: string; quantity: number }
  | { kind: 'ambiguous' }
  | { kind: 'empty' };

/** What the message gave: its text, entities, and the product being discussed. */
export interface CartEditInput {
  text: string;
  entities: readonly Entity[];
  currentProductId?: string;
}

const SET_WORDS = /\b(make it|make that|change|set|update|only|just|to)\b/i;

/**
 * Picks the line: a product named (narrowed by colour/size when it has several lines), a list reference
 * into the cart ("the second one"), the product being discussed, or the only line. A quantity with
 * "change/make it/to/only" sets the quantity; otherwise the line is removed.
 */
export function cartEdit(lines: readonly EditableLine[], input: CartEditInput): CartEdit {
  if (lines.length === 0) return { kind: 'empty' };
  const line = pickLine(lines, input);
  if (!line) return { kind: 'ambiguous' };
  const quantity = quantityOf(input);
  if (quantity !== undefined && SET_WORDS.test(input.text))
    return { kind: 'setQuantity', sku: line.sku, quantity };
  return { kind: 'remove', sku: line.sku };
}

function pickLine(lines: readonly EditableLine[], input: CartEditInput): EditableLine | undefined {
  const named = input.entities.find((e) => e.type === 'product' && e.score >= 0.5);
  const ordinal = input.entities.find((e) => e.type === 'ordinal')?.value as { index?: number } | undefined;
  let candidates: readonly EditableLine[] = lines;
  if (named) candidates = lines.filter((l) => l.productId === named.value);
  else if (typeof ordinal?.index === 'number') {
    const at = ordinal.index < 0 ? lines.length + ordinal.index : ordinal.index;
    candidates = lines[at] ? [lines[at]] : [];
  } else if (input.currentProductId && lines.some((l) => l.productId === input.currentProductId))
    candidates = lines.filter((l) => l.productId === input.currentProductId);
  if (candidates.length > 1) candidates = narrowByVariant(candidates, input.entities);
  return candidates.length === 1 ? candidates[0] : undefined;
}

function narrowByVariant(
  lines: readonly EditableLine[],
  entities: readonly Entity[],
): readonly EditableLine[] {
  const size = entities.find((e) => e.type === 'size')?.value;
  const colour = entities.find((e) => e.type === 'colour')?.value as { colours?: string[] } | undefined;
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  return lines.filter(
    (l) =>
      (size === undefined || same(l.size, String(size))) &&
      (!colour?.colours?.length || colour.colours.some((c) => same(c, l.colour))),
  );
}

function quantityOf(input: CartEditInput): number | undefined {
  const entity = input.entities.find((e) => e.type === 'quantity');
  if (entity && typeof entity.value === 'number') return entity.value;
  const bare = input.text.match(/\b(\d{1,2})\b/);
  return bare ? Number(bare[1]) : undefined;
}
