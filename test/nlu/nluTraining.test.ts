import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KnowledgeError } from '../../src/nlu/knowledge/intentFiles';
import { loadOrTrainNlu, type NluPaths } from '../../src/nlu/nluTraining';
import { fixtureProducts } from '../helpers/fixtureProducts';
import { SHOP_PHRASES } from './shopPhrases';

const { greeting, view_cart, product_search, oos } = SHOP_PHRASES;
const INTENTS: Record<string, string[]> = { greeting, view_cart, product_search, out_of_scope: oos };

let root: string;
let paths: NluPaths;
const products = fixtureProducts();
const quiet = { onProgress: () => undefined, wordVectors: null };

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'shopkeeper-nlu-'));
  paths = {
    intentsDir: join(root, 'intents'),
    lexiconsDir: join(root, 'lexicons'),
    modelsDir: join(root, 'models'),
  };
  mkdirSync(paths.intentsDir);
  for (const [intent, examples] of Object.entries(INTENTS)) {
    writeFileSync(
      join(paths.intentsDir, `${intent}.txt`),
      `# ${intent} for the test\n${examples.join('\n')}\n`,
    );
  }
  cpSync(join(__dirname, '..', '..', 'knowledge', 'lexicons'), paths.lexiconsDir, { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('loadOrTrainNlu', () => {
  it('trains and saves the model with a manifest on first use, then loads it while the inputs are unchanged', async () => {
    const first = await loadOrTrainNlu(products, { paths, ...quiet });
    expect(first.trained).toBe(true);
    const manifest = JSON.parse(readFileSync(join(paths.modelsDir, 'manifest.json'), 'utf8'));
    expect(manifest.models.nlu).toMatchObject({
      file: 'nlu.json',
      libraries: { natural: expect.any(String) },
    });
    expect(manifest.models.nlu.inputsHash).toMatch(/^[0-9a-f]{64}$/);
    expect(manifest.models.nlu.metrics).toMatchObject({ examples: 48, intents: 3 });

    const second = await loadOrTrainNlu(products, { paths, ...quiet });
    expect(second.trained).toBe(false);
    expect((await second.nlu.recognize('show me my basket')).intent).toBe('view_cart');
  });

  it('retrains when a knowledge file or the catalog changes, or when forced', async () => {
    await loadOrTrainNlu(products, { paths, ...quiet });
    appendFileSync(join(paths.intentsDir, 'greeting.txt'), 'greetings friend\n');
    expect((await loadOrTrainNlu(products, { paths, ...quiet })).trained).toBe(true);
    expect((await loadOrTrainNlu(products, { paths, ...quiet })).trained).toBe(false);
    const renamed = products.map((p, i) => (i === 0 ? { ...p, name: 'Brand New Name' } : p));
    expect((await loadOrTrainNlu(renamed, { paths, ...quiet })).trained).toBe(true);
    expect((await loadOrTrainNlu(renamed, { paths, force: true, ...quiet })).trained).toBe(true);
  });

  it('retrains instead of failing when the saved model is damaged', async () => {
    await loadOrTrainNlu(products, { paths, ...quiet });
    writeFileSync(join(paths.modelsDir, 'nlu.json'), '{"format": "something else"}');
    const again = await loadOrTrainNlu(products, { paths, ...quiet });
    expect(again.trained).toBe(true);
  });

  it('names the file and line of a bad knowledge file', async () => {
    appendFileSync(join(paths.intentsDir, 'view_cart.txt'), 'show my cart\n');
    const error = await loadOrTrainNlu(products, { paths, ...quiet }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KnowledgeError);
    expect((error as Error).message).toMatch(/view_cart\.txt:14: duplicate example/);
  });

  it('applies configured policy overrides to the loaded model', async () => {
    const { nlu } = await loadOrTrainNlu(products, {
      paths,
      policy: { threshold: 0.99, margin: undefined },
      ...quiet,
    });
    expect(nlu.intents.policy.threshold).toBe(0.99);
    expect(nlu.intents.policy.margin).toBeGreaterThanOrEqual(0);
  });

  it('reports progress while training', async () => {
    const messages: string[] = [];
    await loadOrTrainNlu(products, { paths, wordVectors: null, onProgress: (m) => messages.push(m) });
    expect(messages.some((m) => /training on 48 examples/.test(m))).toBe(true);
  });
});
