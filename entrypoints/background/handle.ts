import type { Browser } from 'wxt/browser';
import { onMessage } from '@/utils/messaging';
import { PROTOCOL, type AnswerTo, type BackgroundMessage, type PayloadOut } from '@/utils/messaging/protocol';
import { checkSender, type CheckedSender } from '@/utils/messaging/sender-portal';

type Sender = Browser.runtime.MessageSender;
type Rule<K extends BackgroundMessage> = (typeof PROTOCOL)[K]['from'];
type Answer<K extends BackgroundMessage> = AnswerTo<K> | Promise<AnswerTo<K>>;

/** A background handler with its protocol rule applied: the sender checked, then the payload parsed. */
export interface Handler<K extends BackgroundMessage> {
  (data: unknown, sender: Sender): Promise<AnswerTo<K>>;
  readonly type: K;
}

interface Options<K extends BackgroundMessage> {
  /** The answer to a payload that fails its schema, for callers that expect one instead of an error. */
  refuse?: () => AnswerTo<K>;
}

/**
 * Wraps `answer` in the rule the protocol table gives `type`: the sender is checked before the
 * payload is looked at, and the payload parsed strictly. The handler sees only what passed,
 * with the sender's tab when the rule is a portal script's.
 */
export function handler<K extends BackgroundMessage>(
  type: K,
  answer: (payload: PayloadOut<K>, from: CheckedSender<Rule<K>> & { sender: Sender }) => Answer<K>,
  options: Options<K> = {},
): Handler<K> {
  const rule = PROTOCOL[type];
  const checked = async (data: unknown, sender: Sender): Promise<AnswerTo<K>> => {
    const from = await checkSender(rule.from as Rule<K>, sender);
    const payload = rule.payload.safeParse(data);
    if (!payload.success) {
      if (options.refuse) return options.refuse();
      throw payload.error;
    }
    return answer(payload.data as PayloadOut<K>, { ...from, sender });
  };
  return Object.assign(checked, { type });
}

/** Registers handlers with the messaging layer; returns the function that removes them. */
export function listen(...handlers: Handler<BackgroundMessage>[]): () => void {
  const stops = handlers.map((h) => onMessage(h.type, ({ data, sender }) => h(data, sender) as never));
  return () => stops.forEach((stop) => stop());
}
