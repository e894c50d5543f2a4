// The store's own NLU (models/nlu.json, trained from knowledge/ by the global
// setup): whole understanding calls on messy shopper messages and bad input.
import { loadOrTrainNlu } from '../../src/nlu/nluTraining';
import type { Nlu } from '../../src/nlu/nlu';
import { readSeeds } from '../../src/seeds/readSeeds';
import { join } from 'node:path';

let nlu: Nlu;
beforeAll(async () => {
  const seeds = await readSeeds(join(__dirname, '..', '..', 'seeds'));
  nlu = (await loadOrTrainNlu(seeds.products)).nlu;
});

const REJECTED = ['none', 'out_of_scope'];

describe('the store NLU', () => {
  it.each([
    ['empty text', ''],
    ['10,000 characters', 'a'.repeat(10_000)],
    ['emoji only', '😀😀🎉'],
    ['a script tag', '<script>document.location="http://evil.example"</script>'],
    ['an HTML fragment', '<img src=x onerror=alert(1)>'],
    ['another language', 'je voudrais acheter des chaussures rouges'],
    ['another script', 'Я хочу купить красную куртку'],
    ['binary junk', '\u0000\u0001\u0002\ufffd\u001b[2J\u0007\u0000'],
  ])('rejects %s with none and no made-up alternatives', async (_name, text) => {
    const r = await nlu.recognize(text);
    expect(REJECTED).toContain(r.intent);
    expect(r.alternatives).toEqual([]);
  });

  it('rejects 10,000 characters of pseudo-Latin', () => {
    expect(REJECTED).toContain(nlu.understand('lorem ipsum dolor sit amet '.repeat(370)).intent);
  });

  it('answers out-of-scope questions as out of scope, not as a shop intent', () => {
    for (const text of ['what is the capital of france', 'tell me a joke about cats', 'whats 17 times 23']) {
      expect(REJECTED).toContain(nlu.understand(text).intent);
    }
  });

  it('understands a search with its entities in one call', () => {
    const r = nlu.understand('got any waterproof jackets in blue under $150?');
    expect(r.intent).toBe('product_search');
    const types = r.entities.map((e) => e.type);
    expect(types).toEqual(expect.arrayContaining(['colour', 'priceRange']));
    for (const e of r.entities) {
      expect(r.text.slice(e.start, e.end)).toBe(e.text);
      expect(e.score).toBeGreaterThan(0);
      expect(e.score).toBeLessThanOrEqual(1);
    }
  });

  it.each([
    ['where is my order 10234', 'order_status'],
    ['i want to send these boots back for a refund', 'return_refund'],
    ['can i talk to a real person', 'talk_to_human'],
    ['the second one', 'select_item'],
    ['cheaper', 'refine_list'],
    ['whats in my cart', 'view_cart'],
    ['delete all my data', 'privacy'],
  ])('recognises %j as %s', (text, intent) => {
    expect(nlu.understand(text).intent).toBe(intent);
  });

  it('lists calibrated alternatives, best first, when the policy is unsure', () => {
    // A policy no score can pass makes every message "unsure", whatever the trained thresholds are.
    const unsure = nlu.intents.withPolicy({ threshold: 0.999, margin: 0 });
    const p = unsure.predict('hmm maybe the thing for my trip');
    expect(p.intent).toBe('none');
    expect(p.alternatives).toHaveLength(3);
    expect(p.alternatives[0].score).toBeLessThan(0.999);
    for (let i = 1; i < p.alternatives.length; i++) {
      expect(p.alternatives[i].score).toBeLessThanOrEqual(p.alternatives[i - 1].score);
    }
  });
});
