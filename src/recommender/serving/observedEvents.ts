// Feeds the chat's behaviour events to the live recommender as they are recorded, so popularity and
// the background retrain see new behaviour without the dialogs knowing about the recommender.
import type { EventRecorder, NewShopperEvent } from '../../events/eventLog';
import { interactionEventsOf } from './chatEvents';
import type { InteractionEvent } from './eventInteractions';

/** Records through `inner`, then hands each recorded event's interactions to `observe`. */
export function observedEvents(
  inner: EventRecorder,
  observe: (event: InteractionEvent) => void,
): EventRecorder {
  return {
    async record(event: NewShopperEvent) {
      const stored = await inner.record(event);
      for (const interaction of interactionEventsOf(stored)) observe(interaction);
      return stored;
    },
  };
}
