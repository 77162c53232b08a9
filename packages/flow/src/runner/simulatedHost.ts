import type { ConditionGroup } from "../conditions/condition";
import type { FieldValue, VisitorAttributes } from "../conditions/conditionContext";
import type { SearchableAnswer } from "../library/searchAnswers";
import type { Stream } from "../stream";
import type { DriveHost } from "./driveStream";
import type { RunEffect } from "./runEffect";
import type { RunInput } from "./runInput";

// OWNED BY h-driver. The designer's test chat runs the draft through driveStream with this host:
// nothing is stored, sent or booked; what would have happened is written to `log`.

/** Who the test visitor is. A known visitor has person fields (an email at least); an unknown one none. */
export interface SimulatedVisitor {
  person?: Readonly<Record<string, FieldValue>>;
  company?: Readonly<Record<string, FieldValue>>;
  /** page.url, language, timezone, device, country, utm … of the visit. */
  attributes?: VisitorAttributes;
}

/**
 * Who could take a chat: everyone (`true`), nobody (`false`), or these agents and teams (for
 * Branch's agentAvailability conditions and a Live chat card routed to a team or an agent).
 */
export type SimulatedAgents = boolean | { agentIds: readonly string[]; teamIds: readonly string[] };

export interface SimulatedHostOptions {
  /** The draft being tested. */
  stream: Stream;
  /** Published flows a Flow card may run, by flow (dialogue) id. A missing one is skipped, as live. */
  flows?: Readonly<Record<string, Stream>>;
  /** The visitor's language: the stream's texts are localised for it, as live. */
  language?: string;
  visitor?: SimulatedVisitor;
  /** Default false: nobody is available. */
  agents?: SimulatedAgents;
  /** The name of the agent who "connects" or "books" (default "Alex"). */
  agentName?: string;
  /** The frozen instant every step runs at (office hours, consent records), ISO 8601. */
  now: string;
  /** Saved segments by id, for segment conditions. */
  segments?: Readonly<Record<string, ConditionGroup>>;
  /** The site's answer library, searched exactly as the server searches it. */
  answers?: readonly SearchableAnswer[];
  /** What every webhook answers. Default: ok, status 200, no body. */
  webhook?: { ok: boolean; status?: number; body?: unknown };
  /** Seed of the random numbers split cards draw (default 1): the same seed takes the same branch. */
  seed?: number;
}

/** One thing the stream made happen, in order. */
export interface SimulatedEvent {
  /** The card that asked for it. */
  cardId: string;
  /** The nested flow it ran in, or null: the draft itself. */
  flowId: string | null;
  effect: RunEffect;
  /** What the simulation answered at once (answersFound, liveChatResult, webhookResult), if anything. */
  answer: RunInput | null;
  /** A saveField that did not overwrite a value the visitor already had. */
  kept?: boolean;
}

/** A card the conversation entered, in order. */
export interface VisitedCard {
  cardId: string;
  flowId: string | null;
}

export interface SimulatedHost extends DriveHost {
  /** What happened, per card, in order. */
  readonly log: readonly SimulatedEvent[];
  /** Every card entered, in order (flows' cards included). */
  readonly path: readonly VisitedCard[];
  /** The simulated person and company now (saved fields and identified emails included). */
  readonly person: Readonly<Record<string, FieldValue>>;
  readonly company: Readonly<Record<string, FieldValue>>;
}

/** A DriveHost for the test chat: the options' visitor, agents, clock and library, effects only logged. */
export function createSimulatedHost(options: SimulatedHostOptions): SimulatedHost {
  const log: SimulatedEvent[] = [];
  const path: VisitedCard[] = [];
  return {
    log,
    path,
    person: { ...options.visitor?.person },
    company: { ...options.visitor?.company },
    stream: () => options.stream,
    context: () => ({ now: options.now, random: 0 }),
    flow: () => null,
    effect: () => null,
    visited: (cardId, flow) => path.push({ cardId, flowId: flow?.dialogueId ?? null }),
  };
}
