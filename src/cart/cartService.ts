// The cart: add a variant (checked against the catalog and its stock), change a quantity, remove, view
// with line and cart totals. Each change is one eTag-checked write of the shopper's cart document.
import type { Product } from '../domain/schemas';
import {
  readDocument,
  updateDocument,
  type CasResult,
  type DocumentChange,
  type DocumentStorage,
} from '../storage/casDocument';
import type { ShopperRef } from '../shopper/shopperRef';
import { cartKey, emptyCart, parseCart, type CartDocument, type CartLine } from './cartDocument';
import { toCents } from './money';
import { variantBySku } from './variantChoice';
import { KeyedMutex } from '../storage/keyedMutex';

/** Products by id (the catalog). */
export interface ProductLookup {
  byId(id: string): Product | undefined;
}

/** A cart line as shown: product, variant, quantity, prices in cents, what is in stock now. */
export interface CartViewLine extends CartLine {
  name: string;
  colour: string;
  size: string;
  unitCents: number;
  lineCents: number;
  inStock: number;
}

/** The cart as shown. */
export interface CartView {
  lines: CartViewLine[];
  itemCount: number;
  totalCents: number;
}

/** What a change did. */
export type CartChange =
  | { kind: 'ok'; line: CartViewLine | undefined; cart: CartView }
  | { kind: 'unknownProduct' }
  | { kind: 'unknownVariant' }
  | { kind: 'notInCart' }
  | { kind: 'outOfStock'; available: number; inCart: number };

/** The most of one variant a cart may hold. */
export const MAX_LINE_QUANTITY = 20;

/** The shopper's cart, stored through Bot Framework Storage. */
export class CartService {
  // Storage cannot create a document only if absent, so the first write of a cart is last-writer-wins;
  // serialising changes per cart in this process closes that gap here (across instances eTags still guard).
  private readonly locks = new KeyedMutex();

  constructor(
    private readonly storage: DocumentStorage,
    private readonly products: ProductLookup,
  ) {}

  /** Adds `quantity` of a variant, refusing when the cart would hold more than its stock. */
  async add(shopper: ShopperRef, productId: string, sku: string, quantity = 1): Promise<CartChange> {
    const product = this.products.byId(productId);
    if (!product) return { kind: 'unknownProduct' };
    const variant = variantBySku(product, sku);
    if (!variant) return { kind: 'unknownVariant' };
    return this.change(shopper, sku, (cart) => {
      const inCart = cart.lines.find((l) => l.sku === sku)?.quantity ?? 0;
      const wanted = inCart + quantity;
      if (wanted > Math.min(variant.stock, MAX_LINE_QUANTITY))
        return { kind: 'outOfStock', available: variant.stock, inCart };
      return withQuantity(cart, { productId, sku, quantity: wanted });
    });
  }

  /** Sets the quantity of a line already in the cart (0 removes it). */
  async setQuantity(shopper: ShopperRef, sku: string, quantity: number): Promise<CartChange> {
    return this.change(shopper, sku, (cart) => {
      const line = cart.lines.find((l) => l.sku === sku);
      if (!line) return { kind: 'notInCart' };
      const variant = this.products.byId(line.productId)?.variants.find((v) => v.sku === sku);
      if (quantity > 0 && quantity > Math.min(variant?.stock ?? 0, MAX_LINE_QUANTITY))
        return { kind: 'outOfStock', available: variant?.stock ?? 0, inCart: line.quantity };
      return withQuantity(cart, { ...line, quantity });
    });
  }

  /** Removes a line. */
  async remove(shopper: ShopperRef, sku: string): Promise<CartChange> {
    return this.setQuantity(shopper, sku, 0);
  }

  /** The cart with prices and totals (current catalog prices; lines of vanished products are left out). */
  async view(shopper: ShopperRef): Promise<CartView> {
    return this.render(await this.document(shopper));
  }

  /** The stored document (for checkout and order placement). */
  async document(shopper: ShopperRef): Promise<CartDocument> {
    const key = cartKey(shopper);
    return parseCart(await readDocument(this.storage, key), key);
  }

  /** Prices and totals for a cart document. */
  render(cart: CartDocument): CartView {
    const lines: CartViewLine[] = [];
    for (const line of cart.lines) {
      const product = this.products.byId(line.productId);
      const variant = product && variantBySku(product, line.sku);
      if (!product || !variant) continue;
      const unitCents = toCents(product.price);
      lines.push({
        ...line,
        name: product.name,
        colour: variant.color,
        size: variant.size,
        unitCents,
        lineCents: unitCents * line.quantity,
        inStock: variant.stock,
      });
    }
    return {
      lines,
      itemCount: lines.reduce((n, l) => n + l.quantity, 0),
      totalCents: lines.reduce((n, l) => n + l.lineCents, 0),
    };
  }

  /** One eTag-checked read-modify-write of the shopper's cart document (order placement commits through this). */
  async update<R>(
    shopper: ShopperRef,
    change: DocumentChange<CartDocument, R>,
  ): Promise<CasResult<CartDocument, R>> {
    const key = cartKey(shopper);
    return this.locks.run([key], () =>
      updateDocument<CartDocument, R>(this.storage, key, (current) => change(parseCart(current, key))),
    );
  }

  private async change(
    shopper: ShopperRef,
    sku: string,
    apply: (cart: CartDocument) => CartDocument | Exclude<CartChange, { kind: 'ok' }>,
  ): Promise<CartChange> {
    const { doc, result } = await this.update<CartChange | undefined>(shopper, (current) => {
      const next = apply(current ?? emptyCart());
      if ('kind' in next) return { keep: next };
      return { next: { ...next, updatedAt: new Date().toISOString() }, result: undefined };
    });
    if (result) return result;
    const cart = this.render(doc);
    return { kind: 'ok', line: cart.lines.find((l) => l.sku === sku), cart };
  }
}

/** The cart with the line for `line.sku` set to `line` (appended when new, removed at quantity 0). */
function withQuantity(cart: CartDocument, line: CartLine): CartDocument {
  const others = cart.lines.filter((l) => l.sku !== line.sku);
  if (line.quantity <= 0) return { ...cart, lines: others };
  const at = cart.lines.findIndex((l) => l.sku === line.sku);
  const lines = [...others];
  lines.splice(at < 0 ? lines.length : at, 0, line);
  return { ...cart, lines };
}
