// Hidden shopper personas: the ground truth behind the behaviour events. They are
// never written to the seed files; a recommender has to rediscover them from behaviour.
import type { Category } from '../../src/domain/schemas';

/** A persona: what kind of gear, which brands and tags, and where in the price range. */
export interface Persona {
  key: string;
  /** Share of customers with this persona. */
  share: number;
  categories: Partial<Record<Category, number>>;
  /** Brand multipliers (default 1). */
  brands: Record<string, number>;
  /** Tag multipliers (default 1); a product multiplies the factors of all its tags. */
  tags: Record<string, number>;
  /** Preferred position in each category's price range, 0 (cheapest) .. 1. */
  budget: number;
}

export const PERSONAS: readonly Persona[] = [
  {
    key: 'alpine-climber',
    share: 0.14,
    categories: {
      jackets: 5,
      boots: 3.5,
      backpacks: 2.5,
      'base-layers': 1.5,
      accessories: 1.2,
      trousers: 1,
      tents: 0.6,
      stoves: 0.5,
      'sleeping-bags': 0.5,
      lights: 0.4,
    },
    brands: { Cairnward: 3, Fjellmark: 1.8, Snowcrest: 1.5, Campfield: 0.3, Trailhound: 0.4 },
    tags: {
      alpine: 2.5,
      hardshell: 1.8,
      climbing: 1.6,
      'crampon-compatible': 1.8,
      expedition: 1.4,
      'car-camping': 0.3,
      family: 0.3,
      urban: 0.5,
    },
    budget: 0.78,
  },
  {
    key: 'family-camper',
    share: 0.17,
    categories: {
      tents: 5,
      'sleeping-bags': 3.5,
      stoves: 2.5,
      lights: 2.5,
      accessories: 2,
      backpacks: 0.8,
      jackets: 0.8,
    },
    brands: {
      'Larchwood Outfitters': 3,
      Campfield: 2,
      Emberline: 1.8,
      Lumenwild: 1.3,
      Featherpeak: 0.4,
      Cairnward: 0.4,
    },
    tags: {
      family: 3,
      'car-camping': 2.5,
      roomy: 1.5,
      kids: 2,
      'camp-kitchen': 1.6,
      lantern: 1.5,
      ultralight: 0.4,
      alpine: 0.3,
      expedition: 0.3,
    },
    budget: 0.4,
  },
  {
    key: 'ultralight-backpacker',
    share: 0.12,
    categories: {
      tents: 4,
      backpacks: 4,
      'sleeping-bags': 3.5,
      stoves: 2,
      accessories: 1.5,
      lights: 1,
      jackets: 1,
    },
    brands: { Featherpeak: 3.5, Cairnward: 1.3, Lumenwild: 1.2, Campfield: 0.4, 'Larchwood Outfitters': 0.5 },
    tags: {
      ultralight: 4,
      'thru-hiking': 2,
      backpacking: 1.6,
      lightweight: 1.5,
      family: 0.2,
      'car-camping': 0.2,
      roomy: 0.4,
    },
    budget: 0.7,
  },
  {
    key: 'budget-day-hiker',
    share: 0.18,
    categories: {
      boots: 4,
      backpacks: 3,
      trousers: 2.5,
      accessories: 2.5,
      jackets: 1.5,
      'base-layers': 1,
      lights: 0.8,
    },
    brands: {
      Trailhound: 3.5,
      Campfield: 2,
      Stridewell: 1.2,
      Cairnward: 0.3,
      Featherpeak: 0.3,
      Snowcrest: 0.4,
    },
    tags: { hiking: 2, 'day-hike': 2.5, value: 2, walking: 1.5, premium: 0.4, expedition: 0.3 },
    budget: 0.15,
  },
  {
    key: 'winter-snow',
    share: 0.13,
    categories: {
      jackets: 4.5,
      'base-layers': 3,
      accessories: 2.5,
      trousers: 2,
      boots: 2,
      'sleeping-bags': 0.8,
    },
    brands: { Snowcrest: 3.5, Fjellmark: 2.5, Woolhaven: 1.5 },
    tags: {
      winter: 3,
      snow: 2.5,
      insulated: 2,
      warm: 1.8,
      merino: 1.3,
      down: 1.5,
      summer: 0.3,
      'trail-running': 0.5,
    },
    budget: 0.6,
  },
  {
    key: 'trail-runner',
    share: 0.13,
    categories: {
      boots: 5,
      'base-layers': 3,
      backpacks: 2,
      accessories: 2,
      lights: 1.5,
      trousers: 1.5,
      jackets: 1.2,
    },
    brands: { Stridewell: 4, Woolhaven: 1.3, Lumenwild: 1.2 },
    tags: {
      'trail-running': 4,
      lightweight: 2,
      'quick-dry': 1.5,
      hydration: 1.5,
      socks: 1.3,
      winter: 0.6,
      insulated: 0.5,
      family: 0.3,
    },
    budget: 0.5,
  },
  {
    key: 'urban-commuter',
    share: 0.13,
    categories: {
      jackets: 4.5,
      backpacks: 3.5,
      trousers: 2.5,
      lights: 2,
      accessories: 1.2,
      boots: 1,
      'base-layers': 0.8,
    },
    brands: { Metrotrail: 4, Fjellmark: 1.2 },
    tags: {
      urban: 3.5,
      commuter: 3,
      cycling: 2,
      reflective: 1.5,
      laptop: 1.5,
      everyday: 1.5,
      alpine: 0.4,
      expedition: 0.2,
    },
    budget: 0.5,
  },
];

/** Follow-up purchases: after buying from a category, shoppers often come back for these. */
export const COMPLEMENTS: Partial<
  Record<Category, { category: Category; chance: number; kinds?: string[] }[]>
> = {
  tents: [
    { category: 'sleeping-bags', chance: 0.6 },
    { category: 'stoves', chance: 0.45 },
    { category: 'accessories', chance: 0.25, kinds: ['pad', 'chair', 'cookset'] },
  ],
  'sleeping-bags': [{ category: 'accessories', chance: 0.35, kinds: ['pad', 'dry-bag'] }],
  stoves: [{ category: 'accessories', chance: 0.35, kinds: ['cookset', 'filter'] }],
  boots: [{ category: 'accessories', chance: 0.35, kinds: ['hiking-socks', 'run-socks', 'gaiters'] }],
  jackets: [
    { category: 'base-layers', chance: 0.3 },
    { category: 'trousers', chance: 0.25 },
  ],
  backpacks: [
    { category: 'accessories', chance: 0.2, kinds: ['bottle', 'dry-bag', 'reflective'] },
    { category: 'lights', chance: 0.15 },
  ],
};
