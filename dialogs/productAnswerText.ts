// Puts a product answer (plain data from src/answers) into words from the
// response templates.
import type { ProductAnswer } from '../src/answers/productQuestion';
import { Copy } from './copy';
import { colours, sizes } from '../src/catalog/productFacts';

const list = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });

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
      return Copy.answer('coloursAnswer', { name, list: list.format(answer.colours) });
    case 'sizes':
      return Copy.answer('sizesAnswer', { name, list: list.format(answer.sizes) });
    case 'stock': {
      const variant = [answer.colour, answer.size && `size ${answer.size}`].filter(Boolean).join(', ');
      // "in XXL?" when it has no XXL: what it does come in.
      const sizeMissing = answer.size !== undefined && !sizes(answer.product).includes(answer.size);
      const others = answer.variantExists
        ? ''
        : sizeMissing
          ? `sizes ${list.format(sizes(answer.product))}`
          : list.format(colours(answer.product));
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
