// What the store keeps per shopper for offers (`<channel>/shoppers/<id>/offers`): consent, the offers shown
// lately (frequency caps), the coupons held, and decisions waiting for their outcome (the policy learns
// from them). Written with eTags like the cart.
import { readDocument, updateDocument, type DocumentStorage } from '../storage/casDocument';
import { shopperKey, type ShopperRef } from '../shopper/shopperRef';
import type { Contact } from './frequencyCaps';
import type { Consent } from './profile';

/** A decision waiting to learn whether the shopper bought. */
export interface PendingDecision {
  armId: string;
  features: number[];
  at: string;
}

/** The per-shopper offer document. */
export interface ShopperOffers {
  consent?: Consent & { updatedAt: string };
  contacts: Contact[];
  coupons: string[];
  pending: PendingDecision[];
}

/** Consent of a chat shopper who never said anything: offers in the chat yes, proactive messages no. */
export const DEFAULT_CONSENT: Consent = { offers: true, proactive: false };

const key = (shopper: ShopperRef) => `${shopperKey(shopper)}/offers`;
const empty = (): ShopperOffers => ({ contacts: [], coupons: [], pending: [] });

/** Reads the shopper's offer document (empty if none). */
export async function readShopperOffers(
  storage: DocumentStorage,
  shopper: ShopperRef,
): Promise<ShopperOffers> {
  return { ...empty(), ...(await readDocument<ShopperOffers>(storage, key(shopper))) };
}

/** Changes the shopper's offer document under its eTag. */
export async function updateShopperOffers<R>(
  storage: DocumentStorage,
  shopper: ShopperRef,
  change: (doc: ShopperOffers) => { next: ShopperOffers; result: R },
): Promise<R> {
  const { result } = await updateDocument<ShopperOffers, R>(storage, key(shopper), (cur) =>
    change({ ...empty(), ...cur }),
  );
  return result;
}
