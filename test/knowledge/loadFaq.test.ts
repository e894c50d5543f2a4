import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MIN_QUESTIONS } from '../../src/knowledge/faqSchema';
import { FaqLoadError, loadFaq, parseFaqFile } from '../../src/knowledge/loadFaq';
import { PROJECT_ROOT } from '../../src/paths';

const article = (overrides: Record<string, unknown> = {}) => ({
  id: 'ship-mars',
  title: 'Shipping to Mars',
  answer: 'We ship to Mars in 7 months for $999; express is not available yet.',
  questions: ['do you ship to mars', 'mars delivery?', 'how long to mars', 'cost to mars', 'space shipping'],
  tags: ['shipping'],
  ...overrides,
});
const file = (articles: unknown[]) => ({ category: 'shipping', articles });

describe('the store FAQ in knowledge/faq', () => {
  const { articles, synonyms } = loadFaq(join(PROJECT_ROOT, 'knowledge', 'faq'));

  it('has at least 40 articles, each with enough phrasings, a category and a source file', () => {
    expect(articles.length).toBeGreaterThanOrEqual(40);
    for (const a of articles) {
      expect(a.questions.length).toBeGreaterThanOrEqual(MIN_QUESTIONS);
      expect(a.category).toMatch(/^[a-z-]+$/);
      expect(a.source).toMatch(/\.json$/);
    }
    expect(synonyms.length).toBeGreaterThan(10);
  });

  it.each(['shipping', 'returns', 'refunds', 'payments', 'sizing', 'care', 'privacy', 'store', 'orders'])(
    'covers %s',
    (category) => expect(articles.some((a) => a.category === category)).toBe(true),
  );
});

describe('FAQ validation errors name the file, the article and the field', () => {
  const cases: { name: string; content: unknown; expected: RegExp[] }[] = [
    {
      name: 'too few questions',
      content: file([article({ questions: ['only one'] })]),
      expected: [/shipping\.json/, /article 'ship-mars' \(#1\)/, /field questions/, /at least 5/],
    },
    {
      name: 'missing answer in the second article',
      content: file([article({ id: 'ok-one' }), article({ answer: undefined })]),
      expected: [/shipping\.json/, /article 'ship-mars' \(#2\)/, /field answer/],
    },
    {
      name: 'bad id',
      content: file([article({ id: 'Ship Mars' })]),
      expected: [/article 'Ship Mars'/, /field id/, /kebab-case/],
    },
    {
      name: 'duplicate phrasings',
      content: file([article({ questions: ['a b', 'A B', 'c', 'd', 'e'] })]),
      expected: [/field questions/, /duplicate/],
    },
    { name: 'unknown field', content: file([article({ extra: 1 })]), expected: [/article 'ship-mars'/] },
    { name: 'no articles', content: { category: 'shipping', articles: [] }, expected: [/field articles/] },
  ];

  it.each(cases)('$name', ({ content, expected }) => {
    const run = () => parseFaqFile(content, 'knowledge/faq/shipping.json');
    expect(run).toThrow(FaqLoadError);
    for (const pattern of expected) expect(run).toThrow(pattern);
  });

  describe('on disk', () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'faq-'));
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('names a file that is not JSON', () => {
      writeFileSync(join(dir, 'broken.json'), '{ nope');
      expect(() => loadFaq(dir)).toThrow(/broken\.json: not valid JSON/);
    });

    it('names both files of a duplicate article id', () => {
      writeFileSync(join(dir, 'a.json'), JSON.stringify(file([article()])));
      writeFileSync(join(dir, 'b.json'), JSON.stringify(file([article()])));
      expect(() => loadFaq(dir)).toThrow(/b\.json: article 'ship-mars' field id: duplicate .* a\.json/);
    });

    it('names a bad synonym group', () => {
      writeFileSync(join(dir, 'a.json'), JSON.stringify(file([article()])));
      writeFileSync(join(dir, 'synonyms.json'), JSON.stringify({ groups: [['lonely']] }));
      expect(() => loadFaq(dir)).toThrow(/synonyms\.json: field groups\.0/);
    });
  });
});
