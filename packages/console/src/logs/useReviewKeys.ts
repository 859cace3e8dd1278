import { useEffect } from 'react';

/**
 * Keyboard-only review: j / k move, x selects, o or Enter opens. Ignored while typing in a field.
 */
export function useReviewKeys(handlers: {
  count: number;
  focused: number;
  setFocused: (index: number) => void;
  toggle: (index: number) => void;
  open: (index: number) => void;
}): void {
  const { count, focused, setFocused, toggle, open } = handlers;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (target && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (count === 0) return;
      const move = (index: number) => {
        const next = Math.max(0, Math.min(count - 1, index));
        setFocused(next);
        const link = document.querySelector<HTMLElement>(`[data-open="${next}"]`);
        link?.focus();
      };
      if (event.key === 'j') move(focused + 1);
      else if (event.key === 'k') move(focused - 1);
      else if (event.key === 'x') toggle(Math.max(0, focused));
      else if (event.key === 'o') open(Math.max(0, focused));
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [count, focused, setFocused, toggle, open]);
}
