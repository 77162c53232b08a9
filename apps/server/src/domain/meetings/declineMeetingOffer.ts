import type { MeetingOfferView } from "@parley/protocol/meetings";
import type { AppContext } from "../../api/context";
import { conflict } from "../../errors";
import { nowIso } from "../../lib/clock";
import { assertTimeZone, offerView } from "./readOfferView";
import { enqueueMeetingResult } from "./runMeetingResult";
import { visitorOffer } from "./visitorOffer";

/**
 * `POST /api/widget/meetings/offers/:offerId/decline`: the visitor does not want a meeting. The
 * offer closes and its card takes the not-booked branch (a job, like a booking's result). Declining
 * a closed offer again changes nothing; a booked one cannot be declined (cancel the meeting instead).
 */
export async function declineMeetingOffer(
  ctx: AppContext,
  input: { offerId: string; visitorToken: string; timeZone?: string },
): Promise<MeetingOfferView> {
  const timeZone = input.timeZone ?? "UTC";
  assertTimeZone("timeZone", timeZone);
  const { db, kind } = ctx.store;
  const { result, queued } = await db.transaction().execute(async (trx) => {
    const { offer, conversation } = await visitorOffer(trx, {
      ...input,
      secretKey: ctx.secretKey,
      lock: kind,
    });
    if (offer.status === "booked")
      throw conflict("This meeting is booked: cancel it with the link in the invitation", {
        reason: "booked",
      });
    if (offer.status === "closed") return { result: { offer, conversation }, queued: false };
    const closed = { ...offer, status: "closed" as const, updated_at: nowIso() };
    await trx
      .updateTable("meeting_offers")
      .set({ status: closed.status, updated_at: closed.updated_at })
      .where("id", "=", offer.id)
      .execute();
    const queued = await enqueueMeetingResult(trx, offer, { booked: false });
    return { result: { offer: closed, conversation }, queued };
  });
  if (queued) ctx.jobs.poke();
  return offerView(db, ctx.presence, result.offer, result.conversation, timeZone);
}
