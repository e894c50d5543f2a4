import { recommendationAsk } from '../../src/answers/recommendationRequest';
import type { Entity } from '../../src/nlu/recognizer';

const cheaperEntity: Entity = {
  type: 'priceRange',
  text: 'cheaper',
  start: 0,
  end: 7,
  value: { relative: 'lower' },
  score: 1,
};

describe('recommendationAsk', () => {
  it.each([
    ['what goes with this tent?', 'recommend', [], { kind: 'goesWith' }],
    ['anything else I need for this stove?', 'recommend', [], { kind: 'goesWith' }],
    ['what pairs well with the Ridgeline', 'similar_items', [], { kind: 'goesWith' }],
    ['accessories for my backpack', 'recommend', [], { kind: 'goesWith' }],
    [
      'similar to the Ridgeline but cheaper',
      'similar_items',
      [cheaperEntity],
      { kind: 'similar', cheaper: true },
    ],
    [
      'something like the second one, less expensive',
      'similar_items',
      [],
      { kind: 'similar', cheaper: true },
    ],
    ['more like this one', 'similar_items', [], { kind: 'similar', cheaper: false }],
    ['recommend something', 'recommend', [], { kind: 'forShopper' }],
    ['what should I get for a cheap first trip', 'recommend', [cheaperEntity], { kind: 'forShopper' }],
  ] as const)('%s → %j', (text, intent, entities, ask) => {
    expect(recommendationAsk({ text, intent, entities: [...entities] })).toEqual(ask);
  });
});
