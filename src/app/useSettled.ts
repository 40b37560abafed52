import { useEffect, useState } from 'react';

/**
 * `value` once it has stayed the same for `delayMs`: while a reader is typing, the page answers
 * each keystroke in the box at once and filters thousands of events only when they pause. A
 * delay of 0 passes `value` straight through.
 */
export function useSettled<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (delayMs === 0) return;
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return delayMs === 0 ? value : settled;
}
