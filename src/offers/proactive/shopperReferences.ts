// Where each shopper can be reached outside their turn: the conversation reference of the last
// conversation they talked in (`<shopper key>/reference`), and an index of the shoppers that have one
// (`offers/reachable`, for idle-cart reminders: Storage cannot list keys). Written when they change only.
import { readDocument, updateDocument, type DocumentStorage } from '../../storage/casDocument';
import { sameShopper, shopperKey, type ShopperRef } from '../../shopper/shopperRef';
import type { StoredReference } from './alertScheduler';

const INDEX_KEY = 'offers/reachable';
const key = (shopper: ShopperRef) => `${shopperKey(shopper)}/reference`;

interface ReferenceDoc {
  reference: StoredReference;
  updatedAt: string;
}

interface ReachableIndex {
  shoppers: ShopperRef[];
}

/** Stored conversation references of shoppers. */
export class ShopperReferences {
  constructor(private readonly storage: DocumentStorage) {}

  /** Remembers where the shopper talks now (no write when it is the same conversation as before). */
  async remember(shopper: ShopperRef, reference: StoredReference, now = new Date()): Promise<void> {
    const stored = await readDocument<ReferenceDoc>(this.storage, key(shopper));
    if (stored && JSON.stringify(stored.reference) === JSON.stringify(reference)) return;
    // the latest conversation wins: not money, so no eTag needed
    await this.storage.write({ [key(shopper)]: { reference, updatedAt: now.toISOString(), eTag: '*' } });
    if (!stored)
      await updateDocument<ReachableIndex, void>(this.storage, INDEX_KEY, (cur) => {
        const shoppers = cur?.shoppers ?? [];
        return shoppers.some((s) => sameShopper(s, shopper))
          ? { keep: undefined }
          : { next: { shoppers: [...shoppers, shopper] }, result: undefined };
      });
  }

  /** The shopper's last conversation, if they ever talked to the bot. */
  async of(shopper: ShopperRef): Promise<StoredReference | undefined> {
    return (await readDocument<ReferenceDoc>(this.storage, key(shopper)))?.reference;
  }

  /** Every shopper with a stored reference. */
  async shoppers(): Promise<ShopperRef[]> {
    return (await readDocument<ReachableIndex>(this.storage, INDEX_KEY))?.shoppers ?? [];
  }
}
