// "I want to return my order", "start a return", "send these boots back": a shopper acting on a return
// (the return flow), as opposed to asking about returns ("how long do I have to return something", the FAQ).

const ACTING = [
  /\b(start|open|begin|make|process|initiate|file|request|arrange)\b[\w\s]{0,15}\breturns?\b/i,
  /\b(want|wanna|would like|'d like|like|need|going|have)\s+to\s+(return|send\b[\w\s]{0,25}?\bback)\b/i,
  /^\s*(please\s+)?return\s+(my|this|the|these|that|an?)\b/i,
];

/** True when the message asks to start a return rather than asking about the policy. */
export function asksToStartReturn(text: string): boolean {
  if (/^\s*(how|what|when|can|could|do|does|is|are|where)\b/i.test(text)) return false;
  return ACTING.some((pattern) => pattern.test(text));
}
