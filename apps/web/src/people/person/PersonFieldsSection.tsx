import type { Person } from "@parley/protocol/people";
import { useFields } from "../../data/useFields";
import { useSession } from "../../session/SessionContext";
import { QueryState } from "../../ui/QueryState";
import { PersonFieldsForm } from "./PersonFieldsForm";

/**
 * The person's fields with the site's definitions loaded, editable only with people.manage: the
 * person page and the inbox's visitor panel show the same form.
 */
export function PersonFieldsSection({ siteId, person }: { siteId: string; person: Person }) {
  const fields = useFields(siteId);
  const { can } = useSession();
  return (
    <QueryState query={fields} what="fields">
      {(definitions) => (
        <PersonFieldsForm
          siteId={siteId}
          person={person}
          definitions={definitions}
          readOnly={!can("people.manage")}
        />
      )}
    </QueryState>
  );
}
