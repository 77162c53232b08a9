import type { Card } from "@parley/flow/card";
import type { Stream } from "@parley/flow/stream";
import { LANGUAGES } from "@parley/protocol/languages";
import { type Dispatch, useState } from "react";
import { ConfirmButton } from "../../ui/ConfirmButton";
import { SelectField } from "../../ui/SelectField";
import type { DesignerAction } from "../state/designerAction";
import {
  addLanguage,
  dialogueLanguages,
  missingTranslations,
  removeLanguage,
  setCardText,
  translatableTexts,
  translationOf,
} from "./cardTranslations";
import { languageName } from "./languageName";
import { TemplateField } from "./TemplateField";
import type { TokenGroup } from "./tokenCatalog";

interface TranslationsSectionProps {
  card: Card;
  stream: Stream;
  languages: readonly string[];
  /** The site's own widget language, which the default texts are in (null: the visitor's browser). */
  siteLanguage: string | null;
  tokens: readonly TokenGroup[];
  dispatch: Dispatch<DesignerAction>;
}

/** The card's visible texts in each of the dialogue's other languages; missing ones are marked. */
export function TranslationsSection({
  card,
  stream,
  languages,
  siteLanguage,
  tokens,
  dispatch,
}: TranslationsSectionProps) {
  const all = dialogueLanguages(stream, languages);
  const [chosen, setChosen] = useState<string | null>(null);
  const [tooLong, setTooLong] = useState<Readonly<Record<string, string>>>({});
  const language = chosen && all.includes(chosen) ? chosen : (all[0] ?? null);
  const texts = translatableTexts(card);
  const addable = LANGUAGES.filter((l) => !all.includes(l) && l !== siteLanguage);
  const translation = language ? stream.translations?.[language]?.[card.id] : undefined;
  const setTranslations = (translations: Stream["translations"], coalesceKey?: string) =>
    dispatch({
      type: "setTranslations",
      translations: translations ?? {},
      ...(coalesceKey ? { coalesceKey } : {}),
    });

  if (texts.length === 0) {
    return (
      <section className="panel-section" aria-labelledby="panel-languages">
        <h3 id="panel-languages" className="panel-section-title">
          Languages
        </h3>
        <p className="field-hint">This card shows no text to translate.</p>
      </section>
    );
  }
  return (
    <section className="panel-section" aria-labelledby="panel-languages">
      <h3 id="panel-languages" className="panel-section-title">
        Languages
      </h3>
      {all.length === 0 ? (
        <p className="field-hint">
          Texts are in the default language only. Add a language to translate them.
        </p>
      ) : (
        <SelectField
          label="Translate into"
          value={language ?? ""}
          options={all.map((l) => {
            const missing = missingTranslations(stream, card, l).length;
            return { value: l, label: `${languageName(l)}${missing > 0 ? ` (${missing} missing)` : ""}` };
          })}
          onChange={setChosen}
        />
      )}
      <div className="panel-language-actions">
        {addable.length > 0 && (
          <SelectField
            label="Add a language"
            hideLabel
            value=""
            placeholder="Add a language…"
            className="select-compact"
            options={addable.map((l) => ({ value: l, label: languageName(l) }))}
            onChange={(l) => {
              setTranslations(addLanguage(stream.translations, l));
              setChosen(l);
            }}
          />
        )}
        {language && (
          <ConfirmButton
            label={`Remove ${languageName(language)}`}
            question={`Remove ${languageName(language)} and its texts from every card of this dialogue?`}
            onConfirm={() => setTranslations(removeLanguage(stream.translations, language))}
          />
        )}
      </div>
      {language &&
        texts.map((text) => {
          const value = translationOf(translation, text.key);
          const key = `${language}:${text.key}`;
          return (
            <TemplateField
              key={key}
              label={`${text.label} in ${languageName(language)}`}
              short={text.short}
              tokens={tokens}
              placeholder={text.source}
              value={tooLong[key] ?? value}
              error={
                tooLong[key] !== undefined
                  ? `Keep it to ${text.short ? 200 : 5000} characters or fewer.`
                  : undefined
              }
              badge={value.trim() === "" ? "Missing" : undefined}
              hint={value.trim() === "" ? `Visitors see “${text.source}”.` : undefined}
              onBlur={() => dispatch({ type: "endCoalesce" })}
              onChange={(next) => {
                const rest = { ...tooLong };
                delete rest[key];
                if (next.length > (text.short ? 200 : 5000)) return setTooLong({ ...rest, [key]: next });
                setTooLong(rest);
                setTranslations(
                  setCardText(stream.translations, language, card.id, text.key, next),
                  `${card.id}:tr:${key}`,
                );
              }}
            />
          );
        })}
    </section>
  );
}
