import { useCallback, useMemo, useState } from "react";
import { type FieldInput, sameFieldInput } from "../fieldInput";
import type { FieldType } from "./editableFields";

/**
 * The edits of a form over stored values. Only what the user changed is held, so a stored value that
 * changes meanwhile (a realtime update) shows through every field the user has not touched.
 */
export function useFieldDraft(stored: Record<string, FieldInput>, types: Record<string, FieldType>) {
  const [edits, setEdits] = useState<Record<string, FieldInput>>({});
  const changed = useMemo(
    () =>
      Object.keys(edits).filter((key) => {
        const edit = edits[key] as FieldInput;
        return !sameFieldInput(types[key] ?? "text", edit, stored[key] ?? "");
      }),
    [edits, stored, types],
  );
  const valueOf = useCallback(
    (key: string) => (key in edits ? edits[key] : stored[key]) ?? "",
    [edits, stored],
  );
  const set = useCallback((key: string, value: FieldInput) => setEdits((e) => ({ ...e, [key]: value })), []);
  const reset = useCallback(() => setEdits({}), []);
  return { valueOf, set, reset, changed, edits, isDirty: changed.length > 0 };
}
