import type { ConditionGroup } from "../conditions/condition";
import type { FieldValue, VisitorAttributes } from "../conditions/conditionContext";
import { splitFieldPath } from "../fieldPath";
import type { SearchableAnswer } from "../library/searchAnswers";
import { searchAnswers } from "../library/searchAnswers";
import { localizeStream } from "../localizeStream";
import type { Stream } from "../stream";
import { SeededRandom } from "../testing/seededRandom";
import type { DriveHost, FlowRef } from "./driveStream";
import type { RunEffect } from "./runEffect";
import type { RunInput } from "./runInput";
import { simulatedAvailability, simulatedRoutingFinds } from "./simulatedHostAgents";

// The designer's test chat runs the draft through driveStream with this host: nothing is stored,
// sent or booked; what would have happened is written to `log`. Docs: docs/flow-driver.md.

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
  /** A saveField that did not overwrite a different value the visitor already had. */
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
  /** The input to feed when the tester books (or declines) the offered meeting. */
  meetingAnswer(booked: boolean): RunInput;
}

const DEFAULT_AGENT = "Alex";
const DAY_MS = 24 * 60 * 60 * 1000;

const isKnown = (value: FieldValue) =>
  value !== undefined &&
  value !== null &&
  !(typeof value === "string" && value.trim() === "") &&
  !(Array.isArray(value) && value.length === 0);

/** A DriveHost for the test chat: the options' visitor, agents, clock and library, effects only logged. */
export function createSimulatedHost(options: SimulatedHostOptions): SimulatedHost {
  const log: SimulatedEvent[] = [];
  const path: VisitedCard[] = [];
  const person: Record<string, FieldValue> = { ...options.visitor?.person };
  const company: Record<string, FieldValue> = { ...options.visitor?.company };
  const random = new SeededRandom(options.seed ?? 1);
  const availability = simulatedAvailability(options.agents ?? false, [
    options.stream,
    ...Object.values(options.flows ?? {}),
  ]);
  const agent = { name: options.agentName ?? DEFAULT_AGENT };

  const record = (effect: RunEffect, flow: FlowRef | null, answer: RunInput | null, kept?: boolean) => {
    log.push({
      cardId: effect.cardId,
      flowId: flow?.dialogueId ?? null,
      effect,
      answer,
      ...(kept && { kept }),
    });
    return answer;
  };

  const answerFor = (effect: RunEffect): RunInput | null => {
    switch (effect.type) {
      case "searchAnswers":
        return {
          kind: "answersFound",
          matches: searchAnswers(options.answers ?? [], effect.query, 3).map((m) => ({
            id: m.answer.id,
            question: m.answer.question,
            answer: m.answer.answer,
          })),
        };
      case "routeLiveChat":
        return simulatedRoutingFinds(effect.routing, availability)
          ? { kind: "liveChatResult", outcome: "connected", agent }
          : { kind: "liveChatResult", outcome: "unavailable" };
      case "callWebhook": {
        const outcome = options.webhook ?? { ok: true };
        return {
          kind: "webhookResult",
          ok: outcome.ok,
          status: outcome.status ?? (outcome.ok ? 200 : 500),
          ...(outcome.body !== undefined && { body: outcome.body }),
        };
      }
      default:
        return null;
    }
  };

  return {
    log,
    path,
    person,
    company,
    stream(flow) {
      const stream = flow ? options.flows?.[flow.dialogueId] : options.stream;
      if (!stream) throw new Error(`No flow ${flow?.dialogueId ?? ""} in the simulation`);
      return localizeStream(stream, options.language ?? options.visitor?.attributes?.language);
    },
    context: () => ({
      person: { ...person },
      company: { ...company },
      visitor: { ...options.visitor?.attributes },
      ...(options.segments && { segments: options.segments }),
      availability,
      now: options.now,
      random: random.next(),
    }),
    flow: (flowId) => (options.flows?.[flowId] ? { dialogueId: flowId, version: 1 } : null),
    visited: (cardId, flow) => path.push({ cardId, flowId: flow?.dialogueId ?? null }),
    effect(effect, _outputs, flow) {
      if (effect.type === "saveField") {
        const { entity, key } = splitFieldPath(effect.field);
        const fields = entity === "person" ? person : company;
        // The server re-checks on commit: a value it already has is kept unless the card overwrites.
        // (An email just identified by is the same value: saved, not kept.)
        const kept = !effect.overwrite && isKnown(fields[key]) && fields[key] !== effect.value;
        if (kept) return record(effect, flow, null, true);
        fields[key] = effect.value;
      } else if (effect.type === "identifyByEmail") person.email = effect.email;
      return record(effect, flow, answerFor(effect));
    },
    meetingAnswer: (booked) =>
      booked
        ? {
            kind: "meetingResult",
            booked: true,
            agent,
            startsAt: new Date(Date.parse(options.now) + DAY_MS).toISOString(),
          }
        : { kind: "meetingResult", booked: false },
  };
}
