import type { Role } from "@parley/protocol/roles";
import type { UpdateUserBody, User } from "@parley/protocol/users";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useId, useRef, useState } from "react";
import type { z } from "zod";
import { apiRequest } from "../../api/apiRequest";
import { queryKeys } from "../../api/queryKeys";
import { useSession } from "../../session/SessionContext";
import { Button } from "../../ui/Button";
import { ConfirmButton } from "../../ui/ConfirmButton";
import { SelectField } from "../../ui/SelectField";
import { roleWithin } from "../roles/roleWithin";
import { PanelToggleButton } from "./PanelToggleButton";
import { describeSiteAccess, type NamedSite } from "./siteAccess";
import { type UserPanel, UserPanelRow } from "./UserPanelRow";

type Panel = UserPanel | null;

interface UserRowProps {
  user: User;
  roles: readonly Role[];
  sites: readonly NamedSite[];
}

/**
 * One user: change their role in place, edit which sites they reach, set their password, deactivate
 * or reactivate them. The access and password editors open in a row of their own below.
 */
export function UserRow({ user, roles, sites }: UserRowProps) {
  const { me } = useSession();
  const queryClient = useQueryClient();
  const panelId = useId();
  const [note, setNote] = useState<string | null>(null);
  const [panel, setPanel] = useState<Panel>(null);
  const accessButton = useRef<HTMLButtonElement>(null);
  const passwordButton = useRef<HTMLButtonElement>(null);
  const lastPanel = useRef<Panel>(null);
  const isMe = user.id === me.user.id;

  // Closing an editor returns focus to the button that opened it.
  useEffect(() => {
    if (panel === null && lastPanel.current !== null) {
      (lastPanel.current === "access" ? accessButton : passwordButton).current?.focus();
    }
    lastPanel.current = panel;
  }, [panel]);

  const open = (next: Panel) => {
    setNote(null);
    setPanel((current) => (current === next ? null : next));
  };

  const update = useMutation({
    mutationFn: (patch: z.input<typeof UpdateUserBody>) =>
      apiRequest<User>("PATCH", `/api/users/${encodeURIComponent(user.id)}`, patch),
    onSuccess: (_user, patch) => {
      setNote(patch.roleId ? "Role changed" : patch.active ? "Reactivated" : "Saved");
      void queryClient.invalidateQueries({ queryKey: queryKeys.users });
      // Changing one's own role changes what one may do: reload Me (and with it the navigation).
      if (isMe) void queryClient.invalidateQueries({ queryKey: queryKeys.me });
    },
  });
  const deactivate = useMutation({
    mutationFn: () => apiRequest<User>("DELETE", `/api/users/${encodeURIComponent(user.id)}`),
    onSuccess: () => {
      setNote("Deactivated; their sessions were ended");
      void queryClient.invalidateQueries({ queryKey: queryKeys.users });
    },
  });
  const error = update.error ?? deactivate.error;
  const current = roles.find((r) => r.id === user.roleId);
  const roleName = current?.name ?? "Unknown role";
  // Only roles whose permissions one holds can be given, and only to users whose role one could give.
  const roleLocked = current !== undefined && !roleWithin(current, me.permissions);
  const choices = roles.filter((r) => r.id === user.roleId || roleWithin(r, me.permissions));

  return (
    <>
      <tr className={user.active ? undefined : "row-muted"}>
        <td data-label="Name">
          <span className="cell-title">
            {user.name}
            {isMe && <span className="badge badge-quiet">You</span>}
          </span>
          <span className="cell-sub">{user.email}</span>
        </td>
        <td data-label="Role">
          <SelectField
            label={`Role of ${user.name}`}
            hideLabel
            className="select-compact"
            value={user.roleId}
            disabled={!user.active || update.isPending || roles.length === 0 || roleLocked}
            hint={roleLocked ? "This role has permissions you do not hold" : undefined}
            options={
              roles.length === 0
                ? [{ value: user.roleId, label: roleName }]
                : choices.map((role) => ({ value: role.id, label: role.name }))
            }
            onChange={(roleId) => {
              if (roleId === user.roleId) return;
              setNote(null);
              deactivate.reset();
              update.mutate({ roleId });
            }}
          />
        </td>
        <td data-label="Sites">{describeSiteAccess(user.siteIds, sites)}</td>
        <td data-label="Status">
          <span className={`badge ${user.active ? "badge-success" : "badge-quiet"}`}>
            {user.active ? "Active" : "Deactivated"}
          </span>
          <span className="row-note" aria-live="polite">
            {error ? <span className="text-error">{error.message}</span> : note}
          </span>
        </td>
        <td className="cell-actions">
          <div className="row-actions">
            {user.active ? (
              <>
                <PanelToggleButton
                  ref={accessButton}
                  label="Edit access"
                  target={user.name}
                  expanded={panel === "access"}
                  controls={panelId}
                  onClick={() => open("access")}
                />
                {/* Setting one's own password here would end one's own session; Change password keeps it. */}
                {!isMe && (
                  <PanelToggleButton
                    ref={passwordButton}
                    label="Set password"
                    target={user.name}
                    expanded={panel === "password"}
                    controls={panelId}
                    onClick={() => open("password")}
                  />
                )}
                {!isMe && (
                  <ConfirmButton
                    label="Deactivate"
                    question={`Deactivate ${user.name}?`}
                    ariaLabel={`Deactivate ${user.name}`}
                    pending={deactivate.isPending}
                    onConfirm={() => {
                      setNote(null);
                      update.reset();
                      setPanel(null);
                      deactivate.mutate();
                    }}
                  />
                )}
              </>
            ) : (
              <Button
                variant="secondary"
                disabled={update.isPending}
                aria-label={`Reactivate ${user.name}`}
                onPress={() => {
                  setNote(null);
                  deactivate.reset();
                  update.mutate({ active: true });
                }}
              >
                Reactivate
              </Button>
            )}
          </div>
        </td>
      </tr>
      {panel !== null && (
        <UserPanelRow
          panel={panel}
          id={panelId}
          user={user}
          sites={sites}
          isMe={isMe}
          onAccessSaved={() => {
            setPanel(null);
            setNote("Site access saved");
          }}
          onClose={() => setPanel(null)}
        />
      )}
    </>
  );
}
