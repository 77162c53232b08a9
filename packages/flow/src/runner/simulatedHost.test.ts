import { describe, expect, it } from "vitest";
import type { Card } from "../card";
import type { Routing } from "../cards/routing";
import type { Stream } from "../stream";
import { buildStream } from "../testing/buildStream";
import { newDriveState } from "./driveState";
import type { DriveResult } from "./driveStream";
import { driveStream } from "./driveStream";
import type { RunInput } from "./runInput";
import type { RunOutput } from "./runOutput";
import type { SimulatedHostOptions } from "./simulatedHost";
import { createSimulatedHost } from "./simulatedHost";

// Wednesday 15 January 2025, 10:00 UTC: 11:00 in Paris, 05:00 in New York.
const NOW = "2025-01-15T10:00:00.000Z";

const say = (id: string, text = `At ${id}`, next: string | null = null): Card => ({
  id,
  type: "message",
  text,
  next,
});
const shown = (outputs: RunOutput[]) =>
  outputs.map((o) => ("text" in o && Array.isArray(o.text) ? o.text.map((t) => t.text).join("") : o.type));

/** Runs the stream from the start through `inputs`, as the test chat would, and returns every drive. */
async function chat(stream: Stream, options: Partial<SimulatedHostOptions> = {}, inputs: RunInput[] = []) {
  const host = createSimulatedHost({ stream, now: NOW, ...options });
  const drives: DriveResult[] = [await driveStream(host, newDriveState(), { kind: "start" })];
  for (const input of inputs) drives.push(await driveStream(host, drives[drives.length - 1]!.state, input));
  return { host, drives, all: drives.flatMap((d) => shown(d.outputs)) };
}

describe("simulated host: the visitor", () => {
  const stream = buildStream([
    {
      id: "email",
      type: "capture",
      text: "Your email?",
      kind: "email",
      field: "person.email",
      skipIfKnown: true,
      next: "thanks",
    },
    say("thanks", 'We will write to {{person.email}}, {{person.firstName | "friend"}}'),
  ]);

  it("a known visitor skips the capture and the tokens show their fields", async () => {
    const { all, host } = await chat(stream, {
      visitor: { person: { email: "ada@example.com", firstName: "Ada" } },
    });
    expect(all).toEqual(["We will write to ada@example.com, Ada", "completed"]);
    expect(host.path.map((p) => p.cardId)).toEqual(["email", "thanks"]);
    expect(host.log).toEqual([]);
  });

  it("an unknown visitor is asked; the email given identifies them and shows up in later tokens", async () => {
    const { all, host } = await chat(stream, {}, [{ kind: "answer", value: "grace@example.com" }]);
    expect(all).toEqual(["Your email?", "We will write to grace@example.com, friend", "completed"]);
    expect(host.person).toEqual({ email: "grace@example.com" });
    expect(host.log.map((e) => [e.cardId, e.effect.type, e.kept ?? false])).toEqual([
      ["email", "identifyByEmail", false],
      ["email", "saveField", false],
    ]);
  });

  it("an Action card overwrites the visitor's value, as live", async () => {
    const overwrite = buildStream([
      { id: "set", type: "action", field: "person.plan", value: "trial", next: "say" },
      say("say", "Plan: {{person.plan}}"),
    ]);
    const { host } = await chat(overwrite, { visitor: { person: { plan: "enterprise" } } });
    expect(host.person.plan).toBe("trial");
    expect(host.log[0]).toMatchObject({ cardId: "set", effect: { type: "saveField", value: "trial" } });
  });

  it("visitor attributes drive branches (page, country, utm …)", async () => {
    const branch = buildStream([
      {
        id: "b",
        type: "branch",
        branches: [
          {
            id: "fr",
            conditions: {
              match: "all",
              conditions: [{ type: "attribute", attribute: "visitor.country", operator: "is", value: "FR" }],
            },
            next: "bonjour",
          },
        ],
        elseNext: "hello",
      },
      say("bonjour"),
      say("hello"),
    ]);
    expect((await chat(branch, { visitor: { attributes: { country: "FR" } } })).all[0]).toBe("At bonjour");
    expect((await chat(branch, { visitor: { attributes: { country: "US" } } })).all[0]).toBe("At hello");
  });
});

