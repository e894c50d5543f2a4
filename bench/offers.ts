// npm run bench:offers — the offer policy in a simulated store. ≥ 10,000 simulated shoppers with hidden
// true purchase chances per offer and context (src/offers/simulation/world.ts) visit at moments (after a
// search with no add, at checkout, returning, abandoned cart); the learning policy (LinUCB), random choice,
// every fixed single offer and the oracle each run over the same visits and draws through the same offer
// engine, with every send checked against consent, caps, limits and budgets. Prints a table; the last line
// of stdout is one JSON object. Options: --shoppers N --seed S --alpha A --delay D --budget-scale B
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ProductSchema } from '../src/domain/schemas';
import { validateOfferCatalog } from '../src/offers/offerCatalog';
import { LinUcbPolicy } from '../src/offers/linUcb';
import { DIMENSION } from '../src/offers/policyFeatures';
import { NO_OFFER } from '../src/offers/offerEngine';
import { buildWorld } from '../src/offers/simulation/world';
import {
  fixedStrategy,
  oracleStrategy,
  randomStrategy,
  runStrategy,
  type Strategy,
  type StrategyResult,
} from '../src/offers/simulation/runSimulation';
import { seededRandom } from '../src/random';
import { PROJECT_ROOT } from '../src/paths';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const log = (m: string) => process.stderr.write(`bench:offers ${m}\n`);

const shoppersN = arg('shoppers', 10_000);
const seed = arg('seed', 7);
const alpha = arg('alpha', 0.3);
const delay = arg('delay', 50);
/** The seeded budgets are sized for the demo store; the simulated crowd is larger, so they are scaled. */
const budgetScale = arg('budget-scale', 10);

const products = z
  .array(ProductSchema)
  .parse(JSON.parse(readFileSync(join(PROJECT_ROOT, 'seeds', 'products.json'), 'utf8')));
const offers = validateOfferCatalog(
  JSON.parse(readFileSync(join(PROJECT_ROOT, 'seeds', 'offers.json'), 'utf8')),
  {
    byId: (id) => products.find((p) => p.id === id),
  },
).map((o) => ({ ...o, budget: o.budget * budgetScale }));
const started = Date.now();
const { shoppers, visits } = buildWorld(products, { shoppers: shoppersN, seed });
log(`${shoppers.length} shoppers, ${visits.length} visits, ${offers.length} offers`);

function policyStrategy(): Strategy {
  const policy = new LinUcbPolicy(DIMENSION, alpha);
  return {
    name: 'policy (LinUCB)',
    chooser: () => (cs) => policy.choose(cs).armId,
    learn: (c, y) => policy.update(c.armId, c.features, y ? 1 : 0),
    feedbackDelay: delay,
  };
}

const run = (s: Strategy) => {
  const t = Date.now();
  const r = runStrategy(s, shoppers, visits, offers);
  log(`${s.name}: ${Date.now() - t} ms`);
  return r;
};
const fixed = [NO_OFFER, ...offers.map((o) => o.id)].map((id) => run(fixedStrategy(id)));
const bestFixed = fixed.reduce((a, b) => (b.expectedRewardCents > a.expectedRewardCents ? b : a));
const random = run(randomStrategy(seededRandom(seed + 1)));
const oracle = run(oracleStrategy());
const policy = run(policyStrategy());
const rows = [random, bestFixed, policy, oracle];

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const usd = (c: number) => `$${Math.round(c / 100).toLocaleString('en-US')}`;
const violations = (r: StrategyResult) => Object.values(r.violations).reduce((a, b) => a + b, 0);
const table = [
  [
    'strategy',
    'conversion',
    'revenue after discount',
    'discount',
    'expected reward',
    'regret / oracle',
    'late regret',
    'offers/shopper',
    'violations',
  ],
  ...rows.map((r) => [
    r.name === bestFixed.name ? `best fixed (${r.name.replace('fixed:', '')})` : r.name,
    pct(r.conversions / r.decisions),
    usd(r.revenueCents),
    usd(r.discountCents),
    usd(r.expectedRewardCents),
    pct(r.regretCents / oracle.expectedRewardCents),
    pct(r.lateRegretCents / r.lateBestCents),
    (r.sends / shoppers.length).toFixed(2),
    String(violations(r)),
  ]),
];
const widths = table[0].map((_, i) => Math.max(...table.map((row) => row[i].length)));
for (const row of table)
  console.log(row.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '));
console.log(
  '\nall fixed offers (expected reward):',
  fixed.map((f) => `${f.name.replace('fixed:', '')} ${usd(f.expectedRewardCents)}`).join(', '),
);
console.log('policy sends by offer:', JSON.stringify(policy.sendsByOffer));

const conv = (r: StrategyResult) => r.conversions / r.decisions;
const summary = {
  shoppers: shoppers.length,
  visits: visits.length,
  offers: offers.length,
  alpha,
  budgetScale,
  feedbackDelay: delay,
  conversion: Object.fromEntries(rows.map((r) => [r.name, conv(r)])),
  upliftOverRandom: conv(policy) / conv(random) - 1,
  upliftOverBestFixed: conv(policy) / conv(bestFixed) - 1,
  revenueUpliftOverRandom: policy.revenueCents / random.revenueCents - 1,
  revenueUpliftOverBestFixed: policy.revenueCents / bestFixed.revenueCents - 1,
  bestFixed: bestFixed.name,
  policyRegretFraction: policy.regretCents / oracle.expectedRewardCents,
  policyRewardGapToOracle: 1 - policy.expectedRewardCents / oracle.expectedRewardCents,
  /** Of what the oracle gains over never offering anything, the share the policy gains. */
  policyShareOfOracleUplift:
    (policy.expectedRewardCents - fixed[0].expectedRewardCents) /
    (oracle.expectedRewardCents - fixed[0].expectedRewardCents),
  policyLateRegretFraction: policy.lateRegretCents / policy.lateBestCents,
  offersPerShopper: Object.fromEntries(rows.map((r) => [r.name, r.sends / shoppers.length])),
  violations: Object.fromEntries([...fixed, random, oracle, policy].map((r) => [r.name, violations(r)])),
  seconds: (Date.now() - started) / 1000,
};
console.log(
  `\npolicy: conversion uplift ${pct(summary.upliftOverRandom)} over random, ${pct(summary.upliftOverBestFixed)} over the best fixed offer; ` +
    `regret ${pct(summary.policyRegretFraction)} of the oracle's reward (last quarter ${pct(summary.policyLateRegretFraction)}); ` +
    `${pct(summary.policyShareOfOracleUplift)} of the oracle's gain over no offers; ` +
    `violations ${Object.values(summary.violations).reduce((a, b) => a + b, 0)} in every strategy`,
);
console.log(JSON.stringify(summary));
