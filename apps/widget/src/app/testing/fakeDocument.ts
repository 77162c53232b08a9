/**
 * Just enough of the DOM for the widget's renderers (h, renderSafeText, the live card), without a
 * browser: elements keep attributes, children and listeners; any markup parsing throws.
 */
export class FakeNode {
  parent: FakeNode | null = null;
  children: FakeNode[] = [];
  attributes: Record<string, string> = {};
  listeners: Record<string, (() => void)[]> = {};
  className = "";
  hidden = false;
  style: Record<string, string> = {};
  classList = { add: (name: string) => (this.className = `${this.className} ${name}`.trim()) };
  constructor(
    readonly tag: string,
    readonly text = "",
  ) {}
  set innerHTML(_: string) {
    throw new Error("innerHTML must never be used");
  }
  get textContent(): string {
    return this.tag === "#text" ? this.text : this.children.map((c) => c.textContent).join("");
  }
  setAttribute(name: string, value: string) {
    this.attributes[name] = value;
  }
  getAttribute(name: string) {
    return this.attributes[name] ?? null;
  }
  addEventListener(type: string, fn: () => void) {
    (this.listeners[type] ??= []).push(fn);
  }
  click() {
    for (const fn of this.listeners.click ?? []) fn();
  }
  focus() {}
  /** No focus in the fake DOM: nothing is ever the active element. */
  getRootNode() {
    return { activeElement: null };
  }
  contains(node: FakeNode): boolean {
    return node === this || this.children.some((c) => c.contains(node));
  }
  appendChild(child: FakeNode) {
    this.append(child);
    return child;
  }
  append(...nodes: (FakeNode | string)[]) {
    for (const node of nodes) {
      const child = typeof node === "string" ? new FakeNode("#text", node) : node;
      child.parent = this;
      this.children.push(child);
    }
  }
  replaceChildren(...nodes: (FakeNode | string)[]) {
    this.children = [];
    this.append(...nodes);
  }
  /** Every element below (depth first) with this tag or `.class`. */
  all(selector: string): FakeNode[] {
    const match = (n: FakeNode) =>
      selector.startsWith(".") ? n.className.split(" ").includes(selector.slice(1)) : n.tag === selector;
    return this.children.flatMap((c) => [...(match(c) ? [c] : []), ...c.all(selector)]);
  }
  querySelector(selector: string) {
    return this.all(selector)[0] ?? null;
  }
}

export const fakeDocument = {
  createElement: (tag: string) => new FakeNode(tag),
  createElementNS: (_ns: string, tag: string) => new FakeNode(tag),
  createTextNode: (text: string) => new FakeNode("#text", text),
};
