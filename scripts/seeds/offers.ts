// The store's offers for 2026: percent, fixed, free shipping and a bundle.
import type { Offer } from '../../src/domain/schemas';
import type { CatalogItem } from './products';

/** Builds the offers; the bundle uses real product ids from the catalogue. */
export function generateOffers(catalog: CatalogItem[]): Offer[] {
  return [
    {
      id: 'welcome-10',
      title: '10% off your first order',
      description: 'New here? Take 10% off everything in your first order.',
      kind: 'percent',
      value: 10,
      rules: { firstOrderOnly: true },
      startsAt: '2026-01-01T00:00:00Z',
      endsAt: '2029-12-31T23:59:59Z',
      budget: 5000,
      perCustomerLimit: 1,
      stackable: false,
    },
    {
      id: 'winter-layers-20',
      title: '20% off winter layers',
      description: 'Save 20% on jackets and base layers for the cold months ahead.',
      kind: 'percent',
      value: 20,
      rules: { categories: ['jackets', 'base-layers'], minCartValue: 80 },
      startsAt: '2026-10-15T00:00:00Z',
      endsAt: '2027-01-31T23:59:59Z',
      budget: 8000,
      perCustomerLimit: 2,
      stackable: false,
    },
    {
      id: 'free-shipping-75',
      title: 'Free shipping over $75',
      description: 'Orders of $75 or more ship free, wherever you are.',
      kind: 'free_shipping',
      value: 0,
      rules: { minCartValue: 75 },
      startsAt: '2026-01-01T00:00:00Z',
      endsAt: '2029-12-31T23:59:59Z',
      budget: 3000,
      perCustomerLimit: 5,
      stackable: true,
    },
    {
      id: 'save-25-over-200',
      title: '$25 off orders over $200',
      description: 'Spend $200 or more and we take $25 off your order.',
      kind: 'fixed',
      value: 25,
      rules: { minCartValue: 200 },
      startsAt: '2026-09-01T00:00:00Z',
      endsAt: '2026-11-30T23:59:59Z',
      budget: 4000,
      perCustomerLimit: 1,
      stackable: false,
    },
    bundleOffer(catalog),
    {
      id: 'newsletter-lights-15',
      title: '15% off lights for subscribers',
      description: 'Newsletter subscribers save 15% on headlamps, lanterns and bike lights.',
      kind: 'percent',
      value: 15,
      rules: { categories: ['lights'], segments: ['newsletter'] },
      startsAt: '2026-10-01T00:00:00Z',
      endsAt: '2026-12-31T23:59:59Z',
      budget: 1500,
      perCustomerLimit: 1,
      stackable: true,
    },
    {
      id: 'loyal-boots-12',
      title: '12% off boots for returning customers',
      description: 'Thanks for coming back: returning customers save 12% on boots and shoes.',
      kind: 'percent',
      value: 12,
      rules: { categories: ['boots'], segments: ['returning'] },
      startsAt: '2026-03-01T00:00:00Z',
      endsAt: '2026-12-31T23:59:59Z',
      budget: 2500,
      perCustomerLimit: 1,
      stackable: false,
    },
    {
      id: 'summer-camp-30',
      title: '$30 off summer camping',
      description: 'Our summer camping event: $30 off tents and sleeping bags over $150.',
      kind: 'fixed',
      value: 30,
      rules: { categories: ['tents', 'sleeping-bags'], minCartValue: 150 },
      startsAt: '2026-06-01T00:00:00Z',
      endsAt: '2026-08-31T23:59:59Z',
      budget: 3000,
      perCustomerLimit: 1,
      stackable: false,
    },
  ];
}

/** Family camping bundle: a family tent, a camp sleeping bag and a two-burner stove. */
function bundleOffer(catalog: CatalogItem[]): Offer {
  const first = (key: string) => {
    const item = catalog.find((i) => i.kind.key === key && i.brand.tier !== 'premium');
    if (!item) throw new Error(`bundle: no product of kind ${key}`);
    return item.product.id;
  };
  return {
    id: 'family-camp-bundle',
    title: 'Family camp bundle: save $60',
    description: 'Buy a family tent, a camp sleeping bag and a two-burner stove together and save $60.',
    kind: 'bundle',
    value: 60,
    rules: { bundleProductIds: [first('family'), first('camp'), first('two-burner')] },
    startsAt: '2026-04-01T00:00:00Z',
    endsAt: '2029-12-31T23:59:59Z',
    budget: 3000,
    perCustomerLimit: 1,
    stackable: false,
  };
}
