/** Selects an event on the page the way a link does, so the details pane shows it. */
export function showEvent(id: string): void {
  window.location.hash = `event=${encodeURIComponent(id)}`;
}
