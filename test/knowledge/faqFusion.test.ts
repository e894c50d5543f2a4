import { learnSemanticWeight } from '../../src/knowledge/faqFusion';
import { SemanticPhrasings } from '../../src/knowledge/faqSemantic';
import type { FaqArticle } from '../../src/knowledge/faqSchema';
import { article, axisVector } from './faqMeaningFixtures';

// Three articles whose phrasings share the words "order" and "parcel" in ways that mislead the
// word channels: each article's later phrasings use the other articles' words.
const articles: FaqArticle[] = [
  article('track', 'Tracking a parcel', [
    'where is my parcel',
    'track my parcel',
    'when does my order come',
    'my order is late',
    'has my order shipped yet',
    'is my order on its way',
  ]),
  article('cancel', 'Cancelling an order', [
    'cancel my order',
    'stop my order',
    'I no longer want the parcel',
    'undo the parcel',
    'can I call off the parcel',
    'do not send the parcel',
  ]),
  article('change', 'Changing an order', [
    'change my order',
    'edit my order',
    'swap the size in my parcel',
    'another colour in my parcel',
    'add to my parcel please',
    'fix the address on the parcel',
  ]),
];

function vectors(axisOf: (articleIndex: number) => number): (text: string) => Float32Array {
  const map = new Map<string, Float32Array>();
  articles.forEach((a, i) => {
    for (const text of SemanticPhrasings.texts([a])) map.set(text, axisVector(axisOf(i)));
  });
  return (text) => map.get(text) ?? axisVector(7);
}

describe('learnSemanticWeight', () => {
  it('gives meaning weight when the vectors know each article’s topic', () => {
    const result = learnSemanticWeight(articles, { synonyms: [], vectorOf: vectors((i) => i) });
    expect(result.semanticWeight).toBeGreaterThan(0);
    const best = result.table.find((r) => r.weight === result.semanticWeight);
    const wordsOnly = result.table.find((r) => r.weight === 0);
    expect(best!.precisionAt1).toBeGreaterThan(wordsOnly!.precisionAt1);
    // Six phrasings each: folds 1-4 leave one out and keep at least two; fold 5 would keep one.
    expect(result.questions).toBe(articles.length * 4);
  });

  it('keeps meaning out when the words already rank every left-out phrasing first', () => {
    // Distinct words per article: words alone are right every time, so no weight can do better,
    // and the tie goes to the smaller weight. The vectors scatter phrasings over topics at random.
    const distinct = [
      article('tents', 'Tents', [
        'tent poles',
        'tent pegs',
        'tent fly',
        'tent inner',
        'tent bag',
        'tent seams',
      ]),
      article('boots', 'Boots', [
        'boot laces',
        'boot soles',
        'boot heels',
        'boot tongue',
        'boot insoles',
        'boot eyelets',
      ]),
    ];
    const scatter = (text: string) =>
      axisVector([...text].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 8, 7));
    const result = learnSemanticWeight(distinct, { synonyms: [], vectorOf: scatter });
    expect(result.table.find((r) => r.weight === 0)!.precisionAt1).toBe(1);
    expect(result.semanticWeight).toBe(0);
  });

  it('leaves out no article with too few phrasings to spare one', () => {
    const small = [article('a', 'Alpha', ['alpha one', 'alpha two']), ...articles];
    const result = learnSemanticWeight(small, { synonyms: [], vectorOf: vectors((i) => i), folds: 1 });
    expect(result.questions).toBe(articles.length);
  });
});
