// Every kind of product the store sells, one table per category under kinds/.
import type { Category } from '../../src/domain/schemas';
import type { Kind } from './kind';
import { ACCESSORY_KINDS } from './kinds/accessoryKinds';
import { BACKPACK_KINDS } from './kinds/backpackKinds';
import { BASE_LAYER_KINDS } from './kinds/baseLayerKinds';
import { BOOT_KINDS } from './kinds/bootKinds';
import { JACKET_KINDS } from './kinds/jacketKinds';
import { LIGHT_KINDS } from './kinds/lightKinds';
import { SLEEPING_BAG_KINDS } from './kinds/sleepingBagKinds';
import { STOVE_KINDS } from './kinds/stoveKinds';
import { TENT_KINDS } from './kinds/tentKinds';
import { TROUSER_KINDS } from './kinds/trouserKinds';

const KINDS: Record<Category, Kind[]> = {
  jackets: JACKET_KINDS,
  boots: BOOT_KINDS,
  tents: TENT_KINDS,
  backpacks: BACKPACK_KINDS,
  'sleeping-bags': SLEEPING_BAG_KINDS,
  stoves: STOVE_KINDS,
  lights: LIGHT_KINDS,
  'base-layers': BASE_LAYER_KINDS,
  trousers: TROUSER_KINDS,
  accessories: ACCESSORY_KINDS,
};

/** The kinds of one category. */
export function kindsOf(category: Category): Kind[] {
  return KINDS[category];
}
