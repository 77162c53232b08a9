import type { ConditionGroup } from "@parley/flow/conditions/condition";
import { ConditionGroup as ConditionGroupSchema } from "@parley/flow/conditions/condition";
import { useState } from "react";
import { fieldErrorsOf } from "../forms/fieldErrorsOf";
import { Button } from "../ui/Button";
import { FormMessage } from "../ui/FormMessage";
import { TextField } from "../ui/TextField";
import { ConditionGroupEditor } from "./audience/ConditionGroupEditor";
import { audienceProblemsOf } from "./targetingDraft";
import { type SavedSegment, useSegmentMutations } from "./useSegments";

interface SegmentEditorProps {
  siteId: string;
  /** null: a new segment. */
  segment: SavedSegment | null;
  onDone(): void;
}

const START: ConditionGroup = {
  match: "all",
  conditions: [{ type: "attribute", attribute: "person.email", operator: "is_not_empty" }],
};

/** A segment's name and conditions; Save sends both (creating it when new). */
export function SegmentEditor({ siteId, segment, onDone }: SegmentEditorProps) {
  const stored = ConditionGroupSchema.safeParse(segment?.conditions);
  const [name, setName] = useState(segment?.name ?? "");
  const [conditions, setConditions] = useState<ConditionGroup>(stored.success ? stored.data : START);
  const { save } = useSegmentMutations(siteId);
  const errors = fieldErrorsOf(save.error);
  const title = segment ? `Edit “${segment.name}”` : "New segment";
  return (
    <form
      className="targeting-section"
      aria-label={title}
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate({ id: segment?.id, name, conditions }, { onSuccess: onDone });
      }}
    >
      <h2>{title}</h2>
      <TextField
        label="Segment name"
        value={name}
        onChange={setName}
        required
        maxLength={120}
        error={errors.name}
      />
      <ConditionGroupEditor
        siteId={siteId}
        label="Who is in it"
        value={conditions}
        onChange={setConditions}
        problems={audienceProblemsOf(save.error)}
        excludeSegmentId={segment?.id}
      />
      <FormMessage error={save.error} fields={["name"]} />
      <div className="save-bar">
        <Button type="submit" variant="primary" disabled={save.isPending}>
          {save.isPending ? "Saving…" : segment ? "Save segment" : "Create segment"}
        </Button>
        <Button onPress={onDone}>Cancel</Button>
      </div>
    </form>
  );
}
