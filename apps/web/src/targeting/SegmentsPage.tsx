import { ConditionGroup } from "@parley/flow/conditions/condition";
import { useState } from "react";
import { useFields } from "../data/useFields";
import { useSelectedSite } from "../shell/SelectedSiteContext";
import { Button } from "../ui/Button";
import { ConfirmButton } from "../ui/ConfirmButton";
import { EmptyState } from "../ui/EmptyState";
import { FormMessage } from "../ui/FormMessage";
import { PageHeader } from "../ui/PageHeader";
import { QueryState } from "../ui/QueryState";
import { attributeLabel } from "./audience/audienceAttributes";
import { countConditions } from "./audience/conditionGroupEdits";
import { SegmentEditor } from "./SegmentEditor";
import { segmentsUsing } from "./segmentUsage";
import { type SavedSegment, useSegmentMutations, useSegments } from "./useSegments";
import "./targeting.css";

/** Saved audiences of the site: list, create, rename and edit, delete. */
export function SegmentsPage() {
  const { site } = useSelectedSite();
  if (!site) return <p>Choose a site first.</p>;
  return <SegmentsOf siteId={site.id} />;
}

function SegmentsOf({ siteId }: { siteId: string }) {
  const segments = useSegments(siteId);
  const fields = useFields(siteId);
  const { remove } = useSegmentMutations(siteId);
  // "new", a segment id, or null: one editor open at a time.
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <div className="page page-narrow">
      <PageHeader
        title="Segments"
        description="Saved audiences: use one in a dialogue’s targeting or a Branch card with “member of segment”."
        actions={
          editing === null && (
            <Button variant="primary" onPress={() => setEditing("new")}>
              New segment
            </Button>
          )
        }
      />
      {editing === "new" && <SegmentEditor siteId={siteId} segment={null} onDone={() => setEditing(null)} />}
      <FormMessage error={remove.error} />
      <QueryState query={segments} what="segments">
        {(list) =>
          list.length === 0 && editing !== "new" ? (
            <EmptyState title="No segments yet">
              <p>
                Describe a group of visitors once (for example “Big accounts”) and target it from any
                dialogue.
              </p>
            </EmptyState>
          ) : (
            <ul className="segment-list">
              {list.map((segment) =>
                editing === segment.id ? (
                  <li key={segment.id}>
                    <SegmentEditor siteId={siteId} segment={segment} onDone={() => setEditing(null)} />
                  </li>
                ) : (
                  <li key={segment.id} className="targeting-section">
                    <SegmentSummary
                      segment={segment}
                      fieldLabel={(p) => attributeLabel(p, fields.data ?? [])}
                    />
                    <div className="save-bar">
                      <Button onPress={() => setEditing(segment.id)} aria-label={`Edit ${segment.name}`}>
                        Edit
                      </Button>
                      <ConfirmButton
                        label="Delete"
                        ariaLabel={`Delete ${segment.name}`}
                        question={deleteQuestion(segment, list)}
                        pending={remove.isPending && remove.variables === segment.id}
                        onConfirm={() => remove.mutate(segment.id)}
                      />
                    </div>
                  </li>
                ),
              )}
            </ul>
          )
        }
      </QueryState>
    </div>
  );
}

/** Deleting is not refused by the server: conditions that name the segment then hold for nobody. */
function deleteQuestion(segment: SavedSegment, all: readonly SavedSegment[]): string {
  const users = segmentsUsing(segment.id, all);
  const also = users.length
    ? ` It is used by the segment${users.length > 1 ? "s" : ""} ${users.map((n) => `“${n}”`).join(", ")}.`
    : "";
  return `Delete “${segment.name}”? Dialogues, branches and segments that test “member of” it will count nobody as a member.${also}`;
}

function SegmentSummary({
  segment,
  fieldLabel,
}: {
  segment: SavedSegment;
  fieldLabel(path: string): string;
}) {
  const parsed = ConditionGroup.safeParse(segment.conditions);
  const count = parsed.success ? countConditions(parsed.data) : 0;
  const first = parsed.success ? parsed.data.conditions[0] : undefined;
  const firstText =
    first && !("match" in first) && first.type === "attribute" ? fieldLabel(first.attribute) : null;
  return (
    <div>
      <h2>{segment.name}</h2>
      <p className="field-hint">
        {count} condition{count === 1 ? "" : "s"}
        {parsed.success && count > 1
          ? parsed.data.match === "all"
            ? ", all must hold"
            : ", any one holds"
          : ""}
        {firstText ? ` · ${firstText}${count > 1 ? " …" : ""}` : ""}
      </p>
    </div>
  );
}
