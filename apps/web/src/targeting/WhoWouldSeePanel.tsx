import type { FieldDefinition } from "@parley/protocol/fields";
import { useMemo, useState } from "react";
import { TextField } from "../ui/TextField";
import type { ConditionNames } from "./audience/describeCondition";
import { audienceReferences } from "./preview/audienceReferences";
import type { AudienceReason } from "./preview/explainAudience";
import { BLANK_SAMPLE, type SampleVisitor } from "./preview/sampleVisitor";
import { type TargetingUnderTest, whoWouldSee } from "./preview/whoWouldSee";
import { SampleVisitorForm } from "./SampleVisitorForm";
import type { StoredSchedule } from "./schedule/scheduleDraft";
import { fromLocalInput, isKnownZone, toLocalInput } from "./schedule/zonedTime";
import type { SavedSegment } from "./useSegments";

interface WhoWouldSeePanelProps {
  targeting: TargetingUnderTest;
  /** The schedule as drafted (null while the form's dates cannot be read). */
  schedule: StoredSchedule | null;
  zone: string;
  fields: readonly FieldDefinition[];
  segments: readonly SavedSegment[];
  names: ConditionNames;
}

/** "Who would see this": a sample visitor and a moment, and why the draft would or would not show. */
export function WhoWouldSeePanel({
  targeting,
  schedule,
  zone,
  fields,
  segments,
  names,
}: WhoWouldSeePanelProps) {
  const [sample, setSample] = useState<SampleVisitor>(BLANK_SAMPLE);
  const validZone = isKnownZone(zone) ? zone : "UTC";
  // The moment is explicit and editable; it starts as the time the panel was opened.
  const [at, setAt] = useState(() => toLocalInput(new Date().toISOString(), validZone));
  const now = fromLocalInput(at, validZone);
  const refs = useMemo(
    () => audienceReferences(targeting.audience, segments),
    [targeting.audience, segments],
  );
  const named = segments.filter((s) => refs.segmentIds.includes(s.id));
  const verdict =
    now && schedule
      ? whoWouldSee({
          targeting,
          schedule,
          sample,
          segments,
          names,
          now,
          formatInstant: (iso) => toLocalInput(iso, validZone).replace("T", " "),
        })
      : null;

  return (
    <section className="targeting-section" aria-labelledby="who-would-see">
      <h2 id="who-would-see">Who would see this</h2>
      <p className="field-hint">Describe a visitor to test the draft below, before you save it.</p>
      <SampleVisitorForm
        value={sample}
        onChange={setSample}
        fields={fields}
        usedAttributes={refs.attributes}
        segments={named}
      />
      <TextField
        label={`At (${validZone})`}
        type="datetime-local"
        value={at}
        onChange={setAt}
        error={now ? undefined : "Enter a date and time"}
      />
      <div role="status" aria-live="polite" className="stack">
        {!schedule && <p className="verdict-no">Correct the schedule to test it.</p>}
        {verdict && (
          <>
            <p className={`verdict-summary ${verdict.shown ? "verdict-yes" : "verdict-no"}`}>
              {verdict.shown ? "This visitor would see it." : "This visitor would not see it."}
            </p>
            <ul className="verdict">
              <VerdictLine holds={verdict.page.holds} text={`Page: ${verdict.page.text}`} />
              <VerdictLine holds={verdict.schedule.holds} text={`Schedule: ${verdict.schedule.text}`} />
              <VerdictLine holds={verdict.audience.holds} text={`Audience: ${verdict.audience.text}`} />
            </ul>
            {verdict.audience.reason && verdict.audience.reason.children?.length ? (
              <ReasonTree reason={verdict.audience.reason} />
            ) : null}
            {verdict.shown && (
              <p className="field-hint">{verdict.trigger} Priority and “shown once” still apply.</p>
            )}
          </>
        )}
      </div>
    </section>
  );
}

function VerdictLine({ holds, text }: { holds: boolean; text: string }) {
  return (
    <li className={`verdict-line ${holds ? "verdict-yes" : "verdict-no"}`}>
      <span aria-hidden="true">{holds ? "✓" : "✗"}</span>
      <span>
        <span className="visually-hidden">{holds ? "Holds: " : "Fails: "}</span>
        {text}
      </span>
    </li>
  );
}

function ReasonTree({ reason }: { reason: AudienceReason }) {
  return (
    <ul className="reason-tree" aria-label={reason.text}>
      {reason.children?.map((child, index) => (
        <li key={index}>
          <span className={`verdict-line ${child.holds ? "verdict-yes" : "verdict-no"}`}>
            <span aria-hidden="true">{child.holds ? "✓" : "✗"}</span>
            <span>
              <span className="visually-hidden">{child.holds ? "Holds: " : "Fails: "}</span>
              {child.text}
              {child.actual !== undefined && (
                <span className="reason-actual"> — the visitor’s: {child.actual}</span>
              )}
            </span>
          </span>
          {child.children && <ReasonTree reason={child} />}
        </li>
      ))}
    </ul>
  );
}
