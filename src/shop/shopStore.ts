// The embedded shop store: the demo store's catalogue, customers, behaviour, orders and
// offers in one lowdb JSON file (data/shop.json by default), held in memory with indexes.
import { z } from 'zod';
import {
  BehaviourEventSchema,
  CustomerSchema,
  OfferSchema,
  OrderSchema,
  ProductSchema,
  type BehaviourEvent,
  type Customer,
  type Offer,
  type Order,
  type Product,
} from '../domain/schemas';
import type { Seeds } from '../seeds/validateSeeds';
import { openLowdbFile, type LowdbFile } from '../storage/lowdbFile';

/** The store file's shape; unknown top-level keys are kept, records are strict. */
export const ShopDataSchema = z.looseObject({
  seededAt: z.string().nullable(),
  seedVersion: z.string().nullable(),
  products: z.array(ProductSchema),
  customers: z.array(CustomerSchema),
  events: z.array(BehaviourEventSchema),
  orders: z.array(OrderSchema),
  offers: z.array(OfferSchema),
});
export type ShopData = z.infer<typeof ShopDataSchema>;

/** The data of a store that has never been seeded. */
export function emptyShopData(): ShopData {
  return {
    seededAt: null,
    seedVersion: null,
    products: [],
    customers: [],
    events: [],
    orders: [],
    offers: [],
  };
}

/** The shop's data on disk, with read accessors and id indexes. */
export class ShopStore {
  private productIndex = new Map<string, Product>();
  private customerIndex = new Map<string, Customer>();
  private ordersByCustomer = new Map<string, Order[]>();

  private constructor(
    private readonly db: LowdbFile<ShopData>,
    /** The store file's path. */
    readonly path: string,
  ) {
    this.reindex();
  }

  /** Opens (creating if missing) the store file; throws naming the file when its content is invalid. */
  static async open(path: string): Promise<ShopStore> {
    const db = await openLowdbFile<ShopData>(path, emptyShopData());
    const parsed = ShopDataSchema.safeParse(db.data);
    if (!parsed.success) {
      const first = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`);
      throw new Error(`${path} is not a valid shop store file (${first.join('; ')})`);
    }
    db.data = parsed.data;
    return new ShopStore(db, path);
  }

  /** True once seeds have been loaded. */
  isSeeded(): boolean {
    return this.db.data.seededAt !== null;
  }

  /** The version (hash) of the seeds last loaded, or null. */
  seedVersion(): string | null {
    return this.db.data.seedVersion;
  }

  /** When seeds were last loaded (ISO timestamp), or null. */
  seededAt(): string | null {
    return this.db.data.seededAt;
  }

  /** Replaces everything with the seeds and writes the file. */
  async load(seeds: Seeds, version: string, now: Date = new Date()): Promise<void> {
    this.db.data = {
      seededAt: now.toISOString(),
      seedVersion: version,
      products: [...seeds.products],
      customers: [...seeds.customers],
      events: [...seeds.events],
      orders: [...seeds.orders],
      offers: [...seeds.offers],
    };
    this.reindex();
    await this.flush();
  }

  /** All products, in catalogue order. */
  products(): readonly Product[] {
    return this.db.data.products;
  }

  /** One product by id. */
  product(id: string): Product | undefined {
    return this.productIndex.get(id);
  }

  /** All customers. */
  customers(): readonly Customer[] {
    return this.db.data.customers;
  }

  /** One customer by id. */
  customer(id: string): Customer | undefined {
    return this.customerIndex.get(id);
  }

  /** All behaviour events, oldest first. */
  events(): readonly BehaviourEvent[] {
    return this.db.data.events;
  }

  /** All orders. */
  orders(): readonly Order[] {
    return this.db.data.orders;
  }

  /** One customer's orders, oldest first (empty when none). */
  ordersOf(customerId: string): readonly Order[] {
    return this.ordersByCustomer.get(customerId) ?? [];
  }

  /** All offers. */
  offers(): readonly Offer[] {
    return this.db.data.offers;
  }

  /** Writes the in-memory data to disk (atomically: tmp file + rename). */
  async flush(): Promise<void> {
    await this.db.write();
  }

  private reindex(): void {
    const { products, customers, orders } = this.db.data;
    this.productIndex = new Map(products.map((p) => [p.id, p]));
    this.customerIndex = new Map(customers.map((c) => [c.id, c]));
    this.ordersByCustomer = new Map();
    for (const order of [...orders].sort((a, b) => a.placedAt.localeCompare(b.placedAt))) {
      const list = this.ordersByCustomer.get(order.customerId) ?? [];
      list.push(order);
      this.ordersByCustomer.set(order.customerId, list);
    }
  }
}
