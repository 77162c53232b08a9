import { useSelectedSite } from "../shell/SelectedSiteContext";
import { DialogueSettingsForm } from "./DialogueSettingsForm";
import { DialogueVersions } from "./DialogueVersions";
import { useDialogue } from "./useDialogue";
import { useDialogueRouteParams } from "./useDialogueRouteParams";

/** A dialogue's or flow's settings tab: name, description, priority, and its published versions. */
export function DialogueSettingsPage() {
  const { site } = useSelectedSite();
  const { dialogueId } = useDialogueRouteParams();
  // The layout renders this tab only once the dialogue is loaded on the selected site.
  const dialogue = useDialogue(site?.id ?? "", dialogueId).data;
  if (!site || !dialogue) return null;
  return (
    <div className="dialogue-settings">
      <DialogueSettingsForm key={dialogue.id} siteId={site.id} dialogue={dialogue} />
      <DialogueVersions siteId={site.id} dialogue={dialogue} />
    </div>
  );
}
