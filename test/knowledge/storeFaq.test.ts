import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadStoreFaq } from '../../src/knowledge/storeFaq';
import type { SentenceEncoder } from '../../src/knowledge/sentenceEncoder';
import { topicEncoder } from './faqMeaningFixtures';

const articles = [
  {
    id: 'carriers',
    title: 'Our delivery carriers',
    answer: 'Orders go out with UPS in the US and with Canada Post to Canada; the email says which.',
    questions: [
      'which courier do you use',
      'who delivers my order',
      'is it UPS or FedEx',
      'who brings a parcel back and forth',
      'the courier for a return parcel',
    ],
    tags: ['shipping'],
  },
  {
    id: 'returns',
    title: 'How to return an item',
    answer: 'Start a return in the chat or on the returns page within 60 days; we email a prepaid label.',
    questions: [
      'how do I return my order',
      'send an item back',
      'return label please',
      'a courier parcel I want to send back',
      'who delivers my return',
    ],
    tags: ['returns'],
  },
];
// The two articles share their words ("courier", "parcel", "return", "delivers"), so words alone
// confuse their later phrasings; the stand-in vectors know each text's article.
const topics = new Map<string, number>();
articles.forEach((a, i) => [a.title, ...a.questions].forEach((t) => topics.set(t, i)));
topics.set('who will be bringing my parcel', 0);
topics.set('my parcel back', 0);

describe('loadStoreFaq', () => {
  let root: string;
  let faqDir: string;
  let modelsDir: string;
  const writeFaq = (list: typeof articles) =>
    writeFileSync(join(faqDir, 'shipping.json'), JSON.stringify({ category: 'shipping', articles: list }));

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'store-faq-'));
    faqDir = join(root, 'faq');
    modelsDir = join(root, 'models');
    mkdirSync(faqDir);
    writeFaq(articles);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('embeds the phrasings and learns the weight once, then reuses both', async () => {
    const encoder = topicEncoder(topics);
    const first = await loadStoreFaq({ faqDir, modelsDir, loadEncoder: async () => encoder });
    expect(first.embedded).toBe(12);
    expect(first.learned).toBeDefined();
    expect(first.faq.semantic).toBe(true);
    const manifest = JSON.parse(readFileSync(join(modelsDir, 'manifest.json'), 'utf8'));
    expect(manifest.models.faq).toMatchObject({
      file: 'faq.json',
      metrics: { semanticWeight: first.semanticWeight },
    });

    const again = await loadStoreFaq({ faqDir, modelsDir, loadEncoder: async () => topicEncoder(topics) });
    expect(again.embedded).toBe(0);
    expect(again.learned).toBeUndefined();
    expect(again.semanticWeight).toBe(first.semanticWeight);
  });

  it('embeds only an edited phrasing and relearns when the FAQ changes', async () => {
    await loadStoreFaq({ faqDir, modelsDir, loadEncoder: async () => topicEncoder(topics) });
    const edited = structuredClone(articles);
    edited[0].questions[4] = 'who will be bringing my parcel';
    writeFaq(edited);
    const encoder = topicEncoder(topics);
    const after = await loadStoreFaq({ faqDir, modelsDir, loadEncoder: async () => encoder });
    expect(encoder.calls).toEqual([['who will be bringing my parcel']]);
    expect(after.learned).toBeDefined();
  });

  it('answers by meaning where the words are ambiguous, and by words if the encoder fails', async () => {
    const encoder = topicEncoder(topics);
    const { faq, semanticWeight } = await loadStoreFaq({
      faqDir,
      modelsDir,
      loadEncoder: async () => encoder,
    });
    expect(semanticWeight).toBeGreaterThan(0);
    // Words alone put returns first ("parcel" and "back" are in a returns phrasing); the vector says carriers.
    const question = 'my parcel back';
    const top = (d: Awaited<ReturnType<typeof faq.answer>>) =>
      d.kind === 'answer' ? d.article.id : d.kind === 'choices' ? d.articles[0].id : 'none';
    expect(top(await faq.answer(question))).toBe('carriers');

    const errors: Error[] = [];
    const failing: SentenceEncoder = {
      id: encoder.id,
      embed: async () => Promise.reject(new Error('encoder down')),
    };
    const wordsOnly = await loadStoreFaq({
      faqDir,
      modelsDir,
      loadEncoder: async () => failing,
      onEncoderError: (e) => errors.push(e),
    });
    expect(top(await wordsOnly.faq.answer(question))).toBe('returns');
    expect(errors.map((e) => e.message)).toEqual(['encoder down']);
  });

  it('embeds a question asked again only once', async () => {
    const encoder = topicEncoder(topics);
    const { faq } = await loadStoreFaq({ faqDir, modelsDir, loadEncoder: async () => encoder });
    const before = encoder.calls.length;
    await faq.answer('my parcel back');
    await faq.answer('  my parcel back ');
    await faq.answer('who delivers my order');
    expect(encoder.calls.slice(before)).toEqual([['my parcel back'], ['who delivers my order']]);
  });

  it('ranks by words, and says why, when the encoder cannot be loaded', async () => {
    const said: string[] = [];
    const { faq, semanticWeight } = await loadStoreFaq({
      faqDir,
      modelsDir,
      loadEncoder: async () => Promise.reject(new Error('no WebAssembly here')),
      onProgress: (m) => said.push(m),
    });
    expect(faq.semantic).toBe(false);
    expect(semanticWeight).toBe(0);
    expect(said).toEqual([expect.stringMatching(/words only \(no WebAssembly here\)/)]);
    expect((await faq.answer('my parcel back')).kind).not.toBe('none');
  });

  it('writes no model files and loads no encoder when meaning is off', async () => {
    const loadEncoder = jest.fn(async () => topicEncoder(topics));
    const { faq, embedded } = await loadStoreFaq({ faqDir, modelsDir, semantic: false, loadEncoder });
    expect(embedded).toBe(0);
    expect(faq.semantic).toBe(false);
    expect(loadEncoder).not.toHaveBeenCalled();
    expect(existsSync(modelsDir)).toBe(false);
    expect(faq.byId('returns')?.title).toBe('How to return an item');
    expect(faq.byTitle('our delivery carriers')?.id).toBe('carriers');
  });
});
