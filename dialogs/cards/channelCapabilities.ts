// What each channel can render; the single place that knows channel quirks for cards.

/** Channels that render Adaptive Cards in a carousel. */
export const CARD_CHANNELS: ReadonlySet<string> = new Set([
  'directline',
  'webchat',
  'msteams',
  'emulator',
  'slack',
]);

/** True when the channel renders Adaptive Cards; otherwise send the text rendering. */
export function supportsCards(channelId: string | undefined): boolean {
  return channelId !== undefined && CARD_CHANNELS.has(channelId.toLowerCase());
}
