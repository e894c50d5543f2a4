// Lists in replies, in English: "S, M, and L" and "Slate, Teal, or Olive".
const AND = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });
const OR = new Intl.ListFormat('en', { style: 'long', type: 'disjunction' });

/** "S, M, and L". */
export const andList = (items: readonly string[]): string => AND.format(items);

/** "Slate, Teal, or Olive". */
export const orList = (items: readonly string[]): string => OR.format(items);
