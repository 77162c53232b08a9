import type { AppContext } from "../../api/context";
import { conflict } from "../../errors";
import { queueMail } from "../../mail/queueMail";
import { fillWords, mailLanguage } from "../../mail/words/mailWords";
import type { Actor } from "../auth/actor";
import { transcriptFile } from "./transcriptFile";

/**
 * Mails the conversation's transcript (no notes) to the visitor's email through the outbox, the text
 * in the body and as a .txt attachment, the mail's own words in the conversation's language. Text
 * only: nothing anyone typed can become markup. A visitor who gave no email: 409.
 */
export async function emailTranscript(
  ctx: AppContext,
  actor: Actor,
  siteId: string,
  conversationId: string,
): Promise<{ to: string; outboxId: string }> {
  const file = await transcriptFile(ctx.store.db, actor, siteId, conversationId);
  if (!file.email) throw conflict("This visitor gave no email address", { reason: "no_email" });
  const to = file.email;
  const { words } = mailLanguage(file.language);
  const site = { site: file.siteName };
  const outboxId = await ctx.store.db.transaction().execute((trx) =>
    queueMail(trx, {
      kind: "transcript",
      to,
      subject: fillWords(words.transcriptSubject, site),
      text: `${fillWords(words.transcriptLead, site)}\n\n${file.text}`,
      attachments: [
        {
          filename: file.filename,
          contentType: "text/plain",
          content: Buffer.from(file.text).toString("base64"),
        },
      ],
    }),
  );
  ctx.jobs.poke();
  return { to, outboxId };
}
