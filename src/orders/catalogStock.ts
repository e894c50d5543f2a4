// Stock kept on the catalog's variants (the embedded store's products): checked, taken when an order is
// placed and put back when it is cancelled, then flushed to the store file.
import type { Product, Variant } from '../domain/schemas';

/** An order line's stock need. */
export interface StockNeed {
  productId: string;
  sku: string;
  quantity: number;
}

/** Stock of the catalog's variants. */
export class CatalogStock {
  constructor(
    private readonly products: { byId(id: string): Product | undefined },
    private readonly flush: () => Promise<void> = async () => undefined,
  ) {}

  /** The first line there isn't enough of, with what is left, or undefined when all are available. */
  shortage(lines: readonly StockNeed[]): { line: StockNeed; available: number } | undefined {
    for (const line of lines) {
      const available = this.variant(line)?.stock ?? 0;
      if (available < line.quantity) return { line, available };
    }
    return undefined;
  }

  /** Takes the lines' quantities (never below zero) and writes the store. */
  async take(lines: readonly StockNeed[]): Promise<void> {
    for (const line of lines) {
      const variant = this.variant(line);
      if (variant) variant.stock = Math.max(0, variant.stock - line.quantity);
    }
    await this.flush();
  }

  /** Puts the lines' quantities back and writes the store. */
  async restore(lines: readonly StockNeed[]): Promise<void> {
    for (const line of lines) {
      const variant = this.variant(line);
      if (variant) variant.stock += line.quantity;
    }
    await this.flush();
  }

  private variant(line: StockNeed): Variant | undefined {
    return this.products.byId(line.productId)?.variants.find((v) => v.sku === line.sku);
  }
}
