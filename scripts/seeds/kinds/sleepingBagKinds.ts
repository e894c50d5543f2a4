// Kinds of sleeping bags.
import { grams, rising, packed, type Kind } from '../kind';
import type { Rng } from '../prng';

const bag = (k: Omit<Kind, 'category' | 'sizing'>): Kind => ({
  ...k,
  category: 'sleeping-bags',
  sizing: 'one',
});
const bagName = (noun: string) => (line: string, a: { temperatureRatingC?: number }) =>
  `${line} ${a.temperatureRatingC}°C ${noun}`;
const downBag = (rng: Rng, q: number, temp: [number, number], heavy: number, light: number) => ({
  insulation: 'down' as const,
  fillPower: rising(rng, 600, 900, q, 50),
  temperatureRatingC: rng.int(temp[0], temp[1]),
  weightGrams: grams(rng, heavy, light, q),
  packedSizeCm: packed(rng, [25, 38], [15, 24]),
  material: q > 0.6 ? '10D nylon shell' : '20D nylon shell',
});

export const SLEEPING_BAG_KINDS: Kind[] = [
  bag({
    key: 'down-summer',
    weight: 2,
    label: 'Down Sleeping Bag',
    price: [150, 380],
    tags: ['summer', 'backpacking'],
    uses: ['for warm summer nights on the trail', 'for lowland trips from June to August'],
    attrs: (rng, q) => downBag(rng, q, [5, 10], 900, 450),
    name: bagName('Down Sleeping Bag'),
  }),
  bag({
    key: 'down-3s',
    weight: 3,
    label: 'Down Sleeping Bag',
    price: [220, 480],
    tags: ['backpacking', 'three-season'],
    uses: ['for three-season backpacking', 'for spring and autumn in the hills'],
    attrs: (rng, q) => downBag(rng, q, [-5, 2], 1300, 750),
    name: bagName('Down Sleeping Bag'),
  }),
  bag({
    key: 'down-winter',
    weight: 2,
    label: 'Winter Down Bag',
    price: [350, 550],
    tags: ['winter', 'alpine', 'expedition'],
    uses: ['for winter camping and high mountains', 'for nights well below freezing'],
    attrs: (rng, q) => downBag(rng, q, [-20, -8], 2000, 1250),
    name: bagName('Winter Down Bag'),
  }),
  bag({
    key: 'synthetic-3s',
    weight: 3,
    label: 'Synthetic Sleeping Bag',
    price: [60, 180],
    tags: ['three-season', 'damp-conditions'],
    uses: ['for damp climates where down struggles', 'for scout camps and budget backpacking'],
    attrs: (rng, q) => ({
      insulation: 'synthetic',
      temperatureRatingC: rng.int(-3, 5),
      weightGrams: grams(rng, 1900, 1100, q),
      packedSizeCm: packed(rng, [32, 45], [20, 28]),
      material: 'polyester shell',
    }),
    name: bagName('Synthetic Sleeping Bag'),
  }),
  bag({
    key: 'camp',
    weight: 2,
    label: 'Camp Sleeping Bag',
    price: [50, 130],
    tags: ['family', 'car-camping', 'roomy'],
    uses: ['for car camping and sleepovers', 'for roomy comfort at the campground'],
    attrs: (rng, q) => ({
      insulation: 'synthetic',
      temperatureRatingC: rng.int(3, 10),
      weightGrams: grams(rng, 2400, 1600, q),
      packedSizeCm: packed(rng, [40, 50], [25, 32]),
      material: 'brushed polyester',
    }),
    name: bagName('Camp Sleeping Bag'),
  }),
  bag({
    key: 'quilt',
    weight: 2,
    label: 'Down Quilt',
    price: [200, 420],
    tags: ['ultralight', 'backpacking'],
    uses: ['for ultralight sleep systems', 'for side sleepers who hate zips'],
    attrs: (rng, q) => ({
      ...downBag(rng, q, [0, 8], 750, 380),
      packedSizeCm: packed(rng, [20, 30], [13, 18]),
    }),
    name: bagName('Down Quilt'),
  }),
];
