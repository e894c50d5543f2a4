import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ProductSchema } from '../../src/domain/schemas';
import { validateOfferCatalog } from '../../src/offers/offerCatalog';
import { buildWorld, trueConversion } from '../../src/offers/simulation/world';
import {
  checkSend,
  fixedStrategy,
  oracleStrategy,
  randomStrategy,
  runStrategy,
} from '../../src/offers/simulation/runSimulation';
import { seededRandom } from '../../src/random';

const root = join(__dirname, '../..');
const products = z
  .array(ProductSchema)
  .parse(JSON.parse(readFileSync(join(root, 'seeds/products.json'), 'utf8')));
const offers = validateOfferCatalog(JSON.parse(readFileSync(join(root, 'seeds/offers.json'), 'utf8')));

describe('offer simulation', () => {
  const { shoppers, visits } = buildWorld(products, { shoppers: 800, seed: 3 });

  it('builds the same world for the same seed', () => {
    const again = buildWorld(products, { shoppers: 800, seed: 3 });
    expect(again.visits.map((v) => v.draw)).toEqual(visits.map((v) => v.draw));
    expect(visits.length).toBeGreaterThanOrEqual(800);
  });

  it('has true chances in (0, 1)', () => {
    for (const v of visits.slice(0, 100)) {
      const p = trueConversion(shoppers[v.shopper], v, undefined, 0);
      expect(p).toBeGreaterThan(0);
      expect(p).toBeLessThan(1);
    }
  });

  it('runs every strategy with no violation, the oracle best and without regret', () => {
    const oracle = runStrategy(oracleStrategy(), shoppers, visits, offers);
    const random = runStrategy(randomStrategy(seededRandom(1)), shoppers, visits, offers);
    const none = runStrategy(fixedStrategy('none'), shoppers, visits, offers);
    for (const r of [oracle, random, none]) expect(r.violations).toEqual({});
    expect(oracle.regretCents).toBeCloseTo(0, 6);
    expect(oracle.expectedRewardCents).toBeGreaterThan(random.expectedRewardCents);
    expect(none.sends).toBe(0);
  });

  it('counts every rule a send breaks', () => {
    const shopper = shoppers.find((s) => s.profile.consent.offers && s.profile.rfm.frequency > 0)!;
    const visit = { ...shopper.visits[0], at: new Date('2030-06-01T00:00:00Z') }; // after the offer ends
    const welcome = offers.find((o) => o.id === 'welcome-10')!;
    const recent = [{ at: new Date(visit.at.getTime() - 60_000).toISOString(), offerId: 'x' }];
    const counted: string[] = [];
    const spent = new Map([['welcome-10', welcome.budget * 100]]);
    const uses = new Map([[`${shopper.id}/welcome-10`, 1]]);
    const caps = { perDay: 1, perWeek: 1, minGapMinutes: 30, repeatAfterHours: 24 };
    checkSend(
      { ...shopper, profile: { ...shopper.profile, consent: { offers: false, proactive: false } } },
      visit,
      welcome,
      100,
      recent,
      spent,
      uses,
      caps,
      (k) => counted.push(k),
    );
    expect(counted.sort()).toEqual([
      'budget',
      'cap_min_gap',
      'cap_per_day',
      'cap_per_week',
      'consent',
      'dates',
      'first_order',
      'per_shopper_limit',
    ]);
  });
});
