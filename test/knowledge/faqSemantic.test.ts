import { FaqIndex } from '../../src/knowledge/faqIndex';
import { SemanticPhrasings } from '../../src/knowledge/faqSemantic';
import { article, axisVector } from './faqMeaningFixtures';

const returns = article('returns', 'Returning an item', ['how do I send something back', 'return a tent']);
const carriers = article('carriers', 'Who carries your parcels', [
  'which courier do you use',
  'who delivers',
]);
const care = article('care', 'Caring for your tent', ['how do I clean a tent', 'tent care']);
const articles = [returns, carriers, care];

// Each article's phrasings sit on its own axis, except one carriers phrasing that leans to returns.
const axes = new Map<string, Float32Array>();
for (const [i, a] of articles.entries())
  for (const text of SemanticPhrasings.texts([a])) axes.set(text, axisVector(i));
axes.set('who delivers', axisVector(1, 8, 0));
const vectorOf = (text: string) => {
  const v = axes.get(text);
  if (!v) throw new Error(`no vector for ${text}`);
  return v;
};

describe('SemanticPhrasings', () => {
  const semantic = new SemanticPhrasings(articles, vectorOf);

  it('needs the title and every question of each article', () => {
    expect(SemanticPhrasings.texts([returns])).toEqual([returns.title, ...returns.questions]);
  });

  it('scores the closest article 1 and the farthest 0, each by its best phrasing', () => {
    const scores = semantic.score(axisVector(0));
    expect(scores.get('returns')).toBe(1);
    expect(scores.get('care')).toBe(0);
    // Only carriers' "who delivers" leans towards returns' topic; it alone lifts carriers.
    expect(scores.get('carriers')).toBeGreaterThan(0.2);
    expect(scores.get('carriers')).toBeLessThan(0.5);
  });

  it('gives every article 0 when nothing tells them apart', () => {
    const scores = semantic.score(axisVector(7));
    expect([...scores.values()]).toEqual([0, 0, 0]);
  });
});

describe('FaqIndex with the meaning channel', () => {
  const semantic = new SemanticPhrasings(articles, vectorOf);
  // "tent" is a word of returns and of care (twice in care, so words alone put care first); the
  // question's vector points at returns' topic.
  const question = 'posting a tent';

  it('ranks by words alone without a question vector or with weight 0', () => {
    const words = FaqIndex.build(articles, { semantic, semanticWeight: 0 });
    const plain = words.search(question);
    expect(words.search(question, { queryVector: axisVector(0) }).map((h) => h.article.id)).toEqual(
      plain.map((h) => h.article.id),
    );
    expect(plain[0].article.id).toBe('care');
    expect(plain.every((h) => h.semantic === 0)).toBe(true);
  });

  it('lets the question vector reorder the word channels’ candidates', () => {
    const index = FaqIndex.build(articles, { semantic, semanticWeight: 2 });
    const hits = index.search(question, { queryVector: axisVector(0) });
    expect(hits[0].article.id).toBe('returns');
    expect(hits[0].semantic).toBe(1);
    expect(hits[0].score).toBeCloseTo(hits[0].lexical + 2 * hits[0].semantic);
    // Only articles sharing a word with the question are candidates: carriers has none.
    expect(hits.map((h) => h.article.id)).not.toContain('carriers');
  });
});
