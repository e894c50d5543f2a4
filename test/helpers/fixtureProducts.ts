// A small, valid catalog for unit tests: every product is parsed with ProductSchema.
import { ProductSchema, type Product } from '../../src/domain/schemas';

/** The fields a fixture must name; everything else has a sensible default. */
export type ProductFields = Pick<Product, 'id' | 'name' | 'category'> & Partial<Product> & { stock?: number };

/** Build a valid Product (one black size-M variant with `stock` units unless variants are given). */
export function makeProduct({ stock = 10, ...fields }: ProductFields): Product {
  return ProductSchema.parse({
    brand: 'Trailcraft',
    price: 99,
    currency: 'USD',
    description: `The ${fields.name} is dependable outdoor gear built for years of use on the trail.`,
    attributes: {},
    variants: [{ sku: `${fields.id}-BLK-M`, color: 'Black', size: 'M', stock }],
    rating: 4,
    reviewCount: 12,
    tags: [],
    createdAt: '2024-03-01T00:00:00Z',
    ...fields,
  });
}

/** Twelve-odd products across categories, with a few deliberate near-duplicates for tie-breaking. */
export function fixtureProducts(): Product[] {
  return [
    makeProduct({ id: 'JKT-0001', name: 'Ridgeline Shell Jacket', brand: 'Ridgeline Co', category: 'jackets', price: 249, rating: 4.6,
      attributes: { waterproof: true, waterproofRatingMm: 20000, breathabilityGm2: 15000, weightGrams: 450, material: 'Gore-Tex', insulation: 'none' },
      tags: ['waterproof', 'hiking', 'shell'],
      variants: [
        { sku: 'JKT-0001-RED-S', color: 'Red', size: 'S', stock: 2 },
        { sku: 'JKT-0001-RED-M', color: 'Red', size: 'M', stock: 1 },
        { sku: 'JKT-0001-BLU-M', color: 'Blue', size: 'M', stock: 0 },
      ] }),
    makeProduct({ id: 'JKT-0002', name: 'Summit Down Jacket', brand: 'Alpine Forge', category: 'jackets', price: 299, rating: 4.4,
      attributes: { insulation: 'down', fillPower: 800, weightGrams: 380, material: 'Nylon ripstop' }, tags: ['warm', 'winter'] }),
    makeProduct({ id: 'BOT-0001', name: 'Ridgeline Trail Boot', brand: 'Ridgeline Co', category: 'boots', price: 179,
      attributes: { waterproof: true, ankleHeight: 'mid', weightGrams: 1200, material: 'Leather' }, tags: ['hiking'] }),
    makeProduct({ id: 'BOT-0002', name: 'Granite Peak Hiking Boot', brand: 'Granite Outdoors', category: 'boots', price: 219,
      attributes: { waterproof: false, ankleHeight: 'high', material: 'Suede' }, tags: ['mountaineering'] }),
    makeProduct({ id: 'TNT-0001', name: 'Trailhead 2 Tent', brand: 'Alpine Forge', category: 'tents', price: 349, rating: 4.5,
      attributes: { persons: 2, seasons: 3, weightGrams: 1900, packedSizeCm: '45 x 15' }, tags: ['backpacking'] }),
    makeProduct({ id: 'TNT-0002', name: 'Basecamp 4 Tent', brand: 'Granite Outdoors', category: 'tents', price: 499,
      attributes: { persons: 4, seasons: 4, weightGrams: 4800 }, tags: ['family', 'camping'] }),
    makeProduct({ id: 'TNT-0003', name: 'Solo Ultralight Tent', category: 'tents', price: 289, stock: 0,
      attributes: { persons: 1, seasons: 3, weightGrams: 900 }, tags: ['ultralight'] }),
    makeProduct({ id: 'SLB-0001', name: 'Arctic Dream Sleeping Bag', brand: 'Alpine Forge', category: 'sleeping-bags', price: 229,
      attributes: { temperatureRatingC: -7, insulation: 'down', fillPower: 750, weightGrams: 1100 } }),
    makeProduct({ id: 'SLB-0002', name: 'Summer Breeze Bag', brand: 'Granite Outdoors', category: 'sleeping-bags', price: 89,
      attributes: { temperatureRatingC: 10, insulation: 'synthetic' } }),
    makeProduct({ id: 'STV-0001', name: 'Flashpoint Canister Stove', category: 'stoves', price: 69,
      attributes: { fuelType: 'canister', boilTimeMinutes: 3.5, weightGrams: 85 } }),
    makeProduct({ id: 'LGT-0001', name: 'Beacon 350 Headlamp', category: 'lights', price: 49,
      attributes: { lumens: 350, batteryLifeHours: 40, waterproof: true } }),
    makeProduct({ id: 'BPK-0001', name: 'Voyager 45 Backpack', category: 'backpacks', price: 159,
      attributes: { capacityLiters: 45, weightGrams: 1350, material: 'Cordura' } }),
    makeProduct({ id: 'ACC-0001', name: 'Trailhead Tent Footprint', category: 'accessories', price: 39,
      description: 'A tough groundsheet that protects the floor of your tent from rocks and wear.' }),
    makeProduct({ id: 'ACC-0002', name: 'Enamel Camp Mug', category: 'accessories', price: 15, stock: 0 }),
    makeProduct({ id: 'ACC-0003', name: 'Enamel Camp Mug', category: 'accessories', price: 15 }),
    makeProduct({ id: 'ACC-0004', name: 'Carbon Trekking Pole', category: 'accessories', price: 59, rating: 3.9 }),
    makeProduct({ id: 'ACC-0005', name: 'Carbon Trekking Pole', category: 'accessories', price: 59, rating: 4.8 }),
  ]; // prettier-ignore
}
