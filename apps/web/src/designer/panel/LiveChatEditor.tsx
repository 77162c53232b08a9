import type { Routing } from "@parley/flow/cards/routing";
import { Switch } from "../../ui/Switch";
import { bindText, type EditorProps } from "./editorProps";
import { RoutingEditor } from "./RoutingEditor";
import { TemplateField } from "./TemplateField";

/** Live chat: the hand-over text, routing, and what happens when nobody accepts (the card is last). */
export function LiveChatEditor({ ed, tokens, lists }: EditorProps<"liveChat">) {
  return (
    <>
      <TemplateField
        label="Text"
        tokens={tokens}
        hint="Optional: said while an agent is found."
        {...bindText(ed, ["text"], { optional: true })}
      />
      <RoutingEditor
        what="chat"
        lists={lists}
        routing={ed.value(["routing"]) as Routing}
        onChange={(routing) => ed.edit(["routing"], routing)}
        error={ed.error(["routing"])}
      />
      <fieldset className="panel-group">
        <legend>When nobody accepts</legend>
        <TemplateField
          label="Fallback message"
          tokens={tokens}
          hint="Empty: the widget's standard message, in the visitor's language."
          {...bindText(ed, ["fallbackMessage"], { optional: true })}
        />
        <Switch
          label="Offer a meeting instead (same routing)"
          checked={ed.value(["offerMeetingOnFallback"]) === true}
          onChange={(on) => ed.edit(["offerMeetingOnFallback"], on || undefined)}
        />
      </fieldset>
      <p className="field-hint">A live chat card ends its branch: nothing can follow it.</p>
    </>
  );
}
