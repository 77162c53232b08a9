import type { FieldDefinition } from "@parley/protocol/fields";
import type { Company } from "@parley/protocol/people";
import { useMemo } from "react";
import { useUpdateCompany } from "../../data/useUpdateCompany";
import { useUsers } from "../../data/useUsers";
import { useSession } from "../../session/SessionContext";
import { SelectField } from "../../ui/SelectField";
import { TextField } from "../../ui/TextField";
import { editableFields, storedInputs } from "../edit/editableFields";
import { EntityForm, type FieldControlProps } from "../edit/EntityForm";

const STANDARD = [
  { key: "name", label: "Company name" },
  { key: "domain", label: "Domain" },
  { key: "ownerId", label: "Owner" },
] as const;

interface CompanyFieldsFormProps {
  siteId: string;
  company: Company;
  definitions: readonly FieldDefinition[];
  readOnly: boolean;
}

/** The company's name, domain, owner and custom fields, editable like a person's. */
export function CompanyFieldsForm({ siteId, company, definitions, readOnly }: CompanyFieldsFormProps) {
  const update = useUpdateCompany(siteId, company.id);
  const fields = useMemo(() => editableFields(definitions, "company", STANDARD), [definitions]);
  const stored = useMemo(() => storedInputs(fields, company), [fields, company]);
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
        field.key === "ownerId" ? <OwnerPicker label={field.label} {...props} /> : undefined
      }
    />
  );
}

/** The account owner among the users, for those who may list users; otherwise shown as it is. */
function OwnerPicker(props: FieldControlProps & { label: string }) {
  const { can } = useSession();
  if (can("users.manage", "agents.manage")) return <OwnerSelect {...props} />;
  const assigned = typeof props.value === "string" && props.value !== "";
  return (
    <TextField
      label={props.label}
      value={assigned ? "Assigned to a user" : "Nobody"}
      onChange={() => {}}
      readOnly
      hint="Only user managers can change the owner"
    />
  );
}

function OwnerSelect({ label, value, onChange, error, readOnly }: FieldControlProps & { label: string }) {
  const users = useUsers();
  const id = typeof value === "string" ? value : "";
  const options = (users.data ?? [])
    .filter((u) => u.active || u.id === id)
    .map((u) => ({ value: u.id, label: u.name || u.email }));
  return (
    <SelectField
      label={label}
      value={id}
      placeholder={users.isPending ? "Loading users…" : "Nobody"}
      options={options}
      onChange={onChange}
      error={error}
      disabled={readOnly}
    />
  );
}
