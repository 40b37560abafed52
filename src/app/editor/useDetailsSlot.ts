import { useEffect, useState } from 'react';

const prefix = '#event=';

function selectedInUrl(): string | null {
  const { hash } = window.location;
  if (!hash.startsWith(prefix)) return null;
  try {
    return decodeURIComponent(hash.slice(prefix.length));
  } catch {
    return null;
  }
}

/**
 * A place at the top of the page's details pane for the editor's form, and the event the page has
 * selected. The published page is left exactly as it is: the selection is read from the URL
 * (`#event=<id>`, which the page keeps), each time the pane's content changes.
 */
export function useDetailsSlot(ready: boolean): { slot: HTMLElement; selectedId: string | null } {
  // The form renders into this element whether or not it is on the page yet.
  const [slot] = useState(() => {
    const host = document.createElement('div');
    host.className = 'editor-slot';
    return host;
  });
  const [selectedId, setSelectedId] = useState<string | null>(selectedInUrl);

  useEffect(() => {
    const pane = ready ? document.getElementById('event-details') : null;
    if (!pane) return;
    const read = () => setSelectedId(selectedInUrl());
    // The page selects with history.pushState, which fires no event; its pane always changes.
    const observer = new MutationObserver(read);
    observer.observe(pane, { childList: true, subtree: true });
    window.addEventListener('popstate', read);
    pane.prepend(slot);
    return () => {
      observer.disconnect();
      window.removeEventListener('popstate', read);
      slot.remove();
    };
  }, [ready, slot]);

  return { slot, selectedId };
}
