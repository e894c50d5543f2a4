// Puts a product answer (plain data from src/answers) into words from the
// response templates.
import type { ProductAnswer } from '../src/answers/productQuestion';
import { Copy } from './copy';
import { andList } from './listWords';
import { colours, sizes } from '../src/catalog/productFacts';
import type { Product } from '../src/domain/schemas';

/** The reply text for one product answer. */
export function productAnswerText(answer: ProductAnswer): string {
  const name = answer.product.name;
  switch (answer.kind) {
    case 'attribute': {
      const fact = answer.facts[0];
      if (fact.key === 'waterproof')
        return Copy.answer('waterproofYesNo', { name, yesNo: answer.yesNo === true });
      return Copy.answer('attributeAnswer', {
        name,
        key: fact.key,
        label: fact.label,
        value: fact.value,
        yesNo: answer.yesNo ?? null,
      });
    }
    case 'missing':
      return Copy.answer('missingDetail', { name, asked: answer.asked });
    case 'colours':
      return Copy.answer('coloursAnswer', { name, list: andList(answer.colours) });
    case 'sizes':
      return Copy.answer('sizesAnswer', { name, list: andList(answer.sizes) });
    case 'stock': {
      const variant = [answer.colour, answer.size && `size ${answer.size}`].filter(Boolean).join(', ');
      const others = answer.variantExists ? '' : comesIn(answer.product, answer.size);
      return Copy.answer('stockAnswer', {
        name,
        variant,
        units: answer.units,
        exists: answer.variantExists,
        others,
      });
    }
    case 'price':
      return Copy.answer('priceAnswer', { name, price: answer.price });
  }
}

/** What a product does come in, for "in XXL?" when it has no XXL: its sizes, or else its colours. */
function comesIn(product: Product, sizeAsked: string | undefined): string {
  const all = sizes(product);
  return sizeAsked !== undefined && !all.includes(sizeAsked)
    ? `sizes ${andList(all)}`
    : andList(colours(product));
}
