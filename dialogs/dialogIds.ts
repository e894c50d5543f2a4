/** Dialog ids, one per user goal. */
export const DialogIds = {
  main: 'main',
  mainFlow: 'main.flow',
  productSearch: 'productSearch',
  productSearchFlow: 'productSearch.flow',
  askWhat: 'productSearch.askWhat',
  feedback: 'feedback',
  feedbackFlow: 'feedback.flow',
  feedbackAsk: 'feedback.ask',
} as const;
