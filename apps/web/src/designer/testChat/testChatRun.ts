import { answerLabel, type ReplyLabels } from "@parley/flow/render/answerLabel";
import type { DriveState } from "@parley/flow/runner/driveState";
import { newDriveState } from "@parley/flow/runner/driveState";
import { driveStream } from "@parley/flow/runner/driveStream";
import type { RunInput } from "@parley/flow/runner/runInput";
import type { RunOutput } from "@parley/flow/runner/runOutput";
import type { Waiting } from "@parley/flow/runner/runState";
import {
  createSimulatedHost,
  type SimulatedEvent,
  type SimulatedHostOptions,
  type VisitedCard,
} from "@parley/flow/runner/simulatedHost";

/** What the visitor answered: the input the runner gets, and (meeting slots) the words shown for it. */
export interface TestReply {
  input: RunInput;
  /** How the reply reads in the transcript when answerLabel cannot say (a booked slot). */
  shown?: string;
}

/** One line of the test transcript. */
export type TranscriptEntry =
  | { from: "bot"; output: RunOutput }
  | { from: "visitor"; text: string }
  /** The simulated agent took the chat. */
  | { from: "agent"; text: string };

/** A prompt the visitor can answer now: the output that asked, and what the runner accepts. */
export interface OpenPrompt {
  output: Extract<RunOutput, { type: "question" | "capture" | "consent" | "answerPrompt" | "meeting" }>;
  waiting: Waiting;
}

/** Everything the pane shows of one test run. */
export interface TestChatRun {
  transcript: TranscriptEntry[];
  state: DriveState;
  /** What the visitor can answer now; null when the conversation ended or waits for nobody. */
  prompt: OpenPrompt | null;
  /** The stream ended (or was handed to the simulated agent), or failed. */
  ended: boolean;
  log: readonly SimulatedEvent[];
  path: readonly VisitedCard[];
}

export const REPLY_LABELS: ReplyLabels = {
  noMoreQuestions: "No more questions",
  accept: "I agree",
  decline: "No, thanks",
};

const PROMPT_TYPES = new Set<RunOutput["type"]>([
  "question",
  "capture",
  "consent",
  "answerPrompt",
  "meeting",
]);
const isPrompt = (output: RunOutput): output is OpenPrompt["output"] => PROMPT_TYPES.has(output.type);

/** The runner state that is waiting now: a running flow's, else the draft's own. */
const current = (state: DriveState) => state.flow?.state ?? state.main;

function lastPrompt(transcript: readonly TranscriptEntry[]): OpenPrompt["output"] | null {
  for (let i = transcript.length - 1; i >= 0; i--) {
    const entry = transcript[i] as TranscriptEntry;
    if (entry.from === "bot" && isPrompt(entry.output)) return entry.output;
  }
  return null;
}

function openPrompt(state: DriveState, transcript: readonly TranscriptEntry[]): OpenPrompt | null {
  const run = current(state);
  const waiting = run.waiting;
  if (run.status !== "waiting" || !waiting) return null;
  const output = lastPrompt(transcript);
  return output && output.cardId === waiting.cardId ? { output, waiting } : null;
}

/** What the simulated host answered at once that the visitor notices: an agent joining. */
function agentLines(events: readonly SimulatedEvent[]): TranscriptEntry[] {
  return events.flatMap((event): TranscriptEntry[] => {
    const answer = event.answer;
    if (answer?.kind !== "liveChatResult" || answer.outcome !== "connected") return [];
    return [{ from: "agent", text: `${answer.agent?.name ?? "An agent"} (sample agent) joined the chat` }];
  });
}

/**
 * Plays a test conversation: `start`, then each reply in turn, through packages/flow's driver with
 * the simulated host built from `options` — the loop the server runs, with simulated effects. The
 * same options and replies always give the same run (the clock is frozen, the random numbers seeded),
 * so the pane replays from the start rather than keeping a host alive between renders.
 */
export async function playTestChat(
  options: SimulatedHostOptions,
  replies: readonly TestReply[],
): Promise<TestChatRun> {
  const host = createSimulatedHost(options);
  const transcript: TranscriptEntry[] = [];
  let state = newDriveState();
  const step = async (input: RunInput) => {
    const seen = host.log.length;
    const result = await driveStream(host, state, input);
    state = result.state;
    for (const output of result.outputs)
      if (output.type !== "completed") transcript.push({ from: "bot", output });
    transcript.push(...agentLines(host.log.slice(seen)));
  };
  await step({ kind: "start" });
  for (const reply of replies) {
    const prompt = lastPrompt(transcript);
    const input = reply.input;
    const text =
      reply.shown ??
      (input.kind === "answer" || input.kind === "done" || input.kind === "consent"
        ? answerLabel(input, prompt, REPLY_LABELS)
        : null);
    if (text !== null) transcript.push({ from: "visitor", text });
    await step(input);
  }
  const run = current(state);
  return {
    transcript,
    state,
    prompt: openPrompt(state, transcript),
    ended: run.status === "completed" || run.status === "failed",
    log: [...host.log],
    path: [...host.path],
  };
}

/**
 * What the canvas highlights: the card the draft waits at (a Flow card while its flow runs), and the
 * draft's cards entered, in order (a flow's own cards are not on this canvas).
 */
export function canvasHighlight(run: TestChatRun | null): { current: string | null; path: string[] } {
  if (!run) return { current: null, path: [] };
  const main = run.state.main;
  const path = run.path.filter((step) => step.flowId === null).map((step) => step.cardId);
  return { current: main.status === "waiting" ? (main.waiting?.cardId ?? null) : null, path };
}
