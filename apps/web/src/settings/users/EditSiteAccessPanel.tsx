import type { UpdateUserBody, User } from "@parley/protocol/users";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, type KeyboardEvent, useEffect, useRef, useState } from "react";
import type { z } from "zod";
import { apiRequest } from "../../api/apiRequest";
import { queryKeys } from "../../api/queryKeys";
import { errorFor, fieldErrorsOf } from "../../forms/fieldErrorsOf";
import { Button } from "../../ui/Button";
import { FormMessage } from "../../ui/FormMessage";
import { type NamedSite, siteAccessOf, siteIdsOf } from "./siteAccess";
import { SiteAccessFields } from "./SiteAccessFields";

interface EditSiteAccessPanelProps {
  user: User;
  sites: readonly NamedSite[];
  isMe: boolean;
  onSaved(): void;
  onCancel(): void;
}

/** Inline editor of the sites one user may reach; Escape or Cancel closes it unsaved. */
export function EditSiteAccessPanel({ user, sites, isMe, onSaved, onCancel }: EditSiteAccessPanelProps) {
  const queryClient = useQueryClient();
  const [choice, setChoice] = useState(() => siteAccessOf(user.siteIds));
  const [choiceError, setChoiceError] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  // Opening the panel moves focus to the current choice, so keyboard users land in it.
  useEffect(() => {
    formRef.current?.querySelector<HTMLInputElement>("input:checked")?.focus();
  }, []);

  const save = useMutation({
    mutationFn: (patch: z.input<typeof UpdateUserBody>) =>
      apiRequest<User>("PATCH", `/api/users/${encodeURIComponent(user.id)}`, patch),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.users });
      // One's own access decides which sites the switcher lists.
      if (isMe) {
        void queryClient.invalidateQueries({ queryKey: queryKeys.me });
        void queryClient.invalidateQueries({ queryKey: queryKeys.sites });
      }
      onSaved();
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.reset();
    const result = siteIdsOf(choice);
    if ("error" in result) {
      setChoiceError(result.error);
      return;
    }
    setChoiceError(null);
    save.mutate({ siteIds: result.siteIds });
  };

  const cancelOnEscape = (event: KeyboardEvent) => {
    if (event.key === "Escape") onCancel();
  };

  return (
    <form noValidate ref={formRef} className="inline-panel" onSubmit={submit} onKeyDown={cancelOnEscape}>
      <SiteAccessFields
        legend={`Site access for ${user.name}`}
        sites={sites}
        value={choice}
        onChange={(next) => {
          setChoice(next);
          setChoiceError(null);
        }}
        error={choiceError ?? errorFor(fieldErrorsOf(save.error), "siteIds")}
        disabled={save.isPending}
      />
      <FormMessage error={save.error} fields={["siteIds"]} />
      <div className="form-actions">
        <Button type="submit" variant="primary" disabled={save.isPending}>
          {save.isPending ? "Saving…" : "Save access"}
        </Button>
        <Button variant="secondary" onPress={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
