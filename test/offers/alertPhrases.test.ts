// Alert requests by their words, and what stays a consent phrase.
import { alertAsk } from '../../src/offers/proactive/alertPhrases';
import { offerRequest } from '../../src/offers/consentPhrases';

describe('alertAsk', () => {
  it.each([
    ['tell me when the blue one is back in size M', 'back_in_stock'],
    ["let me know when it's back in stock", 'back_in_stock'],
    ['notify me once the first one is available in L', 'back_in_stock'],
    ['notify me if the price drops', 'price_drop'],
    ['tell me when it gets cheaper', 'price_drop'],
    ['let me know if it goes on sale', 'price_drop'],
    ['notify me when the ridgeline drops in price', 'price_drop'],
    ['let me know if that jacket is reduced', 'price_drop'],
    ['notify me about price drops', null],
    ['is it back in stock?', null],
    ['stop sending me offers', null],
  ])('%s → %s', (text, ask) => {
    expect(alertAsk(text)).toBe(ask);
  });

  it('the general opt-in to alerts stays a consent phrase', () => {
    expect(offerRequest('notify me about price drops')).toBe('alerts_on');
  });
});
