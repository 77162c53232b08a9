import type { PurgeableClass, RetentionSettings } from "@parley/protocol/retention";
import { type FormEvent, useState } from "react";
import { useSaveRetention } from "../../data/useRetention";
import { fieldErrorsOf } from "../../forms/fieldErrorsOf";
import { useUnsavedChangesGuard } from "../../forms/useUnsavedChangesGuard";
import { Button } from "../../ui/Button";
import { Checkbox } from "../../ui/Checkbox";
import { FormMessage } from "../../ui/FormMessage";
import { TextField } from "../../ui/TextField";
import { CLASS_DESCRIPTIONS, CLASS_ORDER, classLabel } from "./retentionClasses";
import {
  periodHint,
  type RetentionDraft,
  retentionBodyOf,
  retentionDraftOf,
  retentionProblems,
} from "./retentionDraft";

/** One row per data class: its period in days or "kept forever"; report numbers are always kept. */
export function RetentionForm({ siteId, settings }: { siteId: string; settings: RetentionSettings }) {
  const [draft, setDraft] = useState(() => retentionDraftOf(settings));
  const [saved, setSaved] = useState(() => JSON.stringify(retentionDraftOf(settings)));
  const [problems, setProblems] = useState<Partial<Record<PurgeableClass, string>>>({});
  const [done, setDone] = useState<string | null>(null);
  const save = useSaveRetention(siteId);
  const dirty = JSON.stringify(draft) !== saved;
  useUnsavedChangesGuard(dirty && !save.isPending);
  const errors: Partial<Record<string, string>> = { ...fieldErrorsOf(save.error), ...problems };
  const set = (c: PurgeableClass, change: Partial<RetentionDraft[PurgeableClass]>) => {
    setDone(null);
    setDraft((d) => ({ ...d, [c]: { ...d[c], ...change } }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = retentionProblems(draft);
    setProblems(found);
    if (Object.keys(found).length > 0) return save.reset();
    save.mutate(retentionBodyOf(draft), {
      onSuccess: (next) => {
        setDraft(retentionDraftOf(next));
        setSaved(JSON.stringify(retentionDraftOf(next)));
        setDone("Saved. The next purge applies these periods.");
      },
    });
  };

  return (
    <form noValidate className="card form" onSubmit={submit} aria-label="Retention periods">
      <h3>How long data is kept</h3>
      <ul className="retention-classes">
        {CLASS_ORDER.map((c) => (
          <li key={c} className="retention-class">
            <div className="retention-class-text">
              <strong id={`retention-${c}-label`}>{classLabel(c)}</strong>
              <p className="cell-sub" id={`retention-${c}-description`}>
                {CLASS_DESCRIPTIONS[c]}
              </p>
            </div>
            <div className="retention-class-period">
              {!draft[c].forever && (
                <TextField
                  label={`${classLabel(c)}: days kept`}
                  hideLabel
                  inputMode="numeric"
                  value={draft[c].days}
                  onChange={(days) => set(c, { days })}
                  error={errors[c]}
                  hint={periodHint(draft[c].days) ?? "Days"}
                  aria-describedby={`retention-${c}-description`}
                />
              )}
              <Checkbox
                checked={draft[c].forever}
                onChange={(forever) => set(c, { forever, days: forever ? "" : draft[c].days || "90" })}
                aria-describedby={`retention-${c}-label`}
              >
                Kept forever
              </Checkbox>
            </div>
          </li>
        ))}
        <li className="retention-class">
          <div className="retention-class-text">
            <strong>{classLabel("aggregates")}</strong>
            <p className="cell-sub">{CLASS_DESCRIPTIONS.aggregates}</p>
          </div>
          <div className="retention-class-period">
            <span className="badge badge-quiet">Kept forever</span>
          </div>
        </li>
      </ul>
      <FormMessage error={save.error} success={done} fields={CLASS_ORDER} />
      <div className="form-actions">
        <Button type="submit" variant="primary" disabled={save.isPending || !dirty}>
          {save.isPending ? "Saving…" : "Save periods"}
        </Button>
      </div>
    </form>
  );
}
