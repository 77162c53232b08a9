import type { FieldDefinition } from "@parley/protocol/fields";
import { SelectField } from "../ui/SelectField";
import { TextField } from "../ui/TextField";
import type { SampleVisitor, SegmentMembership } from "./preview/sampleVisitor";

interface SampleVisitorFormProps {
  value: SampleVisitor;
  onChange(value: SampleVisitor): void;
  fields: readonly FieldDefinition[];
  /** Only the fields the audience reads are asked for, to keep the form short. */
  usedAttributes: ReadonlySet<string>;
  segments: readonly { id: string; name: string }[];
}

const MEMBERSHIP = [
  { value: "by_conditions", label: "By its conditions" },
  { value: "member", label: "Member" },
  { value: "not_member", label: "Not a member" },
];

const VISIT = [
  ["referrer", "Referrer"],
  ["device", "Device"],
  ["language", "Browser language"],
  ["timezone", "Time zone"],
  ["country", "Country (two letters)"],
] as const;

/** The visitor to test: page URL, the fields the audience reads, visit attributes, segments. */
export function SampleVisitorForm({
  value,
  onChange,
  fields,
  usedAttributes,
  segments,
}: SampleVisitorFormProps) {
  const shownFields = fields.filter((f) => usedAttributes.has(`${f.entity}.${f.key}`));
  const utmKeys = [...usedAttributes].filter((a) => a.startsWith("visitor.utm.")).map((a) => a.slice(12));
  return (
    <div className="stack">
      <TextField
        label="Page URL"
        type="url"
        value={value.url}
        onChange={(url) => onChange({ ...value, url })}
        placeholder="https://example.com/pricing"
        hint="utm_… parameters in it count as the visit's UTM values"
      />
      {shownFields.map((f) => {
        const values = value[f.entity];
        return (
          <TextField
            key={f.id}
            label={`${f.entity === "person" ? "Person" : "Company"}: ${f.label}`}
            type={f.type === "date" ? "date" : "text"}
            value={values[f.key] ?? ""}
            onChange={(v) => onChange({ ...value, [f.entity]: { ...values, [f.key]: v } })}
          />
        );
      })}
      {utmKeys.map((key) => (
        <TextField
          key={key}
          label={`UTM ${key}`}
          value={value.utm[key] ?? ""}
          onChange={(v) => onChange({ ...value, utm: { ...value.utm, [key]: v } })}
        />
      ))}
      {VISIT.filter(([key]) => usedAttributes.has(`visitor.${key}`)).map(([key, label]) => (
        <TextField
          key={key}
          label={label}
          value={value[key]}
          onChange={(v) => onChange({ ...value, [key]: v })}
        />
      ))}
      {segments.map((s) => (
        <SelectField
          key={s.id}
          label={`Segment “${s.name}”`}
          value={value.segments[s.id] ?? "by_conditions"}
          options={MEMBERSHIP}
          onChange={(m) =>
            onChange({ ...value, segments: { ...value.segments, [s.id]: m as SegmentMembership } })
          }
        />
      ))}
    </div>
  );
}
