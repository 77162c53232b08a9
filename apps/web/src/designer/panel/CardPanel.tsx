import { type Card, CARD_TYPE_LABELS, describeCard } from "@parley/flow/card";
import type { Stream } from "@parley/flow/stream";
import type { Dispatch } from "react";
import { useSites } from "../../data/useSites";
import { Button } from "../../ui/Button";
import { ConfirmButton } from "../../ui/ConfirmButton";
import { TextField } from "../../ui/TextField";
import type { DesignerAction } from "../state/designerAction";
import { CardEditor } from "./CardEditor";
import { bindText } from "./editorProps";
import { tokenCatalog } from "./tokenCatalog";
import { TranslationsSection } from "./TranslationsSection";
import { useCardDraft } from "./useCardDraft";
import { usePanelLists } from "./usePanelLists";
import "./panel.css";

export interface CardPanelProps {
  siteId: string;
  stream: Stream;
  /** The selected card: the panel edits every option of it (dispatching `updateCard`). */
  card: Card;
  /** The dialogue's languages besides the default: texts per language (`setTranslations`). */
  languages: readonly string[];
  dispatch: Dispatch<DesignerAction>;
}

/** The side panel that edits the selected card: its name, its options, its texts per language. */
export function CardPanel(props: CardPanelProps) {
  // A fresh editor per card: what was typed into one card's fields never shows on another's.
  return <CardPanelBody key={props.card.id} {...props} />;
}

function CardPanelBody({ siteId, stream, card, languages, dispatch }: CardPanelProps) {
  const ed = useCardDraft(card, dispatch);
  const lists = usePanelLists(siteId);
  const sites = useSites();
  const tokens = tokenCatalog(lists.fields.data ?? []);
  const siteLanguage = sites.data?.find((s) => s.id === siteId)?.language ?? "auto";
  const isStart = stream.startCardId === card.id;
  const typeLabel = CARD_TYPE_LABELS[card.type];

  return (
    <section className="card-panel" aria-label={`Edit the ${typeLabel} card`}>
      <header className="card-panel-header">
        <h2 id="card-panel-title" className="card-panel-title">
          {typeLabel[0]?.toUpperCase()}
          {typeLabel.slice(1)}
        </h2>
        {isStart && <span className="badge badge-info">Start</span>}
        <code className="card-panel-id" aria-label="Card id">
          {card.id}
        </code>
      </header>
      <TextField
        label="Card name"
        hint="Shown on the canvas and in reports."
        {...bindText(ed, ["name"], { optional: true })}
      />
      <div className="card-panel-actions">
        <Button disabled={isStart} onPress={() => dispatch({ type: "setStart", cardId: card.id })}>
          {isStart ? "Conversation starts here" : "Start here"}
        </Button>
        <ConfirmButton
          label="Delete card"
          question={`Delete ${describeCard(card)}? Connections to it end their branch.`}
          onConfirm={() => dispatch({ type: "removeCards", ids: [card.id] })}
        />
      </div>
      <section className="panel-section" aria-labelledby="panel-options">
        <h3 id="panel-options" className="panel-section-title">
          Options
        </h3>
        <CardEditor card={card} ed={ed} siteId={siteId} stream={stream} lists={lists} tokens={tokens} />
      </section>
      <TranslationsSection
        card={card}
        stream={stream}
        languages={languages}
        siteLanguage={siteLanguage === "auto" ? null : siteLanguage}
        tokens={tokens}
        dispatch={dispatch}
      />
    </section>
  );
}
