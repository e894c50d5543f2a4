// Shared vocabulary of the demo store: brands, colours, sizes and product-line names.
// All names are invented for this demo.
import type { Category } from '../../src/domain/schemas';

/** The fixed "now" of the demo store; every generated date is before it. */
export const REFERENCE_DATE = Date.parse('2026-11-01T00:00:00Z');
export const DAY_MS = 24 * 60 * 60 * 1000;

/** Three-letter id prefixes, one per category. */
export const CATEGORY_CODES: Record<Category, string> = {
  jackets: 'JKT',
  boots: 'BOT',
  tents: 'TNT',
  backpacks: 'BPK',
  'sleeping-bags': 'SLB',
  stoves: 'STV',
  lights: 'LGT',
  'base-layers': 'BSL',
  trousers: 'TRS',
  accessories: 'ACC',
};

/** How many products each category gets. */
export const CATEGORY_COUNTS: Record<Category, number> = {
  jackets: 38,
  boots: 34,
  tents: 30,
  backpacks: 34,
  'sleeping-bags': 30,
  stoves: 26,
  lights: 28,
  'base-layers': 32,
  trousers: 32,
  accessories: 42,
};

export type Tier = 'budget' | 'mid' | 'premium';

/** A fictional brand: a price tier and the categories it makes (with weights). */
export interface Brand {
  name: string;
  tier: Tier;
  focus: Partial<Record<Category, number>>;
  /** Product tags the brand leans towards (kinds with these tags go to this brand more often). */
  affinity: string[];
  /** One sentence about the brand, used in some descriptions. */
  motto: string;
}

export const BRANDS: readonly Brand[] = [
  {
    name: 'Cairnward',
    tier: 'premium',
    focus: { jackets: 3, backpacks: 3, tents: 1, trousers: 1 },
    affinity: ['alpine', 'hardshell', 'climbing', 'expedition'],
    motto: 'Cairnward builds every piece for committing alpine routes.',
  },
  {
    name: 'Fjellmark',
    tier: 'premium',
    focus: { jackets: 2, 'base-layers': 3, trousers: 2, accessories: 1 },
    affinity: ['merino', 'softshell', 'winter'],
    motto: 'Fjellmark brings Nordic layering know-how to every seam.',
  },
  {
    name: 'Featherpeak',
    tier: 'premium',
    focus: { tents: 3, 'sleeping-bags': 3, backpacks: 2, stoves: 1 },
    affinity: ['ultralight', 'backpacking', 'thru-hiking'],
    motto: 'At Featherpeak, every gram has to earn its place.',
  },
  {
    name: 'Snowcrest',
    tier: 'premium',
    focus: { jackets: 2, 'sleeping-bags': 2, boots: 2, accessories: 1, trousers: 1 },
    affinity: ['winter', 'insulated', 'snow', 'warm'],
    motto: 'Snowcrest has been keeping people warm on the coldest nights for decades.',
  },
  {
    name: 'Larchwood Outfitters',
    tier: 'mid',
    focus: { tents: 3, 'sleeping-bags': 2, stoves: 2, lights: 1, accessories: 1 },
    affinity: ['family', 'car-camping', 'roomy'],
    motto: 'Larchwood Outfitters designs for weekends with the whole family.',
  },
  {
    name: 'Emberline',
    tier: 'mid',
    focus: { stoves: 3, lights: 1, accessories: 2 },
    affinity: ['camp-kitchen', 'lantern', 'bushcraft'],
    motto: 'Emberline makes camp kitchens that simply work.',
  },
  {
    name: 'Lumenwild',
    tier: 'mid',
    focus: { lights: 3, accessories: 1 },
    affinity: ['headlamp', 'lantern', 'flashlight'],
    motto: 'Lumenwild engineers light for every hour after dusk.',
  },
  {
    name: 'Stridewell',
    tier: 'mid',
    focus: { boots: 3, 'base-layers': 1, backpacks: 1, trousers: 1 },
    affinity: ['trail-running', 'lightweight', 'hiking'],
    motto: 'Stridewell gear is made to move fast and light.',
  },
  {
    name: 'Woolhaven',
    tier: 'mid',
    focus: { 'base-layers': 3, accessories: 2 },
    affinity: ['merino', 'socks', 'odour-resistant'],
    motto: 'Woolhaven traces its merino from farm to finished garment.',
  },
  {
    name: 'Metrotrail',
    tier: 'mid',
    focus: { jackets: 2, backpacks: 2, trousers: 2, lights: 1 },
    affinity: ['urban', 'commuter', 'cycling'],
    motto: 'Metrotrail designs for the bike lane and the trailhead alike.',
  },
  {
    name: 'Trailhound',
    tier: 'budget',
    focus: { boots: 2, backpacks: 2, trousers: 1, accessories: 2, jackets: 1 },
    affinity: ['hiking', 'day-hike', 'walking'],
    motto: 'Trailhound keeps good gear simple and affordable.',
  },
  {
    name: 'Campfield',
    tier: 'budget',
    focus: { tents: 2, 'sleeping-bags': 2, stoves: 1, lights: 1, 'base-layers': 1 },
    affinity: ['value', 'car-camping', 'festival', 'family'],
    motto: 'Campfield exists to get more people outside for less.',
  },
];

