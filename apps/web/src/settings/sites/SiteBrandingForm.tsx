import type { Branding, Site, UpdateSiteBody } from "@parley/protocol/sites";
import { type FormEvent, useState } from "react";
import type { z } from "zod";
import { Button } from "../../ui/Button";
import { FormMessage } from "../../ui/FormMessage";
import { SelectField } from "../../ui/SelectField";
import { Switch } from "../../ui/Switch";
import { useUnsavedChangesGuard } from "../../forms/useUnsavedChangesGuard";
import { TextField } from "../../ui/TextField";
import { useSiteSave } from "./useSiteSave";
import { ColourField } from "./ColourField";
import { colourHint } from "./colourHints";
import { previewBrandingOf } from "./previewBranding";
import { WidgetPreview } from "./WidgetPreview";

/** The branding's numbers, edited as text so a half-typed value is the server's to judge. */
type Draft = Omit<Branding, "offsetX" | "offsetY" | "responseDelaySeconds" | "botAvatarUrl"> & {
  offsetX: string;
  offsetY: string;
  responseDelaySeconds: string;
  botAvatarUrl: string;
};

const COLOURS = [
  ["launcherColor", "Launcher"],
  ["headerColor", "Header"],
  ["botBubbleColor", "Bot messages"],
  ["visitorBubbleColor", "Visitor messages"],
  ["buttonColor", "Buttons"],
] as const;

const POSITIONS = [
  { value: "bottom-right", label: "Bottom right" },
  { value: "bottom-left", label: "Bottom left" },
];

const draftOf = (b: Branding): Draft => ({
  ...b,
  offsetX: String(b.offsetX),
  offsetY: String(b.offsetY),
  responseDelaySeconds: String(b.responseDelaySeconds),
  botAvatarUrl: b.botAvatarUrl ?? "",
});

const numberOf = (text: string): number => Number(text.trim());

/** Numbers typed as text are checked here (the server would only see "not a number"). */
function numberProblems(d: Draft): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const key of ["offsetX", "offsetY"] as const)
    if (!/^\d+$/.test(d[key].trim())) problems[`branding.${key}`] = "Must be a whole number of pixels";
  if (!/^\d+(\.\d+)?$/.test(d.responseDelaySeconds.trim()))
    problems["branding.responseDelaySeconds"] = "Must be a number of seconds, such as 1 or 0.5";
  return problems;
}

const bodyOf = (d: Draft): z.input<typeof UpdateSiteBody> => ({
  branding: {
    ...d,
    offsetX: numberOf(d.offsetX),
    offsetY: numberOf(d.offsetY),
    responseDelaySeconds: numberOf(d.responseDelaySeconds),
    botAvatarUrl: d.botAvatarUrl.trim() === "" ? null : d.botAvatarUrl.trim(),
    font: d.font.trim() === "" ? "inherit" : d.font.trim(),
  },
});

interface SiteBrandingFormProps {
  site: Site;
  /** The widget language and privacy link as the site settings form shows them now (for the preview). */
  language: Site["language"];
  privacyUrl: string | null;
}

/** How the widget looks and behaves on this site (product.md §7), beside the live preview. Render with key={site.id}. */
export function SiteBrandingForm({ site, language, privacyUrl }: SiteBrandingFormProps) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(site.branding));
  const set =
    <K extends keyof Draft>(key: K) =>
    (value: Draft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));
  const save = useSiteSave(site.id);
  const err = (key: keyof Branding) => save.errors[`branding.${key}`];
  const [initial] = useState(() => JSON.stringify(bodyOf(draftOf(site.branding))));
  useUnsavedChangesGuard(save.isDirty(initial, bodyOf(draft)));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.submit(bodyOf(draft), numberProblems(draft));
  };

  return (
    <form noValidate className="form" onSubmit={submit} aria-label={`Widget appearance of ${site.name}`}>
      <div className="branding-layout">
        <div className="stack">
          <div className="card form">
            <h3>Widget appearance</h3>
            <TextField
              label="Bot name"
              value={draft.botName}
              onChange={set("botName")}
              error={err("botName")}
              className="field-narrow"
            />
            <TextField
              label="Header text"
              value={draft.headerText}
              onChange={set("headerText")}
              error={err("headerText")}
              className="field-narrow"
            />
            <TextField
              label="Bot avatar URL"
              inputMode="url"
              placeholder="https://example.com/avatar.png"
              hint="An image shown beside the bot's name. Leave empty for the bot's initial."
              value={draft.botAvatarUrl}
              onChange={set("botAvatarUrl")}
              error={err("botAvatarUrl")}
            />
            <div className="colour-grid">
              {COLOURS.map(([key, label]) => (
                <ColourField
                  key={key}
                  label={label}
                  value={draft[key]}
                  onChange={set(key)}
                  error={err(key)}
                  hint={colourHint(key, draft[key])}
                />
              ))}
            </div>
            <TextField
              label="Font"
              placeholder="inherit"
              hint='A CSS font family list such as "Inter, sans-serif"; "inherit" uses the page&apos;s font.'
              value={draft.font}
              onChange={set("font")}
              error={err("font")}
              className="field-narrow"
            />
          </div>
          <div className="card form">
            <h3>Placement and behaviour</h3>
            <SelectField
              label="Position"
              value={draft.position}
              onChange={(value) => set("position")(value as Branding["position"])}
              options={POSITIONS}
              error={err("position")}
            />
            <div className="field-row">
              <TextField
                label="Offset from the side (px)"
                inputMode="numeric"
                value={draft.offsetX}
                onChange={set("offsetX")}
                error={err("offsetX")}
              />
              <TextField
                label="Offset from the bottom (px)"
                inputMode="numeric"
                value={draft.offsetY}
                onChange={set("offsetY")}
                error={err("offsetY")}
              />
            </div>
            <TextField
              label="Response delay (seconds)"
              inputMode="decimal"
              hint="The bot shows it is typing for this long before each message (0 to 10)."
              value={draft.responseDelaySeconds}
              onChange={set("responseDelaySeconds")}
              error={err("responseDelaySeconds")}
              className="field-narrow"
            />
            <Switch
              label="New-message sound"
              checked={draft.sounds}
              onChange={set("sounds")}
              hint="A short sound when a message arrives while the visitor is on another tab or the chat is closed."
            />
            <Switch
              label="Poke bubble"
              checked={draft.poke}
              onChange={set("poke")}
              hint="The first words of a dialogue appear beside the launcher before the chat opens."
            />
            <Switch
              label="Poke bubble on mobile"
              checked={draft.pokeOnMobile}
              onChange={set("pokeOnMobile")}
              disabled={!draft.poke}
              hint="Off: on narrow screens the launcher shows a badge instead."
            />
          </div>
        </div>
        <aside className="branding-preview" aria-label="Preview">
          <WidgetPreview
            siteId={site.id}
            branding={previewBrandingOf(bodyOf(draft).branding ?? {}, site.branding)}
            language={language}
            privacyUrl={privacyUrl}
          />
        </aside>
      </div>
      <FormMessage
        error={save.error}
        fields={["branding"]}
        success={save.isSaved(bodyOf(draft)) ? "Widget appearance saved." : null}
      />
      <div className="form-actions">
        <Button type="submit" variant="primary" disabled={save.pending}>
          {save.pending ? "Saving…" : "Save appearance"}
        </Button>
      </div>
    </form>
  );
}
