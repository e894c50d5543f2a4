import { applyRules, type Candidate } from '../../../src/recommender/serving/businessRules';
import { makeProduct } from '../../helpers/fixtureProducts';
import type { Category } from '../../../src/domain/schemas';

const product = (id: string, category: Category, brand: string, price = 100, stock = 5) =>
  makeProduct({ id, name: `Product ${id}`, category, brand, price, stock });
const candidate = (p: ReturnType<typeof product>, score: number): Candidate => ({
  product: p,
  score,
  reason: { kind: 'forYou' },
});
const ids = (cs: Candidate[]) => cs.map((c) => c.product.id);

describe('applyRules', () => {
  const jackets = ['JKT-0001', 'JKT-0002', 'JKT-0003', 'JKT-0004', 'JKT-0005'].map((id, n) =>
    candidate(product(id, 'jackets', 'Same Brand'), 10 - n),
  );

  it('keeps at most two of one brand in one category while others remain, then fills', () => {
    const tent = candidate(product('TNT-0001', 'tents', 'Other'), 1);
    expect(ids(applyRules([...jackets, tent], {}, 4))).toEqual([
      'JKT-0001',
      'JKT-0002',
      'TNT-0001',
      'JKT-0003',
    ]);
  });

  it('never suggests an excluded, out-of-stock or filtered-out product', () => {
    const cases = [
      candidate(product('JKT-0001', 'jackets', 'Aa'), 9),
      candidate(product('JKT-0002', 'jackets', 'Bb', 100, 0), 8),
      candidate(product('JKT-0003', 'jackets', 'Cc', 400), 7),
      candidate(product('JKT-0004', 'jackets', 'Dd', 150), 6),
    ];
    const picked = applyRules(cases, { exclude: new Set(['JKT-0001']), filters: { maxPrice: 200 } }, 5);
    expect(ids(picked)).toEqual(['JKT-0004']);
  });

  it('lets a fixed category fill the list, but caps a category otherwise', () => {
    const mixed = ['Aa', 'Bb', 'Cc', 'Dd'].map((b, n) =>
      candidate(product(`JKT-000${n + 1}`, 'jackets', b), 10 - n),
    );
    const boot = candidate(product('BOT-0001', 'boots', 'Ee'), 1);
    expect(ids(applyRules([...mixed, boot], {}, 4))).toEqual([
      'JKT-0001',
      'JKT-0002',
      'JKT-0003',
      'BOT-0001',
    ]);
    expect(ids(applyRules([...mixed, boot], { filters: { category: 'jackets' } }, 4))).toEqual([
      'JKT-0001',
      'JKT-0002',
      'JKT-0003',
      'JKT-0004',
    ]);
  });

  it('orders ties by id and drops duplicates', () => {
    const a = candidate(product('TNT-0002', 'tents', 'Aa'), 1);
    const b = candidate(product('TNT-0001', 'tents', 'Bb'), 1);
    expect(ids(applyRules([a, b, a], {}, 3))).toEqual(['TNT-0001', 'TNT-0002']);
  });
});