/** Forced extra brand tags per tier. */
export const TIER_TAGS: Record<Tier, string> = { budget: 'value', mid: 'all-rounder', premium: 'premium' };

/** Where a tier's products sit on a category's quality/price scale (0..1). */
export const TIER_QUALITY: Record<Tier, [number, number]> = {
  budget: [0.0, 0.45],
  mid: [0.25, 0.75],
  premium: [0.55, 1.0],
};

/** Colour names with SKU codes. */
export const COLORS: Record<string, string> = {
  Black: 'BLK',
  'Storm Grey': 'STG',
  Slate: 'SLT',
  Navy: 'NVY',
  'Glacier Blue': 'GLB',
  Teal: 'TEA',
  Forest: 'FOR',
  Moss: 'MOS',
  Olive: 'OLV',
  Sand: 'SND',
  Rust: 'RST',
  Ember: 'EMB',
  'Alpine Red': 'ALR',
  'Sunset Orange': 'SUN',
  Plum: 'PLM',
  Citron: 'CIT',
};
export const APPAREL_COLORS = Object.keys(COLORS);
export const GEAR_COLORS = [
  'Black',
  'Storm Grey',
  'Slate',
  'Olive',
  'Forest',
  'Sand',
  'Sunset Orange',
  'Glacier Blue',
];

export const APPAREL_SIZES = ['S', 'M', 'L', 'XL'];
export const GLOVE_SIZES = ['S', 'M', 'L'];
export const ONE_SIZE = 'one size';
/** Boot sizes (EU) by gender. */
export const BOOT_SIZES: Record<'men' | 'women' | 'unisex', string[]> = {
  men: ['EU 40', 'EU 41', 'EU 42', 'EU 43', 'EU 44', 'EU 45', 'EU 46'],
  women: ['EU 36', 'EU 37', 'EU 38', 'EU 39', 'EU 40', 'EU 41'],
  unisex: ['EU 38', 'EU 39', 'EU 40', 'EU 41', 'EU 42', 'EU 43', 'EU 44', 'EU 45'],
};

/** Evocative product-line names; no line is used twice within a category. */
// prettier-ignore
export const LINE_NAMES = [
  'Ridgeline', 'Summit', 'Cascade', 'Tundra', 'Granite', 'Alpenglow', 'Switchback', 'Talus', 'Cirque',
  'Cornice', 'Moraine', 'Scree', 'Arete', 'Couloir', 'Bivouac', 'Kestrel', 'Harrier', 'Merlin', 'Ptarmigan',
  'Marble Ridge', 'Larkspur', 'Juniper', 'Aspen', 'Tamarack', 'Hemlock', 'Sequoia', 'Basalt', 'Obsidian',
  'Flint', 'Quartz', 'Shale', 'Cobalt', 'Halcyon', 'Solstice', 'Equinox', 'Aurora', 'Borealis', 'Zenith',
  'Meridian', 'Horizon', 'Traverse', 'Headwall', 'Icefall', 'Serac', 'Glissade', 'Firn', 'Nunatak', 'Drumlin',
  'Esker', 'Fell', 'Tarn', 'Corrie', 'Bothy', 'Cairn', 'Highpoint', 'Saddle', 'Notch', 'Gully', 'Buttress',
  'Skyline', 'Timberline', 'Treeline', 'Snowline', 'Windward', 'Leeward', 'Driftwood', 'Riverstone', 'Canyon',
  'Mesa', 'Butte', 'Sierra', 'Caldera', 'Fumarole', 'Ember Ridge', 'Wildfire', 'Firefly', 'Glowworm',
  'Lantern Bay', 'Beacon', 'Polaris', 'Vega', 'Orion', 'Cassiopeia', 'Lyra', 'Nova', 'Comet', 'Stratus',
  'Cirrus', 'Nimbus', 'Squall', 'Gale', 'Zephyr', 'Chinook', 'Foehn', 'Mistral', 'Sirocco', 'Monsoon',
  'Rainier', 'Pinnacle', 'Spire', 'Crag', 'Boulder', 'Talon', 'Gannet', 'Heron', 'Wren', 'Finch', 'Raven',
  'Lynx', 'Wolverine', 'Ibex', 'Chamois', 'Marten', 'Otter', 'Badger', 'Caribou', 'Elk', 'Bison', 'Coyote',
  'Puma', 'Fox Run', 'Hare', 'Stoat', 'Pika', 'Yeti', 'Sasquatch', 'Nomad', 'Voyager', 'Pathfinder',
  'Wayfarer', 'Rambler', 'Drifter', 'Roamer', 'Trekker', 'Scout', 'Ranger', 'Outpost', 'Frontier',
  'Homestead', 'Hearth', 'Kindling', 'Tinder', 'Cinder', 'Charcoal', 'Birch', 'Alder', 'Rowan', 'Hazel',
  'Willow', 'Cedar',
];
