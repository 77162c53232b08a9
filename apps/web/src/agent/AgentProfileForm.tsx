import type { AgentProfile } from "@parley/protocol/liveChat";
import { type FormEvent, useRef, useState } from "react";
import { useUpdateAgentProfile } from "../data/useAgentProfile";
import { errorFor, fieldErrorsOf } from "../forms/fieldErrorsOf";
import { useUnsavedChangesGuard } from "../forms/useUnsavedChangesGuard";
import { Button } from "../ui/Button";
import { FormMessage } from "../ui/FormMessage";
import { SelectField } from "../ui/SelectField";
import { Switch } from "../ui/Switch";
import { ConcurrencyField } from "./ConcurrencyField";
import { profileBodyOf, profileDraftOf, type ProfileDraft } from "./profileDraft";
import { blockProblems, type BlockProblems } from "./scheduleBlocks";
import { ScheduleEditor } from "./ScheduleEditor";
import { browserTimeZone, timeZoneOptions } from "./timeZones";

/** The own agent profile's time zone, weekly schedule and concurrency limit (one Save). */
export function AgentProfileForm({ profile }: { profile: AgentProfile }) {
  const save = useUpdateAgentProfile();
  const counter = useRef(0);
  const newKey = () => `b${++counter.current}`;
  const [draft, setDraft] = useState<ProfileDraft>(() => profileDraftOf(profile, browserTimeZone(), newKey));
  const [saved, setSaved] = useState(() => JSON.stringify(profileBodyOf(draft)));
  const [problems, setProblems] = useState<BlockProblems>({});
  const [zones] = useState(() => timeZoneOptions(draft.timeZone));
  const dirty = JSON.stringify(profileBodyOf(draft)) !== saved;
  useUnsavedChangesGuard(dirty && !save.isPending);
  const errors = fieldErrorsOf(save.error);
  const set =
    <K extends keyof ProfileDraft>(key: K) =>
    (value: ProfileDraft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = draft.useSchedule ? blockProblems(draft.blocks) : {};
    setProblems(found);
    if (Object.keys(found).length > 0) return save.reset();
    save.mutate(profileBodyOf(draft), {
      onSuccess: (next) => {
        const fresh = profileDraftOf(next, next.timeZone, newKey);
        setDraft(fresh);
        setSaved(JSON.stringify(profileBodyOf(fresh)));
      },
    });
  };

  return (
    <form noValidate className="form" onSubmit={submit} aria-label="Agent profile">
      <div className="card form">
        <h2>Time zone and limit</h2>
        <div className="field-row">
          <SelectField
            label="Time zone"
            value={draft.timeZone}
            options={zones}
            onChange={set("timeZone")}
            error={errors.timeZone}
            hint="Your schedule and the availability toggle are read in this zone."
          />
          <ConcurrencyField
            value={draft.concurrencyLimit}
            onChange={set("concurrencyLimit")}
            error={errors.concurrencyLimit}
            hint="Chats you take at once."
          />
        </div>
      </div>
      <div className="card form">
        <h2>Weekly schedule</h2>
        <Switch
          label="Follow a weekly schedule"
          checked={draft.useSchedule}
          onChange={set("useSchedule")}
          hint={
            draft.useSchedule
              ? "You are offered chats only inside these blocks (unless you switch availability on)."
              : "Without a schedule you are available whenever your inbox is open."
          }
        />
        {draft.useSchedule && (
          <ScheduleEditor
            blocks={draft.blocks}
            onChange={set("blocks")}
            problems={problems}
            newKey={newKey}
          />
        )}
        {errorFor(errors, "schedule") && <p className="field-error">{errorFor(errors, "schedule")}</p>}
      </div>
      <FormMessage
        error={
          Object.keys(problems).length > 0 ? new Error("Please correct the times marked above.") : save.error
        }
        fields={["timeZone", "concurrencyLimit", "schedule"]}
        success={save.isSuccess && !dirty ? "Profile saved." : null}
      />
      <div className="form-actions">
        <Button type="submit" variant="primary" disabled={save.isPending}>
          {save.isPending ? "Saving…" : "Save profile"}
        </Button>
      </div>
    </form>
  );
}
