// Kinds of jackets.
import { grams, rising, pickFit, type Kind } from '../kind';
import type { Rng } from '../prng';

const shellMaterial = (rng: Rng, q: number) =>
  q > 0.6
    ? rng.pick(['3-layer recycled nylon', '3-layer nylon ripstop'])
    : rng.pick(['2.5-layer nylon', '2.5-layer recycled polyester']);

const jacket = (k: Omit<Kind, 'category' | 'sizing' | 'gendered'>): Kind => ({
  ...k,
  category: 'jackets',
  sizing: 'apparel',
  gendered: true,
});

export const JACKET_KINDS: Kind[] = [
  jacket({
    key: 'shell',
    weight: 4,
    label: 'Shell Jacket',
    price: [140, 480],
    tags: ['hardshell', 'alpine'],
    uses: [
      'for wet, windy days above the treeline',
      'for alpine climbs and stormy ridges',
      'for multi-day treks in changeable weather',
    ],
    attrs: (rng, q) => ({
      waterproof: true,
      waterproofRatingMm: rising(rng, 10000, 28000, q, 1000),
      breathabilityGm2: rising(rng, 10000, 30000, q, 1000),
      insulation: 'none',
      weightGrams: grams(rng, 560, 290, q),
      material: shellMaterial(rng, q),
      fit: pickFit(rng),
    }),
  }),
  jacket({
    key: 'rain',
    weight: 3,
    label: 'Rain Jacket',
    price: [60, 200],
    tags: ['rain', 'hiking'],
    uses: [
      'for drizzly day hikes',
      'for showers on the way to work',
      'as the emergency layer that lives in your pack',
    ],
    attrs: (rng, q) => ({
      waterproof: true,
      waterproofRatingMm: rising(rng, 5000, 15000, q, 1000),
      breathabilityGm2: rising(rng, 5000, 15000, q, 1000),
      insulation: 'none',
      weightGrams: grams(rng, 460, 220, q),
      material: rng.pick(['2.5-layer nylon', '2-layer polyester', '2.5-layer recycled polyester']),
      fit: pickFit(rng),
    }),
  }),
  jacket({
    key: 'down',
    weight: 3,
    label: 'Down Jacket',
    price: [120, 420],
    tags: ['insulated', 'warm', 'winter'],
    uses: [
      'for cold belays and frosty camps',
      'for winter city days and chilly evenings',
      'for shoulder-season trips when the sun drops',
    ],
    attrs: (rng, q) => ({
      waterproof: false,
      insulation: 'down',
      fillPower: rising(rng, 600, 900, q, 50),
      weightGrams: grams(rng, 620, 260, q),
      material: q > 0.7 ? '10D ripstop nylon' : '20D ripstop nylon',
      fit: pickFit(rng),
    }),
    name: (line) => `${line} Down Hoody`,
  }),
  jacket({
    key: 'synthetic',
    weight: 3,
    label: 'Insulated Jacket',
    price: [90, 280],
    tags: ['insulated', 'warm'],
    uses: [
      'for damp cold where down struggles',
      'for stop-and-go days on the hill',
      'for ski-touring transitions',
    ],
    attrs: (rng, q) => ({
      waterproof: false,
      insulation: 'synthetic',
      weightGrams: grams(rng, 650, 330, q),
      material: rng.pick(['recycled polyester', '20D nylon']),
      fit: pickFit(rng),
    }),
  }),
  jacket({
    key: 'softshell',
    weight: 2,
    label: 'Softshell Jacket',
    price: [80, 260],
    tags: ['softshell', 'stretch', 'climbing'],
    uses: ['for high-output days in dry cold', 'for cragging and scrambling', 'for breezy ridge walks'],
    attrs: (rng, q) => ({
      waterproof: false,
      breathabilityGm2: rising(rng, 15000, 40000, q, 1000),
      insulation: 'none',
      weightGrams: grams(rng, 620, 340, q),
      material: 'stretch-woven nylon',
      fit: pickFit(rng),
    }),
  }),
  jacket({
    key: 'fleece',
    weight: 3,
    label: 'Fleece Jacket',
    price: [45, 160],
    tags: ['fleece', 'midlayer'],
    uses: [
      'as a breathable midlayer',
      'for cool mornings around camp',
      'for everyday wear from trail to town',
    ],
    attrs: (rng, q) => ({
      waterproof: false,
      insulation: 'fleece',
      weightGrams: grams(rng, 520, 260, q),
      material: rng.pick(['recycled polyester fleece', 'grid fleece', 'high-loft fleece']),
      fit: pickFit(rng),
    }),
  }),
  jacket({
    key: 'parka',
    weight: 2,
    label: 'Parka',
    price: [180, 520],
    tags: ['winter', 'insulated', 'urban', 'snow'],
    uses: [
      'for bitter winter commutes',
      'for snowy days in town and at the cabin',
      'for standing around in serious cold',
    ],
    attrs: (rng, q) => {
      const down = rng.chance(0.6);
      return {
        waterproof: true,
        waterproofRatingMm: rising(rng, 8000, 20000, q, 1000),
        insulation: down ? 'down' : 'synthetic',
        ...(down ? { fillPower: rising(rng, 550, 800, q, 50) } : {}),
        weightGrams: grams(rng, 1400, 850, q),
        material: '2-layer waterproof polyester',
        fit: rng.pick(['regular', 'relaxed'] as const),
      };
    },
  }),
  jacket({
    key: 'wind',
    weight: 2,
    label: 'Wind Jacket',
    price: [50, 150],
    tags: ['wind', 'lightweight', 'trail-running'],
    uses: [
      'for fast days on breezy ridges',
      'for trail runs in fickle weather',
      'to stuff in a pocket just in case',
    ],
    attrs: (rng, q) => ({
      waterproof: false,
      breathabilityGm2: rising(rng, 20000, 50000, q, 1000),
      insulation: 'none',
      weightGrams: grams(rng, 190, 70, q),
      material: rng.pick(['10D nylon', '15D recycled nylon']),
      fit: 'slim',
    }),
  }),
  jacket({
    key: 'commuter',
    weight: 2,
    label: 'Commuter Jacket',
    price: [90, 260],
    tags: ['urban', 'commuter', 'reflective'],
    uses: [
      'for bike commutes in the rain',
      'for wet city mornings',
      'for getting from the office to the trailhead',
    ],
    attrs: (rng, q) => ({
      waterproof: true,
      waterproofRatingMm: rising(rng, 8000, 15000, q, 1000),
      breathabilityGm2: rising(rng, 8000, 20000, q, 1000),
      insulation: 'none',
      weightGrams: grams(rng, 650, 380, q),
      material: 'bonded stretch polyester',
      fit: pickFit(rng),
    }),
  }),
];