describe("simulated host: live chat", () => {
  const liveChat = (routing: Routing): Stream =>
    buildStream([
      {
        id: "chat",
        type: "liveChat",
        text: "Connecting you",
        routing,
        offerMeetingOnFallback: true,
        fallbackMessage: "Nobody is free",
      },
    ]);

  it("agents available: the chat connects with the sample agent and the bot's part ends", async () => {
    const { drives, host } = await chat(liveChat({ strategy: "round_robin" }), {
      agents: true,
      agentName: "Grace",
    });
    expect(shown(drives[0]!.outputs)).toEqual(["Connecting you", "completed"]);
    expect(drives[0]!.state.main.agent).toEqual({ name: "Grace" });
    expect(host.log[0]?.answer).toEqual({
      kind: "liveChatResult",
      outcome: "connected",
      agent: { name: "Grace" },
    });
  });

  it("nobody available: the fallback text, then the meeting offer waits until the tester books", async () => {
    const { drives, host } = await chat(liveChat({ strategy: "round_robin" }), { agents: false });
    expect(shown(drives[0]!.outputs)).toEqual(["Connecting you", "Nobody is free", "meeting"]);
    expect(drives[0]!.state.main.waiting).toMatchObject({ cardId: "chat", accepts: ["meetingResult"] });
    expect(host.log.map((e) => e.effect.type)).toEqual(["routeLiveChat", "offerMeetingSlots"]);

    const booked = await driveStream(host, drives[0]!.state, host.meetingAnswer(true));
    expect(shown(booked.outputs)).toEqual(["completed"]);
    expect(booked.state.main.agent).toEqual({ name: "Alex" });
  });

  it("per team: a chat routed to a team nobody of is available falls back to anyone only if allowed", async () => {
    const agents = { agentIds: ["u1"], teamIds: ["sales"] };
    const connected = (routing: Routing) =>
      chat(liveChat(routing), { agents }).then((r) => r.drives[0]!.state.main.status === "completed");
    expect(await connected({ strategy: "team", teamId: "sales" })).toBe(true);
    expect(await connected({ strategy: "team", teamId: "support", fallbackToRoundRobin: false })).toBe(false);
    expect(await connected({ strategy: "team", teamId: "support" })).toBe(true);
    expect(await connected({ strategy: "specific_agent", agentId: "u2", fallbackToRoundRobin: false })).toBe(
      false,
    );
    expect(await connected({ strategy: "specific_agent", agentId: "u1", fallbackToRoundRobin: false })).toBe(
      true,
    );
  });

  it("everyone available makes a Branch on a particular team's availability true", async () => {
    const branch = buildStream([
      {
        id: "b",
        type: "branch",
        branches: [
          {
            id: "open",
            conditions: {
              match: "all",
              conditions: [{ type: "agentAvailability", scope: "team", teamId: "t9", operator: "is" }],
            },
            next: "open",
          },
        ],
        elseNext: "closed",
      },
      say("open"),
      say("closed"),
    ]);
    expect((await chat(branch, { agents: true })).all[0]).toBe("At open");
    expect((await chat(branch, { agents: false })).all[0]).toBe("At closed");
  });
});

