// What the bot says outside product renderings. The words live in
// knowledge/responses/shopkeeper.lg (Bot Framework LG, with variations); this
// module names each message and gives the dialogs typed access to it. Every
// property is read at the moment a message is sent, so variations vary.
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/paths';
import { Responses, type ResponseSignatures } from '../src/responses/responses';
import { SHOPPING_SIGNATURES } from './shoppingSignatures';
import { RECOMMENDATION_SIGNATURES } from './recommendationSignatures';
import { HANDOFF_SIGNATURES } from './handoffSignatures';
import { OFFER_SIGNATURES } from './offerSignatures';
import { SEARCH_SIGNATURES } from './searchSignatures';

/** Suggested actions shown with the welcome and the help. */
export const STARTER_SUGGESTIONS = ['Show me tents', 'Waterproof jackets', 'Headlamps', 'Help'];

/** The response file the bot speaks from. */
export const RESPONSES_FILE = join(PROJECT_ROOT, 'knowledge', 'responses', 'shopkeeper.lg');

/** Every template the dialogs use, with its parameters; the file is checked against this on load. */
export const RESPONSE_SIGNATURES: ResponseSignatures = {
  welcome: [],
  help: [],
  greeting: [],
  goodbye: [],
  smallTalk: [],
  outOfScope: [],
  didYouMean: [],
  notYet: ['label'],
  affirmNoQuestion: [],
  denyNoQuestion: [],
  complaint: [],
  complaintWithHelp: [],
  feedbackAsk: [],
  feedbackThanks: [],
  whichProduct: [],
  thanks: [],
  cancelled: [],
  nothingToCancel: [],
  startedOver: [],
  askWhat: [],
  askWhatRetry: [],
  noResults: ['query'],
  results: ['total', 'shown'],
  relaxedResults: ['relaxed', 'query'],
  notUnderstood: [],
  unknownProduct: [],
  badAction: [],
  turnError: [],
  tooLong: ['max'],
  attributeAnswer: ['name', 'key', 'label', 'value', 'yesNo'],
  waterproofYesNo: ['name', 'yesNo'],
  missingDetail: ['name', 'asked'],
  unknownDetail: ['name'],
  coloursAnswer: ['name', 'list'],
  sizesAnswer: ['name', 'list'],
  stockAnswer: ['name', 'variant', 'units', 'exists', 'others'],
  priceAnswer: ['name', 'price'],
  compareWhich: [],
  faqAnswer: ['answer', 'title'],
  faqChoices: [],
  faqNone: [],
  ...SHOPPING_SIGNATURES,
  ...RECOMMENDATION_SIGNATURES,
  ...HANDOFF_SIGNATURES,
  ...OFFER_SIGNATURES,
  ...SEARCH_SIGNATURES,
};

let loaded: Responses | undefined;
/** The templates, parsed and checked on first use (a broken file fails loudly, naming the problem). */
export function responses(): Responses {
  loaded ??= Responses.load(RESPONSES_FILE, RESPONSE_SIGNATURES);
  return loaded;
}

const say = (name: string, args?: Record<string, unknown>) => responses().text(name, args);

/** Everything the bot says that is not a product rendering. */
export const Copy = {
  get welcome() {
    return say('welcome');
  },
  get help() {
    return say('help');
  },
  get greeting() {
    return say('greeting');
  },
  get goodbye() {
    return say('goodbye');
  },
  get smallTalk() {
    return say('smallTalk');
  },
  get outOfScope() {
    return say('outOfScope');
  },
  get didYouMean() {
    return say('didYouMean');
  },
  notYet: (label: string) => say('notYet', { label }),
  /** "Yes" or "no" when nothing was asked. */
  get affirmNoQuestion() {
    return say('affirmNoQuestion');
  },
  get denyNoQuestion() {
    return say('denyNoQuestion');
  },
  get complaint() {
    return say('complaint');
  },
  /** The apology before a FAQ article that answers the complaint (a product fault, a lost parcel). */
  get complaintWithHelp() {
    return say('complaintWithHelp');
  },
  get feedbackAsk() {
    return say('feedbackAsk');
  },
  get feedbackThanks() {
    return say('feedbackThanks');
  },
  get whichProduct() {
    return say('whichProduct');
  },
  get thanks() {
    return say('thanks');
  },
  get cancelled() {
    return say('cancelled');
  },
  get nothingToCancel() {
    return say('nothingToCancel');
  },
  get startedOver() {
    return say('startedOver');
  },
  get askWhat() {
    return say('askWhat');
  },
  get askWhatRetry() {
    return say('askWhatRetry');
  },
  noResults: (query: string) => say('noResults', { query }),
  results: (total: number, shown: number) => say('results', { total, shown }),
  /** Nothing matched everything asked; `relaxed` names what was given up to find these. */
  relaxedResults: (relaxed: string, query: string) => say('relaxedResults', { relaxed, query }),
  get notUnderstood() {
    return say('notUnderstood');
  },
  get unknownProduct() {
    return say('unknownProduct');
  },
  get badAction() {
    return say('badAction');
  },
  get turnError() {
    return say('turnError');
  },
  tooLong: (max: number) => say('tooLong', { max }),
  faqAnswer: (answer: string, title: string) => say('faqAnswer', { answer, title }),
  get faqChoices() {
    return say('faqChoices');
  },
  get faqNone() {
    return say('faqNone');
  },
  /** A yes/no question about a product that its data does not answer ("does it have pit zips?"). */
  unknownDetail: (name: string) => say('unknownDetail', { name }),
  get compareWhich() {
    return say('compareWhich');
  },
  /** Answers to product questions (see src/answers/productQuestion.ts). */
  answer: (name: string, args: Record<string, unknown>) => say(name, args),
};
