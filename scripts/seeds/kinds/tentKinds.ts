// Kinds of tents.
import { grams, rising, packed, type Kind } from '../kind';
import type { Rng } from '../prng';

const tent = (k: Omit<Kind, 'category' | 'sizing'>): Kind => ({ ...k, category: 'tents', sizing: 'one' });
const tentFabric = (rng: Rng, q: number) =>
  q > 0.85
    ? 'Dyneema composite fabric'
    : q > 0.5
      ? rng.pick(['20D silnylon', '15D ripstop nylon'])
      : rng.pick(['68D polyester', '75D polyester taffeta']);

export const TENT_KINDS: Kind[] = [
  tent({
    key: 'backpacking',
    weight: 4,
    label: 'Tent',
    price: [150, 520],
    tags: ['backpacking', 'freestanding'],
    uses: [
      'for three-season backpacking',
      'for weekend trips into the backcountry',
      'for long-distance trails',
    ],
    attrs: (rng, q) => {
      const persons = rng.int(1, 3);
      return {
        persons,
        seasons: 3,
        waterproof: true,
        waterproofRatingMm: rising(rng, 1500, 3000, q, 500),
        weightGrams: grams(rng, 1700 + 600 * persons, 900 + 450 * persons, q),
        packedSizeCm: packed(rng, [40, 52], [14, 19]),
        material: tentFabric(rng, q),
      };
    },
    name: (line, a) => `${line} ${a.persons} Tent`,
  }),
  tent({
    key: 'ultralight',
    weight: 2,
    label: 'UL Tent',
    price: [250, 700],
    tags: ['ultralight', 'backpacking', 'trekking-pole'],
    uses: [
      'for thru-hikers counting every gram',
      'for fastpacking and bikepacking',
      'for ultralight weekends',
    ],
    attrs: (rng, q) => {
      const persons = rng.int(1, 2);
      return {
        persons,
        seasons: 3,
        waterproof: true,
        waterproofRatingMm: rising(rng, 1500, 3000, q, 500),
        weightGrams: grams(rng, 750 + 350 * persons, 380 + 250 * persons, q),
        packedSizeCm: packed(rng, [28, 40], [10, 14]),
        material: tentFabric(rng, Math.max(q, 0.6)),
      };
    },
    name: (line, a) => `${line} ${a.persons} UL Tent`,
  }),
  tent({
    key: 'family',
    weight: 3,
    label: 'Family Tent',
    price: [180, 650],
    tags: ['family', 'car-camping', 'roomy'],
    uses: [
      'for car camping with the kids',
      'for festival weekends and long summer holidays',
      'for basecamp comfort',
    ],
    attrs: (rng, q) => {
      const persons = rng.int(4, 6);
      return {
        persons,
        seasons: 3,
        waterproof: true,
        waterproofRatingMm: rising(rng, 3000, 5000, q, 500),
        weightGrams: grams(rng, 1900 * persons, 1500 * persons, q),
        packedSizeCm: packed(rng, [60, 75], [28, 38]),
        material: rng.pick(['150D polyester', '75D polyester', 'polycotton']),
      };
    },
    name: (line, a) => `${line} ${a.persons} Family Tent`,
  }),
  tent({
    key: 'expedition',
    weight: 2,
    label: 'Expedition Tent',
    price: [450, 700],
    tags: ['alpine', 'winter', 'expedition'],
    uses: [
      'for high camps in serious wind',
      'for winter mountaineering',
      'for expeditions where the tent is your lifeline',
    ],
    attrs: (rng, q) => {
      const persons = rng.int(2, 3);
      return {
        persons,
        seasons: 4,
        waterproof: true,
        waterproofRatingMm: rising(rng, 3000, 5000, q, 500),
        weightGrams: grams(rng, 1800 * persons, 1300 * persons, q),
        packedSizeCm: packed(rng, [48, 60], [18, 24]),
        material: '40D ripstop nylon',
      };
    },
    name: (line, a) => `${line} ${a.persons} Expedition Tent`,
  }),
  tent({
    key: 'camping',
    weight: 3,
    label: 'Camping Tent',
    price: [90, 220],
    tags: ['car-camping', 'value', 'festival'],
    uses: [
      'for first camping trips',
      'for festivals and campground weekends',
      'for fair-weather car camping',
    ],
    attrs: (rng, q) => {
      const persons = rng.int(2, 4);
      return {
        persons,
        seasons: rng.pick([2, 3]),
        waterproof: true,
        waterproofRatingMm: rising(rng, 1500, 3000, q, 500),
        weightGrams: grams(rng, 1500 * persons, 1100 * persons, q),
        packedSizeCm: packed(rng, [50, 65], [18, 26]),
        material: '68D polyester',
      };
    },
    name: (line, a) => `${line} ${a.persons} Camping Tent`,
  }),
  tent({
    key: 'tunnel',
    weight: 2,
    label: 'Tunnel Tent',
    price: [250, 600],
    tags: ['trekking', 'storm-worthy'],
    uses: ['for windy moorland and coastal trips', 'for long treks with plenty of porch space'],
    attrs: (rng, q) => {
      const persons = rng.int(2, 3);
      return {
        persons,
        seasons: rng.pick([3, 4]),
        waterproof: true,
        waterproofRatingMm: rising(rng, 2000, 4000, q, 500),
        weightGrams: grams(rng, 1400 * persons, 950 * persons, q),
        packedSizeCm: packed(rng, [42, 55], [16, 22]),
        material: tentFabric(rng, q),
      };
    },
    name: (line, a) => `${line} ${a.persons} Tunnel Tent`,
  }),
];