describe("simulated host: webhooks, office hours, library, flows, the log", () => {
  const webhook = buildStream([
    {
      id: "w",
      type: "webhook",
      url: "https://example.com/enrich",
      responseMapping: [{ path: "data.company", field: "company.name" }],
      success: "ok",
      failure: "ko",
    },
    say("ok", "Welcome, {{company.name}}"),
    say("ko", "We could not look you up"),
  ]);

  it("a webhook answers at once with the configured body; a failing one takes the failure branch", async () => {
    const ok = await chat(webhook, { webhook: { ok: true, body: { data: { company: "Acme" } } } });
    expect(ok.all).toEqual(["Welcome, Acme", "completed"]);
    expect(ok.host.company).toEqual({ name: "Acme" });
    const failed = await chat(webhook, { webhook: { ok: false, body: { error: "down" } } });
    expect(failed.all).toEqual(["We could not look you up", "completed"]);
    expect(failed.host.log[0]?.answer).toEqual({
      kind: "webhookResult",
      ok: false,
      status: 500,
      body: { error: "down" },
    });
  });

  const officeHours = (timezone: string) =>
    buildStream([
      {
        id: "b",
        type: "branch",
        branches: [
          {
            id: "open",
            conditions: {
              match: "all",
              conditions: [
                {
                  type: "officeHours",
                  timezone,
                  blocks: [{ day: "wed", from: "09:00", to: "17:00" }],
                  operator: "is",
                },
              ],
            },
            next: "open",
          },
        ],
        elseNext: "closed",
      },
      say("open"),
      say("closed"),
    ]);

  it("office hours are read at the frozen instant on the condition's time zone", async () => {
    expect((await chat(officeHours("Europe/Paris"))).all[0]).toBe("At open");
    expect((await chat(officeHours("America/New_York"))).all[0]).toBe("At closed");
    expect((await chat(officeHours("Europe/Paris"), { now: "2025-01-15T16:30:00.000Z" })).all[0]).toBe(
      "At closed",
    );
  });

  it("the answer library answers exactly as the server's search does", async () => {
    const stream = buildStream([
      { id: "a", type: "answer", text: "Ask away", maxQuestions: 1, matched: null, noMatch: null },
    ]);
    const answers = [
      { id: "p", question: "How much does it cost?", answer: "It is free.", keywords: ["pricing"] },
    ];
    const { all, host } = await chat(stream, { answers }, [{ kind: "answer", value: "what is the pricng" }]);
    expect(all).toEqual(["Ask away", "It is free.", "completed"]);
    expect(host.log[0]?.answer).toEqual({
      kind: "answersFound",
      matches: [{ id: "p", question: "How much does it cost?", answer: "It is free." }],
    });
  });

  it("runs published flows by id and records what every card did, in order, with the path", async () => {
    const main = buildStream([
      { id: "f", type: "flow", flowId: "qualify", next: "consent" },
      {
        id: "consent",
        type: "consent",
        text: "May we keep your data?",
        accepted: "split",
        declined: null,
      },
      { id: "split", type: "split", branches: [{ id: "a", weight: 1, next: "offer" }] },
      {
        id: "offer",
        type: "content",
        title: "Guide",
        url: "https://example.com/guide.pdf",
        kind: "pdf",
        next: null,
      },
    ]);
    const qualify = buildStream([{ id: "g", type: "goal", goal: "qualified", score: 2, next: null }]);
    const { host, all } = await chat(main, { flows: { qualify } }, [{ kind: "consent", accepted: true }]);
    expect(all.at(-1)).toBe("completed");
    expect(host.path).toEqual([
      { cardId: "f", flowId: null },
      { cardId: "g", flowId: "qualify" },
      { cardId: "consent", flowId: null },
      { cardId: "split", flowId: null },
      { cardId: "offer", flowId: null },
    ]);
    expect(host.log.map((e) => `${e.flowId ?? "main"}:${e.cardId}:${e.effect.type}`)).toEqual([
      "qualify:g:markGoal",
      "qualify:g:setScore",
      "main:consent:recordConsent",
      "main:split:recordSplit",
      "main:offer:recordContentOffer",
    ]);
    expect(host.log[2]?.effect).toMatchObject({ accepted: true, at: NOW });
  });

  it("a flow that is not given is skipped, as an unpublished one is live", async () => {
    const main = buildStream([{ id: "f", type: "flow", flowId: "missing", next: "after" }, say("after")]);
    expect((await chat(main)).all).toEqual(["At after", "completed"]);
  });

  it("the same seed takes the same split branch", async () => {
    const split = buildStream([
      {
        id: "s",
        type: "split",
        branches: [
          { id: "a", weight: 1, next: "a" },
          { id: "b", weight: 1, next: "b" },
        ],
      },
      say("a"),
      say("b"),
    ]);
    const branches = async (seed: number) => (await chat(split, { seed })).all[0];
    expect(await branches(7)).toBe(await branches(7));
    const seen = new Set(await Promise.all([1, 2, 3, 4, 5, 6, 7, 8].map(branches)));
    expect(seen).toEqual(new Set(["At a", "At b"]));
  });
});
