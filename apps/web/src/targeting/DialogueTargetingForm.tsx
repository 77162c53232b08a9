import type { Dialogue } from "@parley/protocol/dialogues";
import { Link } from "@tanstack/react-router";
import { useMemo, useState } from "react";
import { useFields } from "../data/useFields";
import { errorFor, fieldErrorsOf } from "../forms/fieldErrorsOf";
import { useUnsavedChangesGuard } from "../forms/useUnsavedChangesGuard";
import { Button } from "../ui/Button";
import { FormMessage } from "../ui/FormMessage";
import { Switch } from "../ui/Switch";
import { attributeLabel } from "./audience/audienceAttributes";
import { ConditionGroupEditor } from "./audience/ConditionGroupEditor";
import { EVERYONE } from "./audience/conditionGroupEdits";
import type { ConditionNames } from "./audience/describeCondition";
import { PatternListField } from "./PatternListField";
import { ScheduleFields } from "./ScheduleFields";
import { storedScheduleOf } from "./schedule/scheduleDraft";
import { audienceProblemsOf, isTargetingDirty, targetingBodyOf, targetingDraftOf } from "./targetingDraft";
import { TriggerField } from "./TriggerField";
import { UrlTester } from "./UrlTester";
import { useSaveTargeting } from "./useTargetingDialogue";
import { useSegments } from "./useSegments";
import { WhoWouldSeePanel } from "./WhoWouldSeePanel";

interface DialogueTargetingFormProps {
  siteId: string;
  dialogue: Dialogue;
}

const filled = (list: readonly string[]) => list.map((p) => p.trim()).filter(Boolean);
const BROWSER_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** A dialogue's pages, audience, trigger and schedule, saved together with an explicit Save. */
export function DialogueTargetingForm({ siteId, dialogue }: DialogueTargetingFormProps) {
  const [draft, setDraft] = useState(() => targetingDraftOf(dialogue, BROWSER_ZONE));
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const save = useSaveTargeting(siteId, dialogue.id);
  const fields = useFields(siteId);
  const segments = useSegments(siteId);
  const dirty = isTargetingDirty(draft, dialogue);
  useUnsavedChangesGuard(dirty);

  const errors = { ...fieldErrorsOf(save.error), ...localErrors };
  const audienceProblems = audienceProblemsOf(save.error);
  const schedule = storedScheduleOf(draft.schedule);
  const names = useMemo((): ConditionNames => {
    const name = (list: readonly { id: string; name: string }[], id: string) =>
      list.find((x) => x.id === id)?.name ?? id;
    return {
      attribute: (p) => attributeLabel(p, fields.data ?? []),
      segment: (id) => name(segments.data ?? [], id),
      team: (id) => id,
      agent: (id) => id,
    };
  }, [fields.data, segments.data]);

  const submit = () => {
    const body = targetingBodyOf(draft);
    if (!body.ok) return setLocalErrors(body.errors);
    setLocalErrors({});
    save.mutate(
      { targeting: body.targeting, schedule: body.schedule },
      { onSuccess: (saved) => setDraft(targetingDraftOf(saved, draft.schedule.zone)) },
    );
  };

  return (
    <div className="targeting-layout">
      <form
        className="targeting-main"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <section className="targeting-section" aria-labelledby="targeting-pages">
          <h2 id="targeting-pages">Pages</h2>
          <p className="field-hint">
            <code>*</code> matches anything: <code>/pricing*</code>, <code>*.example.com/docs/*</code>. Add{" "}
            <code>?utm_source=linkedin</code> to require a query parameter. An exclude pattern wins.
          </p>
          <div className="pattern-columns">
            <PatternListField
              title="Show on"
              field="targeting.include"
              patterns={draft.include}
              onChange={(include) => setDraft({ ...draft, include })}
              errors={errors}
              emptyText="No patterns: every page of the site."
            />
            <PatternListField
              title="Never on"
              field="targeting.exclude"
              patterns={draft.exclude}
              onChange={(exclude) => setDraft({ ...draft, exclude })}
              errors={errors}
              emptyText="No page is excluded."
            />
          </div>
          <UrlTester include={draft.include} exclude={draft.exclude} />
        </section>

        <section className="targeting-section" aria-labelledby="targeting-audience">
          <h2 id="targeting-audience">Audience</h2>
          <Switch
            label="Only some visitors"
            checked={draft.audience !== null}
            onChange={(on) => setDraft({ ...draft, audience: on ? (draft.audience ?? EVERYONE) : null })}
          />
          {draft.audience === null ? (
            <p className="field-hint">Every visitor on the pages above.</p>
          ) : (
            <ConditionGroupEditor
              siteId={siteId}
              label="Audience conditions"
              value={draft.audience}
              onChange={(audience) => setDraft({ ...draft, audience })}
              problems={audienceProblems}
            />
          )}
          <p>
            <Link to="/dialogues/segments">Manage saved segments</Link>
          </p>
        </section>

        <section className="targeting-section" aria-labelledby="targeting-trigger">
          <h2 id="targeting-trigger">When it opens</h2>
          <TriggerField
            value={draft.trigger}
            onChange={(trigger) => setDraft({ ...draft, trigger })}
            error={errorFor(errors, "targeting.trigger")}
          />
        </section>

        <section className="targeting-section" aria-labelledby="targeting-schedule">
          <h2 id="targeting-schedule">Schedule</h2>
          <ScheduleFields
            value={draft.schedule}
            onChange={(next) => setDraft({ ...draft, schedule: next })}
            errors={errors}
          />
        </section>

        <div className="save-bar">
          <Button type="submit" variant="primary" disabled={!dirty || save.isPending}>
            {save.isPending ? "Saving…" : "Save targeting"}
          </Button>
          <span className="field-hint" aria-live="polite">
            {dirty ? "Unsaved changes" : save.isSuccess ? "Saved" : "No changes"}
          </span>
        </div>
        <FormMessage error={save.error} fields={["targeting", "schedule"]} />
      </form>
      {/* Outside the form: pressing Enter in the sample visitor's fields must not save. */}
      <aside className="targeting-aside">
        <WhoWouldSeePanel
          targeting={{ ...draft, include: filled(draft.include), exclude: filled(draft.exclude) }}
          schedule={schedule.ok ? schedule.schedule : null}
          zone={draft.schedule.zone}
          fields={fields.data ?? []}
          segments={segments.data ?? []}
          names={names}
        />
      </aside>
    </div>
  );
}
