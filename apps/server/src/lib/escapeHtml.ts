/** Text made safe to put inside HTML (a mail's HTML part): every markup character as an entity. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
