// Kinds of boots and shoes (weights are per pair).
import { grams, type Kind } from '../kind';
import type { Rng } from '../prng';

const boot = (k: Omit<Kind, 'category' | 'sizing' | 'gendered'>): Kind => ({
  ...k,
  category: 'boots',
  sizing: 'boots',
  gendered: true,
});
const upper = (rng: Rng, q: number) =>
  q > 0.6
    ? rng.pick(['full-grain leather', 'nubuck leather'])
    : rng.pick(['suede and mesh', 'synthetic mesh', 'nubuck leather']);

export const BOOT_KINDS: Kind[] = [
  boot({
    key: 'hiking',
    weight: 4,
    label: 'Hiking Boot',
    price: [110, 260],
    tags: ['hiking', 'backpacking'],
    uses: ['for rocky trails and long days with a pack', 'for three-season hillwalking'],
    attrs: (rng, q) => ({
      waterproof: rng.chance(0.85),
      ankleHeight: 'mid',
      material: upper(rng, q),
      weightGrams: grams(rng, 1500, 950, q),
    }),
  }),
  boot({
    key: 'mountain',
    weight: 2,
    label: 'Mountain Boot',
    price: [220, 420],
    tags: ['alpine', 'crampon-compatible', 'winter'],
    uses: ['for glaciers and crampon routes', 'for winter mountaineering'],
    attrs: (rng, q) => ({
      waterproof: true,
      ankleHeight: 'high',
      insulation: rng.chance(0.5) ? 'synthetic' : 'none',
      material: 'full-grain leather',
      weightGrams: grams(rng, 2200, 1500, q),
    }),
  }),
  boot({
    key: 'trail-shoe',
    weight: 4,
    label: 'Trail Shoe',
    price: [90, 180],
    tags: ['trail-running', 'lightweight'],
    uses: ['for trail runs and fast hikes', 'for racing on technical singletrack'],
    attrs: (rng, q) => ({
      waterproof: rng.chance(0.2),
      ankleHeight: 'low',
      material: 'engineered mesh',
      weightGrams: grams(rng, 720, 460, q),
    }),
  }),
  boot({
    key: 'approach',
    weight: 2,
    label: 'Approach Shoe',
    price: [100, 190],
    tags: ['climbing', 'approach', 'alpine'],
    uses: ['for scrambly approaches to the crag', 'for via ferrata and easy ridges'],
    attrs: (rng, q) => ({
      waterproof: false,
      ankleHeight: 'low',
      material: 'suede',
      weightGrams: grams(rng, 950, 650, q),
    }),
  }),
  boot({
    key: 'winter',
    weight: 2,
    label: 'Winter Boot',
    price: [120, 300],
    tags: ['winter', 'insulated', 'snow'],
    uses: ['for snowy sidewalks and winter walks', 'for snowshoeing and ice fishing'],
    attrs: (rng, q) => ({
      waterproof: true,
      ankleHeight: 'high',
      insulation: 'synthetic',
      material: rng.pick(['waterproof leather', 'nylon and rubber']),
      weightGrams: grams(rng, 1900, 1200, q),
    }),
  }),
  boot({
    key: 'walking',
    weight: 3,
    label: 'Walking Shoe',
    price: [70, 150],
    tags: ['walking', 'urban', 'everyday'],
    uses: ['for park walks and travel days', 'for everyday wear with trail grip'],
    attrs: (rng, q) => ({
      waterproof: rng.chance(0.5),
      ankleHeight: 'low',
      material: upper(rng, q * 0.7),
      weightGrams: grams(rng, 950, 650, q),
    }),
  }),
  boot({
    key: 'mid-hiker',
    weight: 2,
    label: 'Mid Hiker',
    price: [100, 200],
    tags: ['hiking', 'lightweight'],
    uses: ['for fast hiking with ankle support', 'for trekking in warm climates'],
    attrs: (rng, q) => ({
      waterproof: rng.chance(0.6),
      ankleHeight: 'mid',
      material: 'synthetic mesh',
      weightGrams: grams(rng, 1100, 750, q),
    }),
  }),
];
