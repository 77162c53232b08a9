import { type DialogueKind, KIND_WORDS } from "./dialogueKind";
import { CreateDialogueDialog } from "./CreateDialogueDialog";
import { TEMPLATE_OPTIONS } from "./TemplateChoices";

/** A new site's first steps: each template with what it does, one press from the designer. */
export function FirstDialogueGuide({ siteId, kind }: { siteId: string; kind: DialogueKind }) {
  const words = KIND_WORDS[kind];
  return (
    <section className="first-dialogue" aria-labelledby="first-dialogue-title">
      <h2 id="first-dialogue-title">Create your first {words.one}</h2>
      <p className="page-description">
        {kind === "dialogue"
          ? "A dialogue greets visitors on the pages you choose, asks what they need, and can capture their details, book a meeting or hand them to a live agent. Start from a template and change anything."
          : "A flow runs when a visitor clicks a link or button, submits a form, or your page starts it. Start from a template and change anything."}
      </p>
      <ul className="template-grid first-dialogue-templates">
        {TEMPLATE_OPTIONS.map((t) => (
          <li key={t.id} className="template-card template-card-static">
            <strong>{t.name}</strong>
            <span className="template-description">{t.description}</span>
            <CreateDialogueDialog
              siteId={siteId}
              kind={kind}
              initialTemplate={t.id}
              label={t.id === "blank" ? "Start blank" : "Use this template"}
              ariaLabel={t.id === "blank" ? "Start blank" : `Use the template ${t.name}`}
              variant={t.id === "blank" ? "secondary" : "primary"}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
