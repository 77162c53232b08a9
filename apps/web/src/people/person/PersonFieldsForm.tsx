import type { FieldDefinition } from "@parley/protocol/fields";
import type { Person } from "@parley/protocol/people";
import { useMemo } from "react";
import { useUpdatePerson } from "../../data/useUpdatePerson";
import { CompanyPicker } from "../CompanyPicker";
import { editableFields, storedInputs } from "../edit/editableFields";
import { EntityForm } from "../edit/EntityForm";

const STANDARD = [
  { key: "email", label: "Email" },
  { key: "firstName", label: "First name" },
  { key: "lastName", label: "Last name" },
  { key: "phone", label: "Phone" },
  { key: "jobTitle", label: "Job title" },
  { key: "companyId", label: "Company" },
] as const;

interface PersonFieldsFormProps {
  siteId: string;
  person: Person;
  definitions: readonly FieldDefinition[];
  readOnly: boolean;
}

/** The person's standard and custom fields, editable by those who may manage people. */
export function PersonFieldsForm({ siteId, person, definitions, readOnly }: PersonFieldsFormProps) {
  const update = useUpdatePerson(siteId, person.id);
  const fields = useMemo(() => editableFields(definitions, "person", STANDARD), [definitions]);
  const stored = useMemo(() => storedInputs(fields, person), [fields, person]);
  return (
    <EntityForm
      title="Fields"
      fields={fields}
      stored={stored}
      readOnly={readOnly}
      save={{
        submit: (body, onSaved) => update.mutate(body, { onSuccess: onSaved }),
        error: update.error,
        isPending: update.isPending,
        reset: update.reset,
      }}
      renderControl={(field, props) =>
        field.key === "companyId" ? (
          <CompanyPicker
            siteId={siteId}
            label={field.label}
            placeholder="No company"
            value={typeof props.value === "string" && props.value ? props.value : null}
            onChange={(id) => props.onChange(id ?? "")}
            error={props.error}
            hint={readOnly ? undefined : "Set by the email's domain unless chosen here"}
          />
        ) : undefined
      }
    />
  );
}
