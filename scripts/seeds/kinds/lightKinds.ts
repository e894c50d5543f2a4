// Kinds of lights.
import { grams, rising, type Kind } from '../kind';

const light = (k: Omit<Kind, 'category' | 'sizing'>): Kind => ({ ...k, category: 'lights', sizing: 'one' });
const lumenName = (noun: string) => (line: string, a: { lumens?: number }) => `${line} ${a.lumens} ${noun}`;

export const LIGHT_KINDS: Kind[] = [
  light({
    key: 'headlamp',
    weight: 5,
    label: 'Headlamp',
    price: [25, 110],
    tags: ['headlamp', 'hands-free'],
    uses: ['for pre-dawn starts and late finishes', 'for reading in the tent and finding the trail at night'],
    attrs: (rng, q) => ({
      lumens: rising(rng, 150, 1200, q, 50),
      batteryLifeHours: rising(rng, 20, 150, q, 5),
      waterproof: rng.chance(0.7),
      weightGrams: grams(rng, 110, 55, q),
    }),
    name: lumenName('Headlamp'),
  }),
  light({
    key: 'run-headlamp',
    weight: 2,
    label: 'Run Headlamp',
    price: [35, 100],
    tags: ['headlamp', 'trail-running', 'lightweight'],
    uses: ['for night runs', 'for winter training before work'],
    attrs: (rng, q) => ({
      lumens: rising(rng, 300, 700, q, 50),
      batteryLifeHours: rising(rng, 5, 40, q, 1),
      waterproof: true,
      weightGrams: grams(rng, 90, 40, q),
    }),
    name: lumenName('Run Headlamp'),
  }),
  light({
    key: 'lantern',
    weight: 3,
    label: 'Lantern',
    price: [20, 90],
    tags: ['lantern', 'family', 'car-camping'],
    uses: ['for lighting up the camp table', 'for power cuts and long evenings in the tent'],
    attrs: (rng, q) => ({
      lumens: rising(rng, 100, 600, q, 50),
      batteryLifeHours: rising(rng, 10, 200, q, 5),
      waterproof: rng.chance(0.5),
      weightGrams: grams(rng, 600, 150, q),
    }),
    name: (line) => `${line} Lantern`,
  }),
  light({
    key: 'flashlight',
    weight: 2,
    label: 'Flashlight',
    price: [25, 120],
    tags: ['flashlight', 'search'],
    uses: ['for searching the dark edges of camp', 'for the glovebox and the emergency kit'],
    attrs: (rng, q) => ({
      lumens: rising(rng, 300, 1500, q, 50),
      batteryLifeHours: rising(rng, 3, 30, q, 1),
      waterproof: true,
      weightGrams: grams(rng, 260, 90, q),
    }),
    name: lumenName('Flashlight'),
  }),
  light({
    key: 'string',
    weight: 1,
    label: 'Camp String Lights',
    price: [15, 45],
    tags: ['family', 'car-camping', 'ambience'],
    uses: ['for cosy evenings under the tarp', 'for festival tents and garden parties'],
    attrs: (rng, q) => ({
      lumens: rising(rng, 50, 200, q, 10),
      batteryLifeHours: rising(rng, 8, 40, q, 1),
      waterproof: false,
      weightGrams: grams(rng, 300, 120, q),
    }),
    name: (line) => `${line} Camp String Lights`,
  }),
  light({
    key: 'bike',
    weight: 2,
    label: 'Bike Light',
    price: [25, 80],
    tags: ['urban', 'commuter', 'cycling'],
    uses: ['for dark commutes', 'for being seen on wet winter roads'],
    attrs: (rng, q) => ({
      lumens: rising(rng, 200, 800, q, 50),
      batteryLifeHours: rising(rng, 3, 15, q, 1),
      waterproof: true,
      weightGrams: grams(rng, 180, 80, q),
    }),
    name: lumenName('Bike Light'),
  }),
];
