// Questions about the catalog as a whole ("what do you sell?", "which brands do you carry?") and the
// facts that answer them: the kinds of products with how many of each, and the brands.
import type { Category, Product } from '../domain/schemas';

/** What a message asks about the whole catalog: its kinds of products, or its brands. */
export type OverviewAsk = 'categories' | 'brands';

/** Words before the question that change nothing ("so", "hi", "ok, …"). */
const LEAD = String.raw`(?:(?:so|ok|okay|hi|hey|hello|and|well|um|please)[,!.]?\s+)*`;
/** Words after it that change nothing ("here", "in your store", "online", "please"). */
const TAIL = String.raw`(?:\s+(?:here|online|at the moment|right now|now|in (?:the|your|this) (?:store|shop)|on (?:the|your|this) site|at all|anyway|then|please|exactly))*\s*[?.!]*\s*$`;
const YOU = String.raw`(?:you(?: guys)?|u|y'?all|the (?:store|shop)|this (?:store|shop))`;
const OFFER = String.raw`(?:sell|have|carry|stock|offer|make)`;
const KINDS = String.raw`(?:kinds?|sorts?|types?|categories|product categories|departments|range|lines?)`;
const GOODS = String.raw`(?:products?|things|stuff|gear|items|goods|merchandise|equipment)`;

const CATEGORY_ASKS = [
  // "what do you sell?", "what does the shop have?", "what can you sell me?"
  String.raw`what (?:do|does|can) ${YOU} ${OFFER}(?: me)?`,
  // "what kind of products do you have?", "what categories do you have?", "what products do you sell?"
  String.raw`(?:what|which) (?:${KINDS}(?: of ${GOODS})?|${GOODS}) (?:do|does|can) ${YOU} ${OFFER}`,
  // "what categories are there?", "what kinds of products are there?"
  String.raw`(?:what|which) (?:${KINDS}(?: of ${GOODS})?|${GOODS}) (?:are|is) (?:there|available|on offer)`,
  // "what's in the store?", "what can I buy here?", "what is for sale?"
  String.raw`what(?:'s| is) (?:in|on) (?:the|your|this) (?:store|shop|catalog|catalogue|site)|what can i (?:buy|get|order)|what(?:'s| is) (?:for sale|on sale here)`,
  // "show me everything", "list your categories", "browse the catalog"
  String.raw`(?:show|list|give)(?: me)? (?:everything|all (?:of )?(?:your|the) ${KINDS}|(?:your|the) ${KINDS})|browse (?:the|your) (?:catalog|catalogue|store|shop)`,
];
const BRAND_ASKS = [
  // "what brands do you carry?", "which brands do you have for tents?"
  String.raw`(?:what|which) brands?(?: of [\p{L} -]+?)? (?:do|does|can) ${YOU} ${OFFER}(?: for [\p{L} -]+?)?`,
  // "what brands are there?", "list your brands"
  String.raw`(?:what|which) brands? (?:are|is) (?:there|available)|(?:show|list|give)(?: me)? (?:all )?(?:of )?(?:your|the) brands`,
];

const asks = (patterns: string[]) => new RegExp(`^${LEAD}(?:${patterns.join('|')})${TAIL}`, 'iu');
const ASKS_CATEGORIES = asks(CATEGORY_ASKS);
const ASKS_BRANDS = asks(BRAND_ASKS);

/** The overview a message asks for, when the whole message is such a question; undefined otherwise. */
export function catalogOverviewAsk(text: string): OverviewAsk | undefined {
  const said = text.trim().replace(/[’‘]/g, "'");
  if (ASKS_BRANDS.test(said)) return 'brands';
  if (ASKS_CATEGORIES.test(said)) return 'categories';
  return undefined;
}

/** Each category with its number of products, most products first (ties in catalog order). */
export function categoryCounts(products: readonly Product[]): { category: Category; count: number }[] {
  const counts = new Map<Category, number>();
  for (const p of products) counts.set(p.category, (counts.get(p.category) ?? 0) + 1);
  return [...counts].map(([category, count]) => ({ category, count })).sort((a, b) => b.count - a.count);
}

/** The brands of the products (of one category when given), with the most products first. */
export function brandNames(products: readonly Product[], category?: Category): string[] {
  const counts = new Map<string, number>();
  for (const p of products)
    if (!category || p.category === category) counts.set(p.brand, (counts.get(p.brand) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([brand]) => brand);
}
