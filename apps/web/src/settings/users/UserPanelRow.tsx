import type { User } from "@parley/protocol/users";
import { EditSiteAccessPanel } from "./EditSiteAccessPanel";
import { SetPasswordPanel } from "./SetPasswordPanel";
import type { NamedSite } from "./siteAccess";

export type UserPanel = "access" | "password";

interface UserPanelRowProps {
  panel: UserPanel;
  /** The id the row's toggle buttons point at (aria-controls). */
  id: string;
  user: User;
  sites: readonly NamedSite[];
  isMe: boolean;
  onAccessSaved(): void;
  onClose(): void;
}

/** The full-width row below a user that holds their site-access or password editor. */
export function UserPanelRow({ panel, id, user, sites, isMe, onAccessSaved, onClose }: UserPanelRowProps) {
  return (
    <tr className="row-panel">
      <td id={id} colSpan={5}>
        {panel === "access" ? (
          <EditSiteAccessPanel
            user={user}
            sites={sites}
            isMe={isMe}
            onSaved={onAccessSaved}
            onCancel={onClose}
          />
        ) : (
          <SetPasswordPanel user={user} onClose={onClose} />
        )}
      </td>
    </tr>
  );
}
