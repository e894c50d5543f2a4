import { faqQuestionAbout, faqSubject } from '../../dialogs/faqReplies';
import type { ShopContext } from '../../dialogs/shopContext';
import { makeProduct } from '../helpers/fixtureProducts';

describe('faqQuestionAbout', () => {
  it.each([
    ['how should I wash it?', 'how should I wash the Finch Rain Jacket?'],
    ['can I return this one?', 'can I return the Finch Rain Jacket?'],
    ['how do I clean this?', 'how do I clean the Finch Rain Jacket?'],
    ['do they run small?', 'do the Finch Rain Jacket run small?'],
    // not a pronoun for the product, or nothing to replace
    ["can I return a jacket that I've worn?", "can I return a jacket that I've worn?"],
    ['what is your return policy?', 'what is your return policy?'],
    ['how do I wash the finch rain jacket?', 'how do I wash the finch rain jacket?'],
  ])('%s → %s', (text, expected) => {
    expect(faqQuestionAbout(text, 'Finch Rain Jacket')).toBe(expected);
  });

  it('leaves the question alone when no product is being discussed', () => {
    expect(faqQuestionAbout('how should I wash it?', undefined)).toBe('how should I wash it?');
  });
});

describe('faqSubject', () => {
  const boot = makeProduct({ id: 'BOT-0001', name: 'Talus Hiking Boot', category: 'boots' });
  const tent = makeProduct({ id: 'TNT-0001', name: 'Summit 3 Tent', category: 'tents' });
  const catalog = { byId: (id: string) => [boot, tent].find((p) => p.id === id) };
  const shop = (over: Partial<ShopContext>): ShopContext => ({ lastResults: [], ...over });

  it('is the product being discussed first', () => {
    expect(faqSubject(shop({ lastProductId: 'TNT-0001', lastResults: ['BOT-0001'] }), catalog)).toBe(
      'Summit 3 Tent',
    );
  });

  it('is the words searched for, or the one kind of product listed', () => {
    const searches = {
      current: { query: 'waterproof jackets', filters: {}, results: ['BOT-0001'] },
      earlier: [],
    };
    expect(faqSubject(shop({ lastResults: ['BOT-0001'], lastListKind: 'search', searches }), catalog)).toBe(
      'waterproof jackets',
    );
    expect(faqSubject(shop({ lastResults: ['BOT-0001'], lastListKind: 'recommendation' }), catalog)).toBe(
      'boots',
    );
  });

  it('is nothing for a mixed list, or with nothing in view', () => {
    expect(faqSubject(shop({ lastResults: ['BOT-0001', 'TNT-0001'] }), catalog)).toBeUndefined();
    expect(faqSubject(shop({}), catalog)).toBeUndefined();
  });
});
