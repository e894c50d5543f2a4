// The offer catalog: the store's offers parsed with OfferSchema plus the rules a schema cannot see
// (unique ids, known segments, bundle products that exist, discounts that fit their minimum), every
// problem reported at once with the offer and field named.
import { OfferSchema, type Offer } from '../domain/schemas';
import { KNOWN_SEGMENTS } from './profile';

/** Every problem of an offer catalog, each naming the offer and field. */
export class OfferCatalogError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Invalid offer catalog (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n  - ${problems.join('\n  - ')}`,
    );
    this.name = 'OfferCatalogError';
  }
}

/** Parses and checks offers; throws an OfferCatalogError listing every problem. */
export function validateOfferCatalog(raw: unknown, products?: { byId(id: string): unknown }): Offer[] {
  if (!Array.isArray(raw)) throw new OfferCatalogError(['the offer catalog must be a JSON array of offers']);
  const problems: string[] = [];
  const offers: Offer[] = [];
  const seen = new Set<string>();
  raw.forEach((item, i) => {
    const name = `offers[${i}]${typeof item?.id === 'string' ? ` (${item.id})` : ''}`;
    const parsed = OfferSchema.safeParse(item);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems.push(`${name} ${issue.path.join('.') || 'offer'}: ${issue.message}`);
      return;
    }
    const o = parsed.data;
    const problem = (field: string, message: string) => problems.push(`${name} ${field}: ${message}`);
    if (seen.has(o.id)) problem('id', `duplicate id "${o.id}"`);
    seen.add(o.id);
    for (const s of o.rules.segments ?? [])
      if (!KNOWN_SEGMENTS.includes(s))
        problem('rules.segments', `unknown segment "${s}" (known: ${KNOWN_SEGMENTS.join(', ')})`);
    if (o.kind === 'bundle' && (o.rules.bundleProductIds?.length ?? 0) < 2)
      problem('rules.bundleProductIds', 'a bundle needs at least two products');
    if (o.kind !== 'bundle' && o.rules.bundleProductIds)
      problem('rules.bundleProductIds', `only a bundle lists products (kind is ${o.kind})`);
    if (o.kind === 'free_shipping' && o.value !== 0) problem('value', 'a free-shipping offer has value 0');
    if ((o.kind === 'fixed' || o.kind === 'bundle') && o.value <= 0)
      problem('value', `a ${o.kind} offer needs a positive amount`);
    if (o.kind === 'fixed' && o.rules.minCartValue !== undefined && o.value >= o.rules.minCartValue)
      problem('value', `$${o.value} off is not less than the minimum cart value $${o.rules.minCartValue}`);
    if (o.perCustomerLimit > 100) problem('perCustomerLimit', 'must be at most 100');
    if (o.kind !== 'percent' && o.kind !== 'free_shipping' && o.value > o.budget)
      problem('budget', `$${o.budget} cannot pay for one use of $${o.value}`);
    for (const id of o.rules.bundleProductIds ?? [])
      if (products && !products.byId(id))
        problem('rules.bundleProductIds', `no product ${id} in the catalog`);
    offers.push(o);
  });
  if (problems.length) throw new OfferCatalogError(problems);
  return offers;
}
