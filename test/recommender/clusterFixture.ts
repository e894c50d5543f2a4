// A small two-taste store for the serving and hybrid tests: 40 shoppers each buy 3–5 items from one
// of two clusters (garden items 0–5, kitchen items 6–11); item 12 is a new garden product nobody has
// bought yet. Every item has content; times grow with each shopper's purchases.
import { buildInteractionMatrix } from '../../src/recommender/interactions';
import { seededRandom } from '../../src/random';
import type { Interaction, InteractionMatrix, ItemContent } from '../../src/recommender/types';

const TITLES = [
  'garden hose reel',
  'garden chair wooden',
  'flower pot terracotta',
  'garden gloves leather',
  'watering can metal',
  'plant labels bamboo',
  'kitchen knife steel',
  'kitchen pan nonstick',
  'cutting board wooden',
  'kitchen spatula silicone',
  'mixing bowl steel',
  'kitchen scale digital',
  'garden hose spray gun',
];

/** The fixture's interactions (user ids s0…, item ids p0…). */
export function clusterInteractions(seed = 7): Interaction[] {
  const rand = seededRandom(seed);
  const out: Interaction[] = [];
  for (let s = 0; s < 40; s++) {
    const base = s % 2 === 0 ? 0 : 6;
    const n = 3 + Math.floor(rand() * 3);
    const picked = new Set<number>();
    while (picked.size < n) picked.add(base + Math.floor(rand() * 6));
    [...picked].forEach((i, t) =>
      out.push({
        user: `s${s}`,
        item: `p${i}`,
        value: 1 + Math.floor(rand() * 3),
        timestamp: 1e9 + t * 86_400,
      }),
    );
  }
  return out;
}

/** The fixture as a matrix (with the new product p12 in the catalog) and its content by index. */
export function clusterStore(seed = 7): { data: InteractionMatrix; content: Map<number, ItemContent> } {
  const data = buildInteractionMatrix(clusterInteractions(seed), { extraItems: ['p12'] });
  const content = new Map<number, ItemContent>();
  data.items.forEach((id, i) => {
    const n = Number(id.slice(1));
    const category = n < 6 || n === 12 ? 'garden' : 'kitchen';
    content.set(i, {
      item: id,
      title: TITLES[n],
      categories: [category],
      description: `for the ${category}`,
    });
  });
  return { data, content };
}

/** The catalog index of product pN. */
export function at(data: InteractionMatrix, n: number): number {
  return data.itemIndex.get(`p${n}`) as number;
}
