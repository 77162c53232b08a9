import {
  ConversationNote,
  InboxConversation,
  InboxConversationParams,
  InboxPage,
  InboxQuery,
  NoteBody,
} from "@parley/protocol/liveChat";
import { SiteParams } from "@parley/protocol/common";
import { z } from "zod";
import type { Actor } from "../../domain/auth/actor";
import { addConversationNote } from "../../domain/chat/addConversationNote";
import { emailTranscript } from "../../domain/chat/emailTranscript";
import { transcriptFile } from "../../domain/chat/transcriptFile";
import { listInbox } from "../../domain/conversations/listInbox";
import { readInboxConversation } from "../../domain/conversations/readInboxConversation";
import type { App, AppContext } from "../context";
import { liveChatExamples } from "../chats/liveChatExamples";

const tags = ["inbox"];
/** Who reads the inbox: agents, and whoever may see conversations. Each route checks the conversation itself. */
const READERS = ["livechat.answer", "conversations.view_all", "conversations.view_own"] as const;
const AfterSeqQuery = z.strictObject({ afterSeq: z.coerce.number().int().min(0).default(0) });

/** The agent inbox: its lists, a conversation, internal notes and the transcript (download, email). */
export function inboxRoutes(app: App, ctx: AppContext): void {
  const { db } = ctx.store;
  app.get(
    "/api/sites/:siteId/inbox",
    {
      schema: {
        summary: "List the inbox",
        description:
          "The agent inbox: `view=mine|queue|all`, filtered by visitor, kind and chat status, newest first, paged with `cursor`.",
        tags,
        params: SiteParams,
        querystring: InboxQuery,
        response: { 200: InboxPage },
      },
      config: { examples: liveChatExamples.inbox, policy: READERS },
    },
    async (request) =>
      listInbox(db, ctx.visitors, request.actor as Actor, request.params.siteId, request.query),
  );
  app.get(
    "/api/sites/:siteId/inbox/:conversationId",
    {
      schema: {
        summary: "Open an inbox conversation",
        description:
          "One chat as the inbox shows it: the conversation, its messages, internal notes and the visitor's details.",
        tags,
        params: InboxConversationParams,
        querystring: AfterSeqQuery,
        response: { 200: InboxConversation },
      },
      config: { examples: liveChatExamples.conversation, policy: READERS },
    },
    async (request) =>
      readInboxConversation(
        db,
        ctx.visitors,
        request.actor as Actor,
        request.params.siteId,
        request.params.conversationId,
        request.query.afterSeq,
      ),
  );
  app.post(
    "/api/sites/:siteId/inbox/:conversationId/notes",
    {
      schema: {
        summary: "Add an internal note",
        description: "A note on the chat that only agents see.",
        tags,
        params: InboxConversationParams,
        body: NoteBody,
        response: { 200: ConversationNote, 201: ConversationNote },
      },
      config: { examples: liveChatExamples.note, policy: ["livechat.answer", "conversations.view_all"] },
    },
    async (request, reply) => {
      const { siteId, conversationId } = request.params;
      const { note, created } = await addConversationNote(
        ctx,
        request.actor as Actor,
        siteId,
        conversationId,
        request.body,
      );
      return reply.status(created ? 201 : 200).send(note);
    },
  );
  app.get(
    "/api/sites/:siteId/inbox/:conversationId/transcript.txt",
    {
      schema: {
        summary: "Download a transcript",
        description: "The chat's transcript as plain text.",
        tags,
        params: InboxConversationParams,
        response: { 200: z.string() },
      },
      config: { policy: READERS },
    },
    async (request, reply) => {
      const file = await transcriptFile(
        db,
        request.actor as Actor,
        request.params.siteId,
        request.params.conversationId,
      );
      return reply
        .header("content-type", "text/plain; charset=utf-8")
        .header("content-disposition", `attachment; filename="${file.filename}"`)
        .send(file.text);
    },
  );
  app.post(
    "/api/sites/:siteId/inbox/:conversationId/transcript/email",
    {
      schema: {
        summary: "Email a transcript",
        description: "Mails the chat's transcript to an address (queued as mail).",
        tags,
        params: InboxConversationParams,
        response: { 202: z.object({ to: z.string(), outboxId: z.string() }) },
      },
      config: { policy: ["livechat.answer", "conversations.view_all"] },
    },
    async (request, reply) =>
      reply
        .status(202)
        .send(
          await emailTranscript(
            ctx,
            request.actor as Actor,
            request.params.siteId,
            request.params.conversationId,
          ),
        ),
  );
}
