// The alert scheduler's state as one Bot Framework Storage document (`offers/alerts`): alerts waiting,
// recent sends (for the caps) and carts reminded. Every change is an eTag-checked read-modify-write, so an
// alert added in a shopper's turn while the timer's tick is writing is not lost.
import { readDocument, updateDocument, type DocumentStorage } from '../../storage/casDocument';
import { emptyAlertState, type AlertState, type AlertStateStore } from './alertScheduler';

/** The document key. */
export const ALERTS_KEY = 'offers/alerts';

/** An AlertStateStore over Storage. */
export function storageAlertState(storage: DocumentStorage, key = ALERTS_KEY): AlertStateStore {
  const full = (doc: Partial<AlertState> | undefined): AlertState => ({ ...emptyAlertState(), ...doc });
  return {
    read: async () => full(await readDocument<AlertState>(storage, key)),
    update: async (change) =>
      (
        await updateDocument<AlertState, ReturnType<typeof change>['result']>(storage, key, (cur) =>
          change(full(cur)),
        )
      ).result,
  };
}
