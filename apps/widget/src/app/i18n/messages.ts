import type { InvalidAnswerCode } from "@parley/flow/runner/validateCapture";

/** Why the server (or the widget) refused an answer. */
export type InvalidCode = InvalidAnswerCode;

/** A text with plural forms (Intl.PluralRules categories); `other` is required, `{n}` is the number. */
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** Every text the widget itself shows (dialogue texts come from the server). `{name}`-style placeholders. */
export interface Messages {
  /** The launcher's label (same texts as the loader's launcherLabels.ts). */
  openChat: string;
  closeChat: string;
  /** The chat window's accessible name. */
  chatWith: string;
  /** A day line: `{day}` ("Today", "Mar 3") and `{time}` in the language's usual order and separator. */
  dayAndTime: string;
  conversation: string;
  send: string;
  yourAnswer: string;
  typeHere: string;
  pickAbove: string;
  emailPlaceholder: string;
  phonePlaceholder: string;
  numberPlaceholder: string;
  askPlaceholder: string;
  noMoreQuestions: string;
  accept: string;
  decline: string;
  privacyPolicy: string;
  open: string;
  pdf: string;
  page: string;
  /** Meeting booking (ui/createMeetingCard.ts). */
  meetingDays: string;
  /** The times' group: `{day}` the whole day ("Monday, March 1"). */
  meetingTimesOn: string;
  /** `{zone}`: the zone's name ("Eastern Time"). */
  meetingTimesIn: string;
  meetingMinutes: string;
  meetingWith: string;
  meetingEmail: string;
  meetingBook: string;
  meetingOtherTimes: string;
  /** `{when}`: day and time (dayAndTime), `{name}`: the host. */
  meetingBooked: string;
  meetingTaken: string;
  /** Nobody has a free time (the site's noSlotsText replaces it). */
  meetingNoSlots: string;
  meetingContinue: string;
  meetingNoThanks: string;
  meetingNotBooked: string;
  meetingRetry: string;
  /** Above a booking an agent shared in a live chat. */
  meetingShared: string;
  connecting: string;
  nobodyAvailable: string;
  noAnswer: string;
  failed: string;
  reconnecting: string;
  offline: string;
  sending: string;
  ended: string;
  dismiss: string;
  you: string;
  newMessageFrom: string;
  latest: string;
  /** Live chat: the composer's placeholder; after the chat ended: chatRestart. */
  chatPlaceholder: string;
  chatRestart: string;
  /** The queue: `{n}` = 1 is next. */
  queuePosition: string;
  /** `{n}` minutes (at least 1). */
  queueWait: string;
  /** The card once an agent took the chat. */
  chatWithAgent: string;
  agentJoined: string;
  agentTransferred: string;
  chatWaiting: string;
  chatEndedIdle: string;
  chatEndedAgent: string;
  chatEndedYou: string;
  /** The card after the chat ended: writing again starts a new one. */
  chatEnded: string;
  endChat: string;
  endChatConfirm: string;
  endChatYes: string;
  cancel: string;
  /** Under the visitor's last message once the agent read it. */
  read: string;
  unread: Plural;
  invalid: Record<InvalidCode, string>;
}
