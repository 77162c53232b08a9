import { useEffect, useState } from "react";

import { Button } from "./Button";
/** Copies text to the clipboard and says so; falls back to a hidden textarea where the Clipboard API is missing (plain http). */
interface CopyButtonProps {
  text: string;
  label?: string;
  /** Make it the main action (e.g. a secret shown once). */
  primary?: boolean;
}

export function CopyButton({ text, label = "Copy", primary = false }: CopyButtonProps) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");

  useEffect(() => {
    if (state === "idle") return;
    const timer = window.setTimeout(() => setState("idle"), 2500);
    return () => window.clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    try {
      if (navigator.clipboard && window.isSecureContext) await navigator.clipboard.writeText(text);
      else copyWithTextarea(text);
      setState("copied");
    } catch {
      setState("failed");
    }
  };

  return (
    <span className="copy-button">
      <Button variant={primary ? "primary" : "secondary"} onPress={copy}>
        {label}
      </Button>
      <span className="copy-status" aria-live="polite">
        {state === "copied" ? "Copied" : state === "failed" ? "Copy failed: select the text and copy it" : ""}
      </span>
    </span>
  );
}

function copyWithTextarea(text: string): void {
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.append(area);
  area.select();
  const ok = document.execCommand("copy");
  area.remove();
  if (!ok) throw new Error("copy refused");
}
