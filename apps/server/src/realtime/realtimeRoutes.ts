import { ClientFrame, type ServerFrame } from "@parley/protocol/realtime";
import { Branding } from "@parley/protocol/sites";
import type { App, AppContext } from "../api/context";
import { AppError } from "../errors";
import { parseJson } from "../lib/json";
import { connectionIdentity, type Identity, sessionUser } from "./connectionIdentity";
import { mayJoin } from "./mayJoin";
import { mayReceive } from "./mayReceive";
import { frameBudget } from "./frameBudget";
import { createMessageDelivery } from "./messageDelivery";
import { handleChatFrame } from "./chatFrames";
import { handlePresenceFrame } from "./presenceFrames";
import { handleVisitorFrame } from "./visitorFrames";
import { createVisitorPresenceDelivery } from "./visitorPresenceDelivery";

export interface RealtimeOptions {
  /** How often the server pings; a connection that missed the previous ping's pong is dropped. */
  heartbeatMs: number;
}

const MAX_SUBSCRIPTIONS = 100;
/** The close code of a visitor's socket when the visitor was erased. */
export const VISITOR_ERASED_CLOSE = 4410;

export function realtimeRoutes(app: App, ctx: AppContext, options: RealtimeOptions): void {
  const visitorPresence = createVisitorPresenceDelivery(ctx);
  app.get("/ws", { websocket: true, config: { policy: "public" } }, async (socket, request) => {
    const send = (frame: ServerFrame) => {
      if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(frame));
    };
    // Frames that arrive while the connection is being set up wait for it.
    const early: string[] = [];
    const onEarly = (data: Buffer) => early.push(data.toString());
    socket.on("message", onEarly);

    let identity: Identity;
    try {
      identity = await connectionIdentity(request, ctx);
    } catch (error) {
      const e = error instanceof AppError ? error : new AppError("internal", "Could not authenticate");
      send({ type: "error", code: e.code, message: e.message });
      socket.close(4401, e.code);
      return;
    }
    // A visitor's widget counts as on the site from here until its socket closes (no await between).
    if (identity.kind === "visitor" && socket.readyState === socket.OPEN) {
      const { siteId, visitorId } = identity;
      ctx.visitors.connected(siteId, visitorId);
      socket.once("close", () => ctx.visitors.disconnected(siteId, visitorId));
    }

    const subscriptions = new Map<string, () => Promise<void>>();
    let told = Promise.resolve();
    const deliver = identity.kind === "visitor" ? await visitorDelivery(ctx, identity.siteId, send) : null;
    const join = async (channel: string) => {
      if (subscriptions.has(channel)) return;
      const off = await ctx.bus.subscribe(channel, (event) => {
        if (identity.kind === "agent" && event.name === "access.changed") {
          queue = queue
            .then(recheckAccess)
            .catch((err) => request.log.error({ err }, "websocket access re-check failed"));
          return;
        }
        if (identity.kind === "agent" && event.name === "visitor.presence") {
          // In arrival order, each told only of the conversations this agent may see.
          const actor = identity.actor;
          told = told
            .then(() => visitorPresence(actor, event))
            .then((heard) => {
              if (heard) send({ type: "event", ...heard });
            })
            .catch((err) => request.log.error({ err }, "visitor presence delivery failed"));
          return;
        }
        if (identity.kind === "visitor" && event.name === "visitor.erased") {
          // Erased (domain/retention/eraseSubject.ts): told why, then the socket closes on every node.
          send({ type: "event", ...event });
          socket.close(VISITOR_ERASED_CLOSE, "erased");
          return;
        }
        if (deliver && event.name === "conversation.step") void deliver(event.data);
        else if (identity.kind === "visitor" || mayReceive(identity.actor, event))
          send({ type: "event", ...event });
      });
      if (socket.readyState !== socket.OPEN) await off();
      else subscriptions.set(channel, off);
    };

    const handle = async (raw: string) => {
      let json: unknown;
      try {
        json = JSON.parse(raw);
      } catch {
        return send({ type: "error", code: "bad_request", message: "Frames must be JSON" });
      }
      const parsed = ClientFrame.safeParse(json);
      if (!parsed.success) {
        // Echo a ref only when it is one (a string); anything else is part of what was malformed.
        const ref =
          typeof json === "object" && json && "ref" in json && typeof json.ref === "string"
            ? json.ref.slice(0, 64)
            : undefined;
        return send({
          type: "error",
          code: "validation_failed",
          message: `Unknown or malformed frame: ${parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"} ${i.message}`).join("; ")}`,
          ref,
        });
      }
      const frame = parsed.data;
      switch (frame.type) {
        case "ping":
          return send({ type: "pong", ref: frame.ref });
        case "subscribe":
          if (!(await mayJoin(ctx, identity, frame.channel))) {
            return send({
              type: "error",
              code: "forbidden",
              message: `You may not join ${frame.channel}`,
              ref: frame.ref,
            });
          }
          if (subscriptions.size >= MAX_SUBSCRIPTIONS) {
            return send({
              type: "error",
              code: "rate_limited",
              message: "Too many subscriptions",
              ref: frame.ref,
            });
          }
          await join(frame.channel);
          return send({ type: "subscribed", channel: frame.channel, ref: frame.ref });
        case "unsubscribe": {
          await subscriptions.get(frame.channel)?.();
          subscriptions.delete(frame.channel);
          return send({ type: "unsubscribed", channel: frame.channel, ref: frame.ref });
        }
        case "conversation.start":
        case "conversation.input":
        case "conversation.resume":
          if (identity.kind !== "visitor") {
            return send({
              type: "error",
              code: "forbidden",
              message: "Conversation frames are for visitors",
              ref: frame.ref,
            });
          }
          {
            const visitor = identity;
            return answer(frame.ref, () => handleVisitorFrame(ctx, visitor, frame, send));
          }
        case "chat.send":
        case "chat.typing":
        case "chat.seen":
        case "chat.end":
          return answer("ref" in frame ? frame.ref : undefined, () =>
            handleChatFrame(ctx, identity, frame, send),
          );
        case "presence.beat":
          return answer(frame.ref, () => handlePresenceFrame(ctx, identity, frame, send));
        default: {
          const unreachable: never = frame;
          return unreachable;
        }
      }
    };

    /** Runs a frame's command; its failure is told to the client (with the frame's ref), never swallowed. */
    const answer = async (ref: string | undefined, run: () => Promise<void>) => {
      try {
        await run();
      } catch (error) {
        if (!(error instanceof AppError)) {
          // Logged with its stack; the client still hears that this frame failed, so it never waits forever.
          request.log.error({ err: error }, "conversation frame failed");
          return send({
            type: "error",
            code: "internal",
            message: "Something went wrong on the server; try again",
            ref,
          });
        }
        send({
          type: "error",
          code: error.code,
          message: error.message,
          details: error.details,
          ref,
        });
      }
    };

    // The user's role, sites or session changed: read the session again. Gone (signed out,
    // deactivated, password changed): the connection closes. Otherwise it goes on with the new
    // permissions and leaves the channels it may no longer hear.
    const recheckAccess = async () => {
      if (identity.kind !== "agent") return;
      const actor = await sessionUser(request, ctx);
      if (!actor) {
        send({ type: "error", code: "unauthenticated", message: "Your session has ended: sign in again" });
        socket.close(4401, "unauthenticated");
        return;
      }
      identity = { kind: "agent", actor };
      for (const [channel, off] of [...subscriptions]) {
        if (await mayJoin(ctx, identity, channel)) continue;
        subscriptions.delete(channel);
        await off();
        send({ type: "unsubscribed", channel });
      }
    };

    // Process frames one at a time, in order.
    let queue = Promise.resolve();
    const overBudget = identity.kind === "visitor" ? frameBudget(ctx.config.limits.socketFrames) : () => 0;
    const enqueue = (raw: string) => {
      const retryAfterSeconds = overBudget();
      // Refused without reading it, but answered in order with the frames before it.
      const work =
        retryAfterSeconds > 0
          ? async () =>
              send({
                type: "error",
                code: "rate_limited",
                message: `Too many frames on this connection. Try again in ${retryAfterSeconds} second(s).`,
                details: { retryAfterSeconds },
              })
          : () => handle(raw);
      queue = queue.then(work).catch((err) => request.log.error({ err }, "websocket frame failed"));
    };

    let alive = true;
    socket.on("pong", () => {
      alive = true;
    });
    const heartbeat = setInterval(() => {
      if (!alive) return socket.terminate();
      alive = false;
      socket.ping();
    }, options.heartbeatMs);

    socket.on("close", () => {
      clearInterval(heartbeat);
      for (const off of subscriptions.values()) void off();
      subscriptions.clear();
    });

    const own = identity.kind === "visitor" ? `visitor:${identity.visitorId}` : `user:${identity.actor.id}`;
    await join(own);
    send({
      type: "hello",
      kind: identity.kind,
      id: identity.kind === "visitor" ? identity.visitorId : identity.actor.id,
    });
    // Only now, with the connection's own channel joined, hand frames to the handler: first those that
    // arrived during set-up, in order, then the rest. No await between these lines, so none is lost.
    socket.off("message", onEarly);
    socket.on("message", (data: Buffer) => enqueue(data.toString()));
    for (const raw of early) enqueue(raw);
  });
}

/** Bot messages reach a visitor after the site's response delay, shown as typing. */
async function visitorDelivery(ctx: AppContext, siteId: string, send: (frame: ServerFrame) => void) {
  const site = await ctx.store.db
    .selectFrom("sites")
    .select("branding")
    .where("id", "=", siteId)
    .executeTakeFirst();
  const delayMs = Branding.parse(parseJson<object>(site?.branding ?? null, {})).responseDelaySeconds * 1000;
  return createMessageDelivery(send, () => delayMs);
}
