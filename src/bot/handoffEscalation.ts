// The bot's side of the triggers: after the NLU and before the dialogs, update the conversation's
// signals and, when a trigger fires, open a case, send `handoff.initiate` with the transcript and tell
// the shopper their place in the queue. The dialogs do not run that turn, so an interrupted flow is
// still on the stack when the conversation comes back. Dialogs may also ask (requestHandoff).
import { EventFactory, TurnContext, type Activity, type StatePropertyAccessor } from 'botbuilder';
import type { HandoffService } from '../handoff/handoffService';
import type { TranscriptBuffer } from '../handoff/transcriptBuffer';
import { collectContext, type CaseContextProvider } from '../handoff/caseContext';
import type { CaseConversation, CaseLine } from '../handoff/handoffCase';
import {
  TRIGGER_DEFAULTS,
  emptySignals,
  escalationFor,
  nextSignals,
  type Escalation,
  type HandoffSignals,
  type TriggerOptions,
} from '../handoff/triggers';
import { getRecognition } from '../../dialogs/turnRecognition';
import { takeHandoffRequest } from '../../dialogs/handoffRequest';
import { HandoffCopy } from '../../dialogs/handoffCopy';
import { queuedReply } from '../../dialogs/handoffReplies';
import { transcriptKey } from './handoffMiddleware';

/** What escalation needs. */
export interface HandoffEscalationDeps {
  service: HandoffService;
  transcript: TranscriptBuffer;
  signals: StatePropertyAccessor<HandoffSignals>;
  providers: CaseContextProvider<TurnContext>[];
  /** 0..1 frustration of a message (src/nlu/sentiment). */
  frustration(text: string): number;
  /** False when no staff can take a case (no accounts configured): only explicit asks get an answer. */
  enabled(): boolean;
  /** True when a flow is waiting for this message (a prompt): its answers are not misunderstandings. */
  inFlow?(context: TurnContext): Promise<boolean>;
  triggers?: TriggerOptions;
}

/** The conversation reference stored in a case. */
export function caseConversation(context: TurnContext): CaseConversation {
  const ref = TurnContext.getConversationReference(context.activity);
  const conv = ref.conversation ?? context.activity.conversation;
  return {
    channelId: ref.channelId ?? context.activity.channelId,
    serviceUrl: ref.serviceUrl ?? context.activity.serviceUrl,
    conversation: {
      id: conv.id,
      ...(conv.tenantId ? { tenantId: conv.tenantId } : {}),
      ...(conv.conversationType ? { conversationType: conv.conversationType } : {}),
      ...(conv.isGroup !== undefined ? { isGroup: conv.isGroup } : {}),
    },
    user: {
      id: context.activity.from.id,
      ...(context.activity.from.name ? { name: context.activity.from.name } : {}),
    },
    bot: {
      id: context.activity.recipient?.id ?? 'bot',
      ...(context.activity.recipient?.name ? { name: context.activity.recipient.name } : {}),
    },
    ...(context.activity.locale ? { locale: context.activity.locale } : {}),
  };
}

/** Transcript lines as the activities of a `handoff.initiate` Transcript attachment. */
function transcriptActivities(lines: CaseLine[], conv: CaseConversation): Partial<Activity>[] {
  return lines.map((l) => ({
    type: 'message',
    text: l.text,
    timestamp: new Date(l.at),
    from:
      l.from === 'shopper'
        ? { id: conv.user.id, role: 'user', name: conv.user.name ?? '' }
        : { id: conv.bot.id, role: 'bot', name: conv.bot.name ?? '' },
  }));
}

/** The trigger check around the dialogs. */
export class HandoffEscalation {
  private readonly triggers: TriggerOptions;

  constructor(private readonly deps: HandoffEscalationDeps) {
    this.triggers = deps.triggers ?? TRIGGER_DEFAULTS;
  }

  /** Runs before the dialogs; true when the turn was handled here (the dialogs must not run). */
  async beforeDialogs(context: TurnContext): Promise<boolean> {
    const recognition = getRecognition(context);
    if (!recognition) return false;
    const turn = {
      text: recognition.text,
      intent: String(recognition.intent),
      score: recognition.score,
      frustration: this.deps.frustration(recognition.text),
      inFlow: (await this.deps.inFlow?.(context)) ?? false,
    };
    const signals = nextSignals(
      await this.deps.signals.get(context, emptySignals()),
      turn,
      new Date().toISOString(),
      this.triggers,
    );
    await this.deps.signals.set(context, signals);
    const escalation = escalationFor(turn, signals, this.triggers);
    if (!escalation) return false;
    if (!this.deps.enabled()) {
      if (escalation.reason !== 'requested') return false;
      await context.sendActivity(HandoffCopy.noStaff());
      return true;
    }
    await this.escalate(context, escalation);
    await this.deps.signals.set(context, { ...signals, misunderstoodInRow: 0 });
    return true;
  }

  /** Runs after the dialogs: opens a case a dialog asked for. */
  async afterDialogs(context: TurnContext): Promise<void> {
    const request = takeHandoffRequest(context);
    if (!request) return;
    // The shopper accepted a person the dialog offered: without staff they must hear that nobody can come.
    if (!this.deps.enabled()) return void (await context.sendActivity(HandoffCopy.noStaff()));
    await this.escalate(context, { reason: request.reason, priority: 'high', detail: request.detail });
  }

  /** Opens (or finds) the case, sends handoff.initiate with the transcript, and the queue message. */
  async escalate(context: TurnContext, escalation: Escalation): Promise<void> {
    const conversation = caseConversation(context);
    const transcript = this.deps.transcript.lines(
      transcriptKey(conversation.channelId, conversation.conversation.id),
    );
    const place = await this.deps.service.open({
      reason: escalation.reason,
      detail: escalation.detail.slice(0, 500),
      priority: escalation.priority,
      conversation,
      shopper: {
        channelId: conversation.channelId,
        userId: conversation.user.id,
        ...(conversation.user.name ? { name: conversation.user.name } : {}),
      },
      createdAt: new Date().toISOString(),
      transcript,
      lines: [],
      context: await collectContext(context, this.deps.providers),
    });
    const c = place.case;
    if (place.created) {
      const handoffContext = { caseId: c.id, reason: c.reason, priority: c.priority, detail: c.detail };
      await context.sendActivity(
        EventFactory.createHandoffInitiation(context, handoffContext, {
          activities: transcriptActivities(transcript, conversation) as Activity[],
        }),
      );
    }
    if (c.state === 'assigned')
      await context.sendActivity(HandoffCopy.alreadyWithAgent(c.agentName ?? 'Someone'));
    else
      await context.sendActivity(
        queuedReply(HandoffCopy.queued(escalation.reason, place.position, place.waitMinutes)),
      );
  }
}
