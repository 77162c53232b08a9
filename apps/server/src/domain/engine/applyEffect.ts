import type { RunEffect } from "@parley/flow/runner/runEffect";
import type { Kysely } from "kysely";
import type { ConversationTable, Database } from "../../store/schema";
import { identifyVisitor } from "../people/identifyVisitor";
import { saveVisitorField } from "../people/saveVisitorField";
import type { EventLog } from "./recordEvent";

/**
 * Performs an effect that needs no answer, inside the step's transaction: fields, identity, goals,
 * score, consent, content offers, A/B assignments. Returns the conversation with what changed.
 */
export async function applyEffect(
  db: Kysely<Database>,
  conversation: ConversationTable,
  effect: RunEffect,
  log: EventLog,
): Promise<ConversationTable> {
  const conv = { ...conversation };
  switch (effect.type) {
    case "saveField": {
      const saved = await saveVisitorField(db, {
        siteId: conv.site_id,
        visitorId: conv.visitor_id,
        field: effect.field,
        value: effect.value,
        overwrite: effect.overwrite,
      });
      conv.person_id = saved.personId;
      if (saved.unsaved)
        log.add(conv, "answer_not_saved", effect.cardId, { field: effect.field, value: effect.value });
      log.personChanged(conversation.person_id === null, effect.field.startsWith("company."));
      if (effect.field === "person.phone")
        log.add(conv, "phone_given", effect.cardId, { phone: effect.value });
      log.add(conv, "field_saved", effect.cardId, { field: effect.field });
      return conv;
    }
    case "identifyByEmail": {
      const { personId, outcome, unsaved, mergedFrom } = await identifyVisitor(db, {
        siteId: conv.site_id,
        visitorId: conv.visitor_id,
        email: effect.email,
      });
      conv.person_id = personId;
      log.personChanged(outcome === "created");
      if (mergedFrom) log.personMerged(mergedFrom);
      log.add(conv, "email_given", effect.cardId, { email: effect.email, outcome });
      for (const answer of unsaved) log.add(conv, "answer_not_saved", effect.cardId, answer);
      return conv;
    }
    case "markGoal":
      log.add(conv, "goal_reached", effect.cardId, { goal: effect.goal });
      return conv;
    case "setScore":
      conv.score = effect.score;
      return conv;
    case "recordConsent":
      log.add(conv, "consent_given", effect.cardId, {
        accepted: effect.accepted,
        text: effect.text,
        privacyUrl: effect.privacyUrl ?? null,
        at: effect.at,
      });
      return conv;
    case "recordContentOffer":
      log.add(conv, "content_offered", effect.cardId, { title: effect.title, url: effect.url });
      return conv;
    case "recordSplit":
      log.add(conv, "split_assigned", effect.cardId, { branchId: effect.branchId });
      return conv;
    default:
      throw new Error(`effect ${effect.type} is not performed inline`);
  }
}
