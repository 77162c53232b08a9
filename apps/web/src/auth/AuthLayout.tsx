import { type ReactNode, useEffect } from "react";
import { BrandMark } from "../shell/BrandMark";

/** The centred card of the signed-out pages (sign-in, first-run setup). */
export function AuthLayout({
  title,
  intro,
  children,
}: {
  title: string;
  intro?: ReactNode;
  children: ReactNode;
}) {
  useEffect(() => {
    document.title = `${title} · Parley`;
  }, [title]);
  return (
    <div className="auth-page">
      <main className="auth-card">
        <BrandMark />
        <h1>{title}</h1>
        {intro && <div className="auth-intro">{intro}</div>}
        {children}
      </main>
    </div>
  );
}
