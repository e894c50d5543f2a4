// Decides what an alert request ("tell me when the blue one is back in size M", "notify me if the price
// drops") does: the variant is in stock (say so), no such variant, the shopper opted out (say how to turn
// alerts back on), or an alert is stored. Asking for an alert is an explicit opt-in to proactive messages
// unless the shopper had opted out ("stop sending me offers"): that is only undone by their own words.
import type { Product, Variant } from '../../domain/schemas';
import type { DocumentStorage } from '../../storage/casDocument';
import type { ShopperRef } from '../../shopper/shopperRef';
import type { Consent } from '../profile';
import { readShopperOffers } from '../shopperOffers';
import type { AlertScheduler, StoredReference } from './alertScheduler';
import type { AlertAsk } from './alertPhrases';
import { toCents } from '../../cart/money';

/** What the shopper asked about. */
export interface AlertRequest {
  kind: AlertAsk;
  product: Product;
  /** Catalog colour names the message's colour stands for ("blue" → "Glacier Blue", …). */
  colours?: string[];
  size?: string;
}

/** The outcome, for the dialog to say. */
export type AlertAnswer =
  | { kind: 'subscribed'; alert: AlertAsk; product: Product; variant: string; isNew: boolean }
  | { kind: 'in_stock'; product: Product; variant: string; units: number }
  | { kind: 'no_variant'; product: Product; variant: string }
  | { kind: 'opted_out' };

/** What the service needs. */
export interface AlertServiceDeps {
  storage: DocumentStorage;
  scheduler: Pick<AlertScheduler, 'subscribe'>;
  setConsent(shopper: ShopperRef, change: Partial<Consent>): Promise<Consent>;
}

/** "Glacier Blue, M" for the variants asked about (colour and/or size). */
export function variantLabel(colour: string | undefined, size: string | undefined): string {
  return [colour, size].filter(Boolean).join(', ');
}

/** Alert requests. */
export class AlertService {
  constructor(private readonly deps: AlertServiceDeps) {}

  /** Handles one request from a shopper in the conversation `reference`. */
  async request(shopper: ShopperRef, reference: StoredReference, ask: AlertRequest): Promise<AlertAnswer> {
    const { product } = ask;
    const matches = matching(product.variants, ask.colours, ask.size);
    const colour = ask.colours ? (matches[0]?.color ?? ask.colours[0]) : undefined;
    const variant = variantLabel(colour, ask.size);
    if (ask.kind === 'back_in_stock') {
      if (matches.length === 0) return { kind: 'no_variant', product, variant };
      const units = matches.reduce((n, v) => n + v.stock, 0);
      if (units > 0) return { kind: 'in_stock', product, variant, units };
    }
    const stored = (await readShopperOffers(this.deps.storage, shopper)).consent;
    if (stored && !stored.offers && !stored.proactive) return { kind: 'opted_out' };
    if (!stored?.proactive) await this.deps.setConsent(shopper, { proactive: true });
    const variantOnly = ask.kind === 'back_in_stock' && (ask.colours || ask.size);
    const isNew = await this.deps.scheduler.subscribe({
      shopper,
      reference,
      kind: ask.kind,
      productId: product.id,
      ...(variantOnly ? { skus: matches.map((v) => v.sku) } : {}),
      priceCents: toCents(product.price),
    });
    return { kind: 'subscribed', alert: ask.kind, product, variant: variantOnly ? variant : '', isNew };
  }
}

function matching(variants: readonly Variant[], colours?: string[], size?: string): Variant[] {
  const lower = colours?.map((c) => c.toLowerCase());
  return variants.filter(
    (v) =>
      (!lower || lower.includes(v.color.toLowerCase())) &&
      (!size || v.size.toLowerCase() === size.toLowerCase()),
  );
}
