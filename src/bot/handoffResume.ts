// After a hand-back or a timeout: the dialog stack the handoff interrupted is still in conversation
// state (the dialogs did not run meanwhile), so re-ask its question and the flow carries on.
import type { ConversationState, TurnContext } from 'botbuilder';
import { DialogSet, type Dialog, type DialogState } from 'botbuilder-dialogs';

/** Builds `resume(context)`: reprompts the interrupted flow, if there is one (no state is written). */
export function dialogResumer(conversationState: ConversationState, root: Dialog) {
  // The same property the bot keeps its dialog stack in (ShopkeeperBot: 'dialogState').
  const dialogs = new DialogSet(conversationState.createProperty<DialogState>('dialogState'));
  dialogs.add(root);
  return async (context: TurnContext): Promise<boolean> => {
    const dc = await dialogs.createContext(context);
    if (!dc.activeDialog) return false;
    await dc.repromptDialog();
    return true;
  };
}
