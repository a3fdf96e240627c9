/** The chat list header's plain tabs, My / All radios and search field, as a spec reaches them. */
export const headerQuery = {
  /** The status tabs, in order. */
  tabs(host: HTMLElement): HTMLButtonElement[] {
    return Array.from(host.querySelectorAll<HTMLButtonElement>('[role="tablist"] [role="tab"]'));
  },
  /** Each tab's text with its spaces folded: "Active 3". */
  tabLabels(host: HTMLElement): string[] {
    return this.tabs(host).map((tab) => (tab.textContent ?? '').replace(/\s+/g, ' ').trim());
  },
  /** The My chats / All radio with that text. */
  scope(host: HTMLElement, text: string): HTMLButtonElement {
    const radio = Array.from(host.querySelectorAll<HTMLButtonElement>('[role="radio"]')).find(
      (candidate) => candidate.textContent?.trim() === text,
    );
    if (!radio) {
      throw new Error(`No "${text}" radio`);
    }
    return radio;
  },
  /** The search field. */
  search(host: HTMLElement): HTMLInputElement {
    return host.querySelector<HTMLInputElement>('input#chat-search')!;
  },
  /** Types `value` into the search field as a person would (one input event). */
  typeSearch(host: HTMLElement, value: string): void {
    const input = this.search(host);
    input.focus();
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  },
};
