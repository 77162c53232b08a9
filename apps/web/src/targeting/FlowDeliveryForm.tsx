import { type Dialogue, DELIVERIES, type FlowSettings } from "@parley/protocol/dialogues";
import { useState } from "react";
import { fieldErrorsOf } from "../forms/fieldErrorsOf";
import { useUnsavedChangesGuard } from "../forms/useUnsavedChangesGuard";
import { Button } from "../ui/Button";
import { CopyButton } from "../ui/CopyButton";
import { FormMessage } from "../ui/FormMessage";
import { SelectField } from "../ui/SelectField";
import { Switch } from "../ui/Switch";
import { flowSnippets } from "./flowSnippets";
import { PatternListField } from "./PatternListField";
import { UrlTester } from "./UrlTester";
import { useSaveTargeting } from "./useTargetingDialogue";

interface FlowDeliveryFormProps {
  siteId: string;
  flow: Dialogue;
}

const DELIVERY_LABELS: Record<(typeof DELIVERIES)[number], string> = {
  chat: "In the chat window",
  popup: "As a popup",
  inline: "Inline, in the page (where you place it)",
};

/** A flow is triggered, not targeted: how it shows, whether it starts on page load, and the code to start it. */
export function FlowDeliveryForm({ siteId, flow }: FlowDeliveryFormProps) {
  const [settings, setSettings] = useState<FlowSettings>(flow.flowSettings);
  const [include, setInclude] = useState<string[]>(flow.targeting.include);
  const [exclude, setExclude] = useState<string[]>(flow.targeting.exclude);
  const save = useSaveTargeting(siteId, flow.id);
  const clean = (list: readonly string[]) => list.map((p) => p.trim()).filter(Boolean);
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const dirty =
    !same(settings, flow.flowSettings) ||
    !same(clean(include), flow.targeting.include) ||
    !same(clean(exclude), flow.targeting.exclude);
  useUnsavedChangesGuard(dirty);
  const errors = fieldErrorsOf(save.error);
  const snippets = flowSnippets(flow.id, settings.delivery);

  return (
    <form
      className="targeting-main"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate({
          flowSettings: settings,
          targeting: { ...flow.targeting, include: clean(include), exclude: clean(exclude) },
        });
      }}
    >
      <section className="targeting-section" aria-labelledby="flow-delivery">
        <h2 id="flow-delivery">Delivery</h2>
        <SelectField
          label="Show the flow"
          value={settings.delivery}
          options={DELIVERIES.map((d) => ({ value: d, label: DELIVERY_LABELS[d] }))}
          onChange={(delivery) =>
            setSettings({ ...settings, delivery: delivery as FlowSettings["delivery"] })
          }
          error={errors["flowSettings.delivery"]}
        />
        <Switch
          label="Start on page load"
          checked={settings.onPageLoad}
          onChange={(onPageLoad) => setSettings({ ...settings, onPageLoad })}
          hint="Once per visitor, on the pages below. Otherwise it starts only from a link, a form or the JavaScript API."
        />
      </section>

      <section className="targeting-section" aria-labelledby="flow-pages">
        <h2 id="flow-pages">Pages where it starts by itself</h2>
        <p className="field-hint">
          Used only with “Start on page load”. Links and the JavaScript API work on every page.
        </p>
        <div className="pattern-columns">
          <PatternListField
            title="Start on"
            field="targeting.include"
            patterns={include}
            onChange={setInclude}
            errors={errors}
            emptyText="No patterns: every page of the site."
          />
          <PatternListField
            title="Never on"
            field="targeting.exclude"
            patterns={exclude}
            onChange={setExclude}
            errors={errors}
            emptyText="No page is excluded."
          />
        </div>
        <UrlTester include={include} exclude={exclude} />
      </section>

      <section className="targeting-section" aria-labelledby="flow-trigger">
        <h2 id="flow-trigger">How to start it</h2>
        {snippets.map((s) => (
          <div key={s.title} className="stack">
            <h3 className="subheading">{s.title}</h3>
            <p className="field-hint">{s.hint}</p>
            <pre className="snippet">{s.code}</pre>
            <div>
              <CopyButton text={s.code} label={`Copy: ${s.title}`} />
            </div>
          </div>
        ))}
        {flow.status !== "published" && (
          <p className="field-hint">The flow starts on your site only once it is published.</p>
        )}
      </section>

      <div className="save-bar">
        <Button type="submit" variant="primary" disabled={!dirty || save.isPending}>
          {save.isPending ? "Saving…" : "Save delivery"}
        </Button>
        <span className="field-hint" aria-live="polite">
          {dirty ? "Unsaved changes" : save.isSuccess ? "Saved" : "No changes"}
        </span>
      </div>
      <FormMessage error={save.error} fields={["targeting", "flowSettings"]} />
    </form>
  );
}
