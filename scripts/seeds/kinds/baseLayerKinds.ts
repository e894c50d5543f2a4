// Kinds of base layers.
import { grams, pickFit, type Kind } from '../kind';
import type { Rng } from '../prng';

const baseLayer = (k: Omit<Kind, 'category' | 'sizing' | 'gendered'>): Kind => ({
  ...k,
  category: 'base-layers',
  sizing: 'apparel',
  gendered: true,
});
const merino = (rng: Rng, q: number) =>
  q > 0.45 || rng.chance(0.3) ? 'merino wool' : 'merino-synthetic blend';
const synthetic = (rng: Rng) => rng.pick(['recycled polyester', 'polypropylene', 'polyester mesh']);

export const BASE_LAYER_KINDS: Kind[] = [
  baseLayer({
    key: 'merino-crew',
    weight: 3,
    label: 'Merino Crew',
    price: [55, 120],
    tags: ['merino', 'odour-resistant'],
    uses: ['for multi-day trips without laundry', 'as a year-round next-to-skin layer'],
    attrs: (rng, q) => ({
      material: merino(rng, q),
      fit: pickFit(rng),
      weightGrams: grams(rng, 260, 150, q),
    }),
  }),
  baseLayer({
    key: 'merino-zip',
    weight: 2,
    label: 'Merino Zip Neck',
    price: [70, 130],
    tags: ['merino', 'winter', 'ski'],
    uses: ['for ski days and winter hikes', 'for venting on long climbs'],
    attrs: (rng, q) => ({
      material: merino(rng, q),
      fit: pickFit(rng),
      weightGrams: grams(rng, 300, 190, q),
    }),
  }),
  baseLayer({
    key: 'merino-leggings',
    weight: 2,
    label: 'Merino Leggings',
    price: [55, 115],
    tags: ['merino', 'winter'],
    uses: ['for wearing under shell trousers on cold days', 'for sleeping warm in the tent'],
    attrs: (rng, q) => ({ material: merino(rng, q), fit: 'slim', weightGrams: grams(rng, 240, 140, q) }),
  }),
  baseLayer({
    key: 'synthetic-tee',
    weight: 2,
    label: 'Tech Tee',
    price: [25, 60],
    tags: ['synthetic', 'trail-running', 'quick-dry'],
    uses: ['for sweaty runs and hot hikes', 'for gym-to-trail training'],
    attrs: (rng, q) => ({
      material: synthetic(rng),
      fit: rng.pick(['slim', 'regular'] as const),
      weightGrams: grams(rng, 160, 90, q),
    }),
  }),
  baseLayer({
    key: 'thermal-top',
    weight: 2,
    label: 'Thermal Top',
    price: [30, 75],
    tags: ['synthetic', 'winter', 'warm'],
    uses: ['for cold-weather layering on a budget', 'for snow days and sledging'],
    attrs: (rng, q) => ({
      material: synthetic(rng),
      fit: pickFit(rng),
      weightGrams: grams(rng, 280, 170, q),
    }),
  }),
  baseLayer({
    key: 'thermal-bottoms',
    weight: 2,
    label: 'Thermal Bottoms',
    price: [30, 70],
    tags: ['synthetic', 'winter', 'warm'],
    uses: ['for wearing under ski pants and winter trousers', 'for frosty nights at camp'],
    attrs: (rng, q) => ({ material: synthetic(rng), fit: 'slim', weightGrams: grams(rng, 250, 150, q) }),
  }),
  baseLayer({
    key: 'merino-hoody',
    weight: 1,
    label: 'Merino Hoody',
    price: [85, 130],
    tags: ['merino', 'alpine', 'sun-protection'],
    uses: ['for sun-baked alpine days', 'for chilly starts on long routes'],
    attrs: (rng, q) => ({ material: 'merino wool', fit: pickFit(rng), weightGrams: grams(rng, 320, 220, q) }),
  }),
  baseLayer({
    key: 'merino-tee',
    weight: 2,
    label: 'Merino Tee',
    price: [45, 85],
    tags: ['merino', 'travel', 'odour-resistant'],
    uses: ['for travelling light', 'for warm-weather hikes that stretch into days'],
    attrs: (rng, q) => ({
      material: merino(rng, q),
      fit: pickFit(rng),
      weightGrams: grams(rng, 170, 110, q),
    }),
  }),
];
