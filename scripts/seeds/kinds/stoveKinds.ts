// Kinds of stoves.
import { grams, type Kind } from '../kind';

const stove = (k: Omit<Kind, 'category' | 'sizing'>): Kind => ({ ...k, category: 'stoves', sizing: 'one' });
const boil = (rng: Parameters<Kind['attrs']>[0], slow: number, fast: number, q: number) =>
  Math.round((slow + (fast - slow) * q + rng.float(-0.2, 0.2)) * 10) / 10;

export const STOVE_KINDS: Kind[] = [
  stove({
    key: 'canister',
    weight: 4,
    label: 'Canister Stove',
    price: [30, 90],
    tags: ['backpacking', 'lightweight'],
    uses: ['for quick brews on the trail', 'for solo backpacking meals'],
    attrs: (rng, q) => ({
      fuelType: 'canister',
      boilTimeMinutes: boil(rng, 4.5, 3, q),
      weightGrams: grams(rng, 120, 45, q),
      material: 'aluminium and titanium',
    }),
  }),
  stove({
    key: 'system',
    weight: 3,
    label: 'Cook System',
    price: [90, 200],
    tags: ['backpacking', 'efficient', 'alpine'],
    uses: ['for melting snow at high camp', 'for fast boils in the wind'],
    attrs: (rng, q) => ({
      fuelType: 'canister',
      boilTimeMinutes: boil(rng, 3.2, 2, q),
      weightGrams: grams(rng, 560, 340, q),
      material: 'hard-anodised aluminium',
    }),
  }),
  stove({
    key: 'liquid',
    weight: 2,
    label: 'Liquid Fuel Stove',
    price: [110, 220],
    tags: ['expedition', 'winter', 'cold-weather'],
    uses: ['for expeditions and deep-winter trips', 'for travel where canisters are hard to find'],
    attrs: (rng, q) => ({
      fuelType: 'liquid',
      boilTimeMinutes: boil(rng, 4.5, 3, q),
      weightGrams: grams(rng, 420, 290, q),
      material: 'stainless steel and brass',
    }),
  }),
  stove({
    key: 'multi',
    weight: 2,
    label: 'Multi-Fuel Stove',
    price: [140, 220],
    tags: ['expedition', 'travel'],
    uses: ['for round-the-world trips', 'for burning whatever fuel the village shop sells'],
    attrs: (rng, q) => ({
      fuelType: 'multi-fuel',
      boilTimeMinutes: boil(rng, 4.5, 3.2, q),
      weightGrams: grams(rng, 480, 340, q),
      material: 'stainless steel',
    }),
  }),
  stove({
    key: 'wood',
    weight: 2,
    label: 'Wood Stove',
    price: [35, 130],
    tags: ['bushcraft', 'no-fuel'],
    uses: ['for bushcraft and slow mornings', 'for trips where you would rather not carry fuel'],
    attrs: (rng, q) => ({
      fuelType: 'wood',
      boilTimeMinutes: boil(rng, 10, 6, q),
      weightGrams: grams(rng, 900, 250, q),
      material: rng.pick(['stainless steel', 'titanium']),
    }),
  }),
  stove({
    key: 'alcohol',
    weight: 2,
    label: 'Alcohol Stove',
    price: [25, 60],
    tags: ['ultralight', 'simple'],
    uses: ['for ultralight kits', 'for silent, simple cooking'],
    attrs: (rng, q) => ({
      fuelType: 'alcohol',
      boilTimeMinutes: boil(rng, 8, 5, q),
      weightGrams: grams(rng, 90, 30, q),
      material: 'brass',
    }),
  }),
  stove({
    key: 'two-burner',
    weight: 3,
    label: 'Two-Burner Camp Stove',
    price: [80, 220],
    tags: ['family', 'car-camping', 'camp-kitchen'],
    uses: ['for cooking real meals at the campground', 'for feeding a hungry family outdoors'],
    attrs: (rng, q) => ({
      fuelType: 'canister',
      boilTimeMinutes: boil(rng, 5, 3.5, q),
      weightGrams: grams(rng, 5200, 3000, q),
      material: 'powder-coated steel',
    }),
  }),
];
