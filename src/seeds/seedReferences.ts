// Cross-file checks of the seeds: unique ids and SKUs, references to customers and products,
// order lines whose SKU belongs to the product, order totals that add up.
import type { BehaviourEvent, Customer, Offer, Order, Product, SeedName } from '../domain/schemas';
import type { SeedProblem } from './seedValidationError';

/** A valid record with the label problems use for it (its id, or "#<index>"). */
export interface Labelled<T> {
  label: string;
  value: T;
}

/** The validated records of each file, labelled. */
export interface LabelledSeeds {
  products: Labelled<Product>[];
  customers: Labelled<Customer>[];
  events: Labelled<BehaviourEvent>[];
  orders: Labelled<Order>[];
  offers: Labelled<Offer>[];
}

type Report = (name: SeedName, record: string, field: string, message: string) => void;

/**
 * Checks references between files. `rawIds` holds the ids of every record, valid or not,
 * so a record that failed its schema is not reported a second time as missing; a null set
 * (file unreadable, already reported) skips the references into that file.
 */
export function checkReferences(
  seeds: LabelledSeeds,
  rawIds: Record<SeedName, Set<string> | null>,
  fileOf: (name: SeedName) => string,
): SeedProblem[] {
  const problems: SeedProblem[] = [];
  const report: Report = (name, record, field, message) =>
    problems.push({ file: fileOf(name), record, field, message });
  for (const name of ['products', 'customers', 'orders', 'offers'] as const) {
    checkUnique(
      seeds[name].map((r) => r.value.id),
      (id) => report(name, id, 'id', 'duplicate id'),
    );
  }
  checkSkus(seeds.products, report);
  const variants = new Map(
    seeds.products.map(({ value }) => [value.id, new Set(value.variants.map((v) => v.sku))]),
  );
  const customerExists = (id: string) => rawIds.customers?.has(id) ?? true;
  const productExists = (id: string) => rawIds.products?.has(id) ?? true;
  for (const { label, value } of seeds.events) {
    if (!customerExists(value.customerId))
      report('events', label, 'customerId', `unknown customer ${value.customerId}`);
    if (!productExists(value.productId))
      report('events', label, 'productId', `unknown product ${value.productId}`);
  }
  for (const order of seeds.orders) checkOrder(order, { customerExists, productExists, variants }, report);
  for (const { label, value } of seeds.offers) {
    (value.rules.bundleProductIds ?? []).forEach((id, i) => {
      if (!productExists(id)) report('offers', label, `rules.bundleProductIds.${i}`, `unknown product ${id}`);
    });
  }
  return problems;
}

function checkUnique(ids: string[], onDuplicate: (id: string) => void): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) onDuplicate(id);
    seen.add(id);
  }
}

function checkSkus(products: Labelled<Product>[], report: Report): void {
  const owner = new Map<string, string>();
  for (const { label, value } of products) {
    value.variants.forEach((v, i) => {
      const other = owner.get(v.sku);
      if (other) report('products', label, `variants.${i}.sku`, `duplicate SKU ${v.sku} (also on ${other})`);
      else owner.set(v.sku, label);
    });
  }
}

interface Lookups {
  customerExists: (id: string) => boolean;
  productExists: (id: string) => boolean;
  variants: Map<string, Set<string>>;
}

function checkOrder({ label, value }: Labelled<Order>, lookups: Lookups, report: Report): void {
  if (!lookups.customerExists(value.customerId))
    report('orders', label, 'customerId', `unknown customer ${value.customerId}`);
  value.lines.forEach((line, i) => {
    if (!lookups.productExists(line.productId)) {
      report('orders', label, `lines.${i}.productId`, `unknown product ${line.productId}`);
      return;
    }
    const skus = lookups.variants.get(line.productId);
    if (skus && !skus.has(line.sku))
      report('orders', label, `lines.${i}.sku`, `SKU ${line.sku} is not a variant of ${line.productId}`);
  });
  const expected = value.lines.reduce((sum, l) => sum + l.unitPrice * l.quantity, 0) + value.shippingCost;
  if (Math.abs(expected - value.total) > 0.005) {
    report('orders', label, 'total', `total ${value.total} is not lines + shipping (${expected.toFixed(2)})`);
  }
}
