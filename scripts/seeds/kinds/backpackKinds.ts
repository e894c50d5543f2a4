// Kinds of backpacks.
import { grams, snap, type Kind } from '../kind';

const pack = (k: Omit<Kind, 'category' | 'sizing'>): Kind => ({ ...k, category: 'backpacks', sizing: 'one' });
const packName = (noun: string) => (line: string, a: { capacityLiters?: number }) =>
  `${line} ${a.capacityLiters} ${noun}`;
const packAttrs = (cap: [number, number], heavy: number, light: number, material: string) =>
  ((rng, q) => ({
    capacityLiters: snap(rng.int(cap[0], cap[1]), cap[1] > 20 ? 2 : 1),
    weightGrams: grams(rng, heavy, light, q),
    material,
  })) as Kind['attrs'];

export const BACKPACK_KINDS: Kind[] = [
  pack({
    key: 'daypack',
    weight: 4,
    label: 'Daypack',
    price: [45, 140],
    tags: ['hiking', 'day-hike'],
    uses: ['for day hikes and picnics', 'for everyday carry that can handle a trail'],
    attrs: packAttrs([18, 30], 1000, 550, 'recycled nylon'),
    name: packName('Daypack'),
  }),
  pack({
    key: 'hiking',
    weight: 3,
    label: 'Hiking Pack',
    price: [90, 240],
    tags: ['hiking', 'backpacking'],
    uses: ['for overnighters and hut trips', 'for long days with plenty of layers'],
    attrs: packAttrs([32, 48], 1600, 1000, '210D ripstop nylon'),
    name: packName('Pack'),
  }),
  pack({
    key: 'trekking',
    weight: 3,
    label: 'Trekking Pack',
    price: [170, 320],
    tags: ['trekking', 'backpacking', 'load-carrying'],
    uses: ['for week-long treks', 'for carrying heavy loads in comfort'],
    attrs: packAttrs([55, 75], 2400, 1600, '420D nylon'),
    name: packName('Trekking Pack'),
  }),
  pack({
    key: 'ultralight',
    weight: 2,
    label: 'UL Pack',
    price: [150, 300],
    tags: ['ultralight', 'thru-hiking'],
    uses: ['for thru-hikes with a dialled kit', 'for fast-and-light multi-day trips'],
    attrs: packAttrs([35, 55], 950, 450, 'Ultra 200 fabric'),
    name: packName('UL Pack'),
  }),
  pack({
    key: 'alpine',
    weight: 2,
    label: 'Alpine Pack',
    price: [130, 280],
    tags: ['alpine', 'climbing'],
    uses: ['for alpine routes and ice climbing', 'for carrying rope, rack and crampons'],
    attrs: packAttrs([28, 45], 1400, 800, '500D Cordura'),
    name: packName('Alpine Pack'),
  }),
  pack({
    key: 'vest',
    weight: 2,
    label: 'Run Vest',
    price: [60, 160],
    tags: ['trail-running', 'lightweight', 'hydration'],
    uses: ['for ultra races and long trail runs', 'for fast hikes with soft flasks'],
    attrs: packAttrs([5, 12], 320, 140, 'stretch mesh'),
    name: packName('Run Vest'),
  }),
  pack({
    key: 'commuter',
    weight: 2,
    label: 'Commuter Pack',
    price: [60, 170],
    tags: ['urban', 'commuter', 'laptop'],
    uses: ['for bike commutes with a laptop', 'for city days and weekend getaways'],
    attrs: packAttrs([18, 28], 1300, 800, 'waterproof tarpaulin'),
    name: packName('Commuter Pack'),
  }),
  pack({
    key: 'kids',
    weight: 1,
    label: 'Kids Pack',
    price: [35, 70],
    tags: ['family', 'kids'],
    uses: ['for little hikers carrying their own snacks', 'for school trips and family walks'],
    attrs: packAttrs([10, 18], 600, 400, 'recycled polyester'),
    name: packName('Kids Pack'),
  }),
];
