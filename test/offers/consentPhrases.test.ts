import { offerRequest } from '../../src/offers/consentPhrases';

describe('offerRequest', () => {
  it.each([
    ['stop sending me offers', 'opt_out'],
    ['Please stop sending me offers!', 'opt_out'],
    ['no more discounts please', 'opt_out'],
    ["don't send me promotions", 'opt_out'],
    ['unsubscribe me from marketing', 'opt_out'],
    ['unsubscribe', 'opt_out'],
    ['opt out of offers', 'opt_out'],
    ['stop the reminders', 'opt_out'],
    ['send me offers again', 'opt_in'],
    ['opt me back in', 'opt_in'],
    ['notify me about price drops', 'alerts_on'],
    ['remind me about my cart', 'alerts_on'],
    ['what do you know about me?', 'profile'],
    ['what data do you have... what do you store about me', 'profile'],
    ['what do you have on me', 'profile'],
    ['what do you have?', null],
    ['what do you have in blue', null],
    ['show me tents', null],
    ['do you have any offers?', null],
    ['what discounts do you have', null],
    ['stop', null],
    ['is this jacket waterproof', null],
  ])('%s → %s', (text, expected) => {
    expect(offerRequest(text)).toBe(expected);
  });
});
