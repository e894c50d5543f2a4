// The bot: welcomes new members, understands each message once, runs the
// dialogs and saves state at the end of every turn.
import { maskCouponCodes } from '../offers/couponCodes';
import {
  ActivityHandler,
  MessageFactory,
  type ConversationState,
  type StatePropertyAccessor,
  type TurnContext,
  type UserState,
} from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import type { Recognizer } from '../nlu/recognizer';
import { Copy, STARTER_SUGGESTIONS } from '../../dialogs/copy';
import { setRecognition } from '../../dialogs/turnRecognition';
import type { Logger } from '../logger';

/** The dialog entry point the bot drives. */
export interface RootDialog {
  run(context: TurnContext, dialogState: StatePropertyAccessor<DialogState>): Promise<void>;
}

/** What the bot remembers about a shopper across conversations on one channel. */
export interface ShopperProfile {
  firstSeenAt?: string;
  lastSeenAt?: string;
}

/** Collaborators of the bot. */
export interface ShopkeeperBotOptions {
  conversationState: ConversationState;
  userState: UserState;
  dialog: RootDialog;
  recognizer: Recognizer;
  maxTextLength: number;
  logger: Logger;
  /** Human handoff: may take the turn before the dialogs (a trigger fired) and after them (a dialog asked). */
  handoff?: {
    beforeDialogs(context: TurnContext): Promise<boolean>;
    afterDialogs(context: TurnContext): Promise<void>;
  };
  /** After the welcome of a returning shopper (an offer, if the policy chooses one). */
  welcomeBack?(context: TurnContext): Promise<void>;
}

/** The Shopkeeper ActivityHandler. */
export class ShopkeeperBot extends ActivityHandler {
  private readonly dialogState: StatePropertyAccessor<DialogState>;
  private readonly profile: StatePropertyAccessor<ShopperProfile>;

  constructor(private readonly options: ShopkeeperBotOptions) {
    super();
    this.dialogState = options.conversationState.createProperty<DialogState>('dialogState');
    this.profile = options.userState.createProperty<ShopperProfile>('profile');
    this.onMembersAdded(async (context, next) => {
      await this.welcome(context);
      await next();
    });
    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });
  }

  /** Runs the turn, then writes conversation and user state (to disk before any reply leaves). */
  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    // Together, so the storage can put both in one disk write.
    await Promise.all([
      this.options.conversationState.saveChanges(context),
      this.options.userState.saveChanges(context),
    ]);
  }

  private async welcome(context: TurnContext): Promise<void> {
    const newcomers = (context.activity.membersAdded ?? []).filter(
      (m) => m.id !== context.activity.recipient?.id,
    );
    if (newcomers.length === 0) return;
    const profile = await this.profile.get(context, {});
    const returning = Boolean(profile.firstSeenAt);
    this.touch(profile);
    const text = returning ? `Welcome back! ${Copy.welcome.replace(/^Hi, /, '')}` : Copy.welcome;
    await context.sendActivity(MessageFactory.suggestedActions(STARTER_SUGGESTIONS, text));
    if (returning) await this.options.welcomeBack?.(context);
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const text = (context.activity.text ?? '').trim();
    if (text.length > this.options.maxTextLength) {
      await context.sendActivity(Copy.tooLong(this.options.maxTextLength));
      return;
    }
    this.touch(await this.profile.get(context, {}));
    // A coupon code's random letters mean nothing to the NLU: it reads "code" there instead.
    if (text) setRecognition(context, await this.options.recognizer.recognize(maskCouponCodes(text)));
    if (await this.options.handoff?.beforeDialogs(context)) return;
    await this.options.dialog.run(context, this.dialogState);
    await this.options.handoff?.afterDialogs(context);
  }

  private touch(profile: ShopperProfile): void {
    const now = new Date().toISOString();
    profile.firstSeenAt ??= now;
    profile.lastSeenAt = now;
  }
}
