import type { FieldDefinition } from "@parley/protocol/fields";
import { useState } from "react";
import { Button } from "react-aria-components";
import { useFields } from "../../data/useFields";
import { useSession } from "../../session/SessionContext";
import { FormMessage } from "../../ui/FormMessage";
import { PageHeader } from "../../ui/PageHeader";
import { QueryState } from "../../ui/QueryState";
import { PeopleNav } from "../PeopleNav";
import { SiteRequired } from "../SiteRequired";
import { CreateFieldForm } from "./CreateFieldForm";
import { FieldRow } from "./FieldRow";
import "../people.css";

/** /people/fields: the person and company fields; editable with fields.manage, read-only otherwise. */
export function FieldsPage() {
  return (
    <div className="page page-wide">
      <PageHeader
        title="Fields"
        documentTitle="Fields · People"
        description="What Parley keeps about people and companies. Dialogues capture into these fields."
      />
      <PeopleNav current="fields" />
      <SiteRequired>{(siteId) => <FieldLists siteId={siteId} />}</SiteRequired>
    </div>
  );
}

function FieldLists({ siteId }: { siteId: string }) {
  const fields = useFields(siteId);
  const canManage = useSession().can("fields.manage");
  const [creating, setCreating] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <>
      {canManage ? (
        !creating && (
          <div className="form-actions">
            <Button
              className="button button-primary"
              onPress={() => {
                setNotice(null);
                setCreating(true);
              }}
            >
              New field
            </Button>
          </div>
        )
      ) : (
        <p className="notice notice-info">
          You can see the fields; changing them needs the “Manage fields” permission.
        </p>
      )}
      {creating && (
        <CreateFieldForm
          siteId={siteId}
          onDone={(field) => {
            setCreating(false);
            setNotice(field ? `Field ${field.label} created.` : null);
          }}
        />
      )}
      <FormMessage success={notice} />
      <QueryState query={fields} what="fields">
        {(list) => (
          <>
            <FieldGroup
              title="Person fields"
              fields={list.filter((f) => f.entity === "person")}
              siteId={siteId}
              canManage={canManage}
            />
            <FieldGroup
              title="Company fields"
              fields={list.filter((f) => f.entity === "company")}
              siteId={siteId}
              canManage={canManage}
            />
          </>
        )}
      </QueryState>
    </>
  );
}

function FieldGroup(props: { title: string; fields: FieldDefinition[]; siteId: string; canManage: boolean }) {
  const id = `fields-${props.title.split(" ")[0]?.toLowerCase()}`;
  return (
    <section className="section" aria-labelledby={id}>
      <h2 id={id}>{props.title}</h2>
      <ul className="card-list">
        {props.fields.map((field) => (
          <FieldRow key={field.id} siteId={props.siteId} field={field} canManage={props.canManage} />
        ))}
      </ul>
    </section>
  );
}
