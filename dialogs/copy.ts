// User-facing text of the conversation layer, in one place.

/** Suggested actions shown with the welcome and the help. */
export const STARTER_SUGGESTIONS = ['Show me tents', 'Waterproof jackets', 'Headlamps', 'Help'];

/** Everything the bot says that is not a product rendering. */
export const Copy = {
  welcome:
    "Hi, I'm Shopkeeper, the shop's assistant. I can find products for you — try a kind of gear, a brand or a product name. Say **help** at any time, or **start over** to begin again.",
  help: "Tell me what you're looking for — for example *tents*, *a waterproof jacket*, *merino base layer* or a product name — and I'll show matching products. Tap **Details** on a product to see everything about it. Say **cancel** to stop what we're doing or **start over** to begin again.",
  greeting: 'Hello! What are you shopping for today?',
  goodbye: 'Thanks for stopping by — happy trails! Come back any time.',
  smallTalk:
    "I'm Shopkeeper, the shop's virtual assistant (a bot). I'm here to help you find the right gear. What are you looking for?",
  outOfScope:
    "That's outside what I can help with here — I'm the assistant of an outdoor-gear shop. I can find products and show you their details.",
  didYouMean: "I'm not sure I understood. Did you mean one of these?",
  notYet: (label: string) =>
    `I understood that you'd like to **${label.toLowerCase()}**, but I can't do that in the chat yet. I can find products and show you their details — what are you looking for?`,
  whichProduct: 'Which product do you mean? Tell me its name, or search for it first.',
  thanks: "You're welcome! Anything else I can find for you?",
  cancelled: "OK, I've stopped that. What else can I help you find?",
  nothingToCancel: "There's nothing to cancel. What can I help you find?",
  startedOver: "Let's start again.",
  askWhat: 'What are you looking for?',
  askWhatRetry: 'Please tell me a kind of product, a brand or a product name.',
  noResults: (query: string) =>
    `I couldn't find anything for "${query}". Try a broader word (like *jackets* or *tents*), a brand, or check the spelling.`,
  results: (total: number, shown: number) =>
    total > shown
      ? `Here are the top ${shown} of ${total} matches:`
      : `Here ${total === 1 ? 'is the match' : `are ${total} matches`}:`,
  notUnderstood:
    "Sorry, I didn't get that. You can ask me to find products, like *show me sleeping bags*, or say **help**.",
  unknownProduct: "Sorry, I can't find that product any more. Try searching for it again.",
  badAction: "Sorry, I couldn't use that button. Try typing what you'd like instead.",
  turnError: "Sorry, something went wrong on my side. I've reset our conversation — please try again.",
  tooLong: (max: number) =>
    `That message is too long for me (the limit is ${max} characters). Could you shorten it?`,
} as const;
