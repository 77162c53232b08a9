/** The Parley word mark: a speech-bubble glyph and the name. */
export function BrandMark() {
  return (
    <span className="brand">
      <svg className="brand-glyph" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d="M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H10l-5 4v-4H4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z" />
      </svg>
      <span className="brand-name">Parley</span>
    </span>
  );
}
