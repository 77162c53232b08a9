import { z } from "zod";
import { CardText, Label } from "./cards/cardBase";
import { CardId } from "./cardId";

/** The words of one card in another language; anything left out stays in the default language. */
export const CardTranslation = z.strictObject({
  text: CardText.optional(),
  followUpText: CardText.optional(),
  fallbackMessage: CardText.optional(),
  placeholder: Label.optional(),
  acceptLabel: Label.optional(),
  declineLabel: Label.optional(),
  title: Label.optional(),
  /** Question buttons by answer id: the label changes, the stored value does not. */
  answers: z.record(CardId, Label).optional(),
});
export type CardTranslation = z.infer<typeof CardTranslation>;

/** A language tag such as `fr`, `pt-BR`, `zh-CN`. */
export const LanguageTag = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "must be a language tag such as fr or pt-BR");

/** Translations of a stream's texts: language → card id → texts. */
export const StreamTranslations = z.record(LanguageTag, z.record(CardId, CardTranslation));
export type StreamTranslations = z.infer<typeof StreamTranslations>;
