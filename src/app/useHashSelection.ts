import { useCallback, useEffect, useState } from 'react';

const prefix = '#event=';

function fromHash(hash: string, known: ReadonlySet<string>): string | null {
  if (!hash.startsWith(prefix)) return null;
  let id: string;
  try {
    id = decodeURIComponent(hash.slice(prefix.length));
  } catch {
    return null;
  }
  return known.has(id) ? id : null;
}

/**
 * The selected event, kept in the URL as `#event=<id>`: a link opens that event, every
 * selection a reader makes is a history entry, and back/forward move between them.
 */
export function useHashSelection(
  known: ReadonlySet<string>,
): [selected: string | null, select: (id: string | null) => void] {
  const [selected, setSelected] = useState(() => fromHash(window.location.hash, known));

  useEffect(() => {
    const onPopState = () => setSelected(fromHash(window.location.hash, known));
    onPopState();
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [known]);

  const select = useCallback(
    (id: string | null) => {
      if (id === selected) return;
      const url = id
        ? `${prefix}${encodeURIComponent(id)}`
        : `${window.location.pathname}${window.location.search}`;
      window.history.pushState(null, '', url);
      setSelected(id);
    },
    [selected],
  );

  return [selected, select];
}
