import { MemoryStorage } from 'botbuilder';
import {
  findCouponCode,
  maskCouponCodes,
  newCouponCode,
  normalizeCouponCode,
} from '../../src/offers/couponCodes';
import { OfferService } from '../../src/offers/offerService';
import { ShopperHistory } from '../../src/offers/shopperHistory';
import { LinUcbPolicy } from '../../src/offers/linUcb';
import { NO_OFFER } from '../../src/offers/offerEngine';
import { DIMENSION, features } from '../../src/offers/policyFeatures';
import { basket, catalog, NOW, offer, profile } from './fixtures';

const shopper = { channelId: 'test', userId: 'u1' };
const other = { channelId: 'test', userId: 'u2' };

function service(
  offers = [offer({ id: 'ten', value: 10, budget: 100, perCustomerLimit: 1 })],
  now = () => NOW,
) {
  const storage = new MemoryStorage();
  // a policy that has seen "no offer" fail at checkout, so it tries an offer
  const policy = new LinUcbPolicy(DIMENSION, 0.3);
  const x = features(profile(), 'checkout', 20000);
  for (let i = 0; i < 30; i++) policy.update(NO_OFFER, x, 0);
  const history = new ShopperHistory();
  return {
    storage,
    svc: new OfferService({ storage, offers: () => offers, products: catalog, history, now, policy }),
  };
}

/** Issues a coupon of the only offer directly (the policy's choice is not under test here). */
async function issue(svc: OfferService, who = shopper, reservedCents = 2000) {
  return (await svc.coupons.issue(
    {
      code: newCouponCode(),
      offerId: 'ten',
      shopper: who,
      issuedAt: NOW.toISOString(),
      expiresAt: '2026-11-08T00:00:00Z',
      moment: 'checkout',
      reservedCents,
    },
    { budgetCents: 10000, perShopper: 1 },
    NOW,
  ))!;
}

describe('coupon codes', () => {
  it('are random, readable and 60 bits', () => {
    const codes = new Set(Array.from({ length: 2000 }, () => newCouponCode()));
    expect(codes.size).toBe(2000);
    for (const c of [...codes].slice(0, 50))
      expect(c).toMatch(/^SK-[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){2}$/);
  });

  it('are read back however they are typed', () => {
    expect(normalizeCouponCode('sk 7kq2 m9xd 4htp')).toBe('SK-7KQ2-M9XD-4HTP');
    expect(normalizeCouponCode('SK7KQ2M9XD4HTO')).toBe('SK-7KQ2-M9XD-4HT0');
    expect(normalizeCouponCode('SK-1234')).toBeNull();
    expect(findCouponCode('please use code sk-7kq2-m9xd-4htp thanks')).toBe('SK-7KQ2-M9XD-4HTP');
    expect(findCouponCode('no code here')).toBeNull();
    expect(maskCouponCodes('oh wait, use SK-7KQ2-M9XD-4HTP or sk 7kq2 m9xd 4htp')).toBe(
      'oh wait, use code or code',
    );
  });
});

describe('coupons', () => {
  it('are issued by the policy with a reason, and checked against the basket', async () => {
    const { svc } = service();
    const pick = await svc.choose(shopper, 'checkout', basket(['JKT-0001', 1]));
    expect(pick?.offer.id).toBe('ten');
    expect(pick?.discountCents).toBe(2000);
    expect(pick?.reason).toEqual({ code: 'moment', moment: 'checkout' });
    const check = await svc.check(shopper, pick!.coupon.code, basket(['JKT-0001', 1]));
    expect(check).toMatchObject({ ok: true, discountCents: 2000 });
    expect(await svc.check(other, pick!.coupon.code, basket(['JKT-0001', 1]))).toEqual({
      ok: false,
      problem: 'unknown',
    });
    expect(await svc.check(shopper, 'SK-0000-0000-0000', basket(['JKT-0001', 1]))).toEqual({
      ok: false,
      problem: 'unknown',
    });
  });

  it('are refused once expired or when the basket no longer qualifies', async () => {
    let now = NOW;
    const { svc } = service(
      [offer({ id: 'ten', value: 10, budget: 100, rules: { minCartValue: 100 } })],
      () => now,
    );
    const c = await issue(svc);
    expect(await svc.check(shopper, c.code, basket(['LGT-0001', 1]))).toEqual({
      ok: false,
      problem: 'min_cart_value',
    });
    now = new Date('2026-11-09T00:00:00Z');
    expect(await svc.check(shopper, c.code, basket(['JKT-0001', 1]))).toEqual({
      ok: false,
      problem: 'expired',
    });
  });

  it('are redeemed once even when ten checkouts race for one code', async () => {
    const { svc } = service();
    const c = await issue(svc);
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => svc.redeem(shopper, c.code, `checkout-${i}`, 2000)),
    );
    expect(results.filter((r) => r.kind === 'redeemed')).toHaveLength(1);
    expect(results.filter((r) => r.kind === 'used')).toHaveLength(9);
    const winner = results.find((r) => r.kind === 'redeemed') as { coupon: { checkoutId: string } };
    expect(await svc.redeem(shopper, c.code, winner.coupon.checkoutId, 2000)).toMatchObject({
      kind: 'redeemed',
      again: true,
    });
    expect(await svc.check(shopper, c.code, basket(['JKT-0001', 1]))).toEqual({ ok: false, problem: 'used' });
    expect((await svc.attribution()).ten).toMatchObject({ redeemed: 1, spentCents: 2000 });
  });

  it('go back to the shopper when the checkout makes no order', async () => {
    const { svc } = service();
    const c = await issue(svc);
    await svc.redeem(shopper, c.code, 'k1', 2000);
    await svc.release(c.code, 'k1');
    expect(await svc.check(shopper, c.code, basket(['JKT-0001', 1]))).toMatchObject({ ok: true });
    expect((await svc.attribution()).ten).toMatchObject({ redeemed: 0, spentCents: 0 });
  });

  it('are attributed shown → accepted → redeemed → revenue', async () => {
    const { svc } = service();
    const c = await issue(svc);
    await svc.accept(shopper, c.code);
    await svc.accept(shopper, c.code);
    await svc.redeem(shopper, c.code, 'k1', 2000);
    await svc.orderPlaced(shopper, '10001', 18795, c.code);
    expect((await svc.attribution()).ten).toEqual({
      shown: 1,
      accepted: 1,
      redeemed: 1,
      revenueCents: 18795,
      spentCents: 2000,
    });
    expect(await svc.coupons.get(c.code)).toMatchObject({
      status: 'redeemed',
      orderNumber: '10001',
      revenueCents: 18795,
    });
  });

  it('respect the budget and the per-shopper limit when issued', async () => {
    const { svc } = service();
    await issue(svc);
    // the shopper's one use is taken; $80 of the $100 budget is left for the other shopper
    expect(await issue(svc, shopper, 100)).toBeUndefined();
    expect(await issue(svc, other, 9000)).toBeUndefined();
    expect(await issue(svc, other, 8000)).toBeDefined();
  });
});

describe('consent', () => {
  it('stops every offer once the shopper opts out', async () => {
    const { svc } = service();
    expect(await svc.consent(shopper)).toEqual({ offers: true, proactive: false });
    await svc.setConsent(shopper, { offers: false, proactive: false });
    expect(await svc.choose(shopper, 'checkout', basket(['JKT-0001', 1]))).toBeUndefined();
    expect((await svc.profile(shopper)).consent.offers).toBe(false);
    expect((await svc.attribution()).ten.shown).toBe(0);
  });
});
