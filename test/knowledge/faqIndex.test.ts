import { join } from 'node:path';
import { ANSWER_THRESHOLD, FaqIndex, NONE_THRESHOLD } from '../../src/knowledge/faqIndex';
import type { FaqArticle } from '../../src/knowledge/faqSchema';
import { loadFaq } from '../../src/knowledge/loadFaq';
import { PROJECT_ROOT } from '../../src/paths';

const { articles, synonyms } = loadFaq(join(PROJECT_ROOT, 'knowledge', 'faq'));
const index = FaqIndex.build(articles, { synonyms });

// None of these is an indexed phrasing: paraphrases, typos, text speak and synonyms.
// Each is the top hit; the second list may come back as choices, but the right article is first.
const answered: [string, string][] = [
  ['how long dose shipping to canada take', 'shipping-canada'],
  ['how much is postage to germany', 'shipping-uk-eu'],
  ['do you ship to australia', 'shipping-international'],
  ['what is free shiping minimum', 'free-shipping'],
  ['can I send back boots I wore on a hike', 'return-worn-items'],
  ['how long do refnds take', 'refund-timing'],
  ['do you price match amazon', 'price-match'],
  ['are u open on sunday', 'store-locations-hours'],
  ['jacket size chart', 'size-jackets'],
  ['what size gloves shoud I get', 'size-gloves'],
  ['how do I wash my down sleeping bag', 'care-down'],
  ['how do I clean my boots', 'care-boots'],
  ['delete all my data', 'privacy-delete'],
  ['do you keep a record of this chat', 'privacy-chat'],
];
const topHit: [string, string][] = [
  ['cancel my ordr', 'cancel-order'],
  ['whats ur retrun policy', 'return-policy'],
  ['do u take paypal', 'payment-methods'],
  ['can i get my money back', 'refund-method'],
  ['wat are ur opening hrs', 'store-locations-hours'],
];

describe('FaqIndex', () => {
  it.each(answered)('answers "%s" with %s', (text, id) => {
    const result = index.answer(text);
    expect(result).toMatchObject({ kind: 'answer', article: { id } });
  });

  it.each(topHit)('ranks "%s" first with %s', (text, id) => {
    expect(index.search(text, { limit: 1 })[0].article.id).toBe(id);
    const result = index.answer(text);
    const first =
      result.kind === 'answer' ? result.article : result.kind === 'choices' ? result.articles[0] : null;
    expect(first?.id).toBe(id);
  });

  it('ranks hits best first with confidences in 0..1', () => {
    const hits = index.search('how long does delivery to canada take', { limit: 4 });
    expect(hits).toHaveLength(4);
    expect(hits[0].article.id).toBe('shipping-canada');
    for (let i = 1; i < hits.length; i++) expect(hits[i].score).toBeLessThanOrEqual(hits[i - 1].score);
    for (const hit of hits) expect(hit.confidence).toBeGreaterThanOrEqual(0);
    for (const hit of hits) expect(hit.confidence).toBeLessThanOrEqual(1);
    expect(hits[0].confidence).toBeGreaterThanOrEqual(ANSWER_THRESHOLD);
  });

  it('applies synonyms to queries ("money back" finds refund articles)', () => {
    const ids = index.search('can I get my money back', { limit: 2 }).map((h) => h.article.id);
    expect(ids.every((id) => id.startsWith('refund-'))).toBe(true);
  });

  it.each(['xqzv blorptz fnarg', 'asdf qwer', 'tell me a joke', '', '???'])('says none to "%s"', (text) => {
    expect(index.answer(text)).toEqual({ kind: 'none' });
  });

  it.each([
    ['privacy', ['privacy-delete', 'privacy-export']],
    ['order', ['cancel-order', 'change-order']],
  ])('offers choices when unsure ("%s")', (text, expected) => {
    const result = index.answer(text);
    expect(result.kind).toBe('choices');
    if (result.kind !== 'choices') return;
    expect(result.articles.length).toBeGreaterThanOrEqual(2);
    expect(result.articles.length).toBeLessThanOrEqual(3);
    expect(result.articles.map((a) => a.id)).toEqual(expect.arrayContaining(expected));
    expect(result.confidence).toBeLessThan(ANSWER_THRESHOLD);
    expect(result.confidence).toBeGreaterThanOrEqual(NONE_THRESHOLD);
  });

  it('never answers outright on a tie between two articles', () => {
    const twin = (id: string): FaqArticle => ({
      id,
      title: 'Tent pegs',
      answer: 'Every tent comes with twelve aluminium pegs and spares cost $1 each.',
      questions: ['tent pegs', 'spare pegs', 'how many pegs', 'peg material', 'pegs included'],
      tags: [],
      category: 'test',
      source: 'test.json',
    });
    const result = FaqIndex.build([twin('pegs-a'), twin('pegs-b')]).answer('how many tent pegs');
    expect(result.kind).toBe('choices');
  });

  it('looks articles up by id (for a picked choice)', () => {
    expect(index.byId('free-shipping')?.title).toBe('Free shipping threshold');
    expect(index.byId('nope')).toBeUndefined();
    expect(index.size).toBe(articles.length);
  });

  it('rejects duplicate article ids', () => {
    expect(() => FaqIndex.build([articles[0], articles[0]])).toThrow(/duplicate article id/);
  });
});
