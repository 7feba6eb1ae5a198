// A modal panel: labelled, focus moves in and back, Escape closes.
import { useEffect, useRef } from 'preact/hooks';
import { html } from './html.js';

export function Dialog({ title, onClose, children, testId }) {
  const panel = useRef(null);
  useEffect(() => {
    const previous = document.activeElement;
    panel.current?.querySelector('input, button, textarea, select')?.focus();
    const key = e => e.key === 'Escape' && onClose();
    addEventListener('keydown', key);
    return () => { removeEventListener('keydown', key); previous?.focus?.(); };
  }, []);
  return html`
    <div class="overlay" onClick=${e => e.target === e.currentTarget && onClose()}>
      <div class="dialog" role="dialog" aria-modal="true" aria-label=${title} ref=${panel} data-testid=${testId}>
        <div class="dialog-head"><h2>${title}</h2>
          <button type="button" class="link" onClick=${onClose} aria-label="Close">Close</button></div>
        ${children}
      </div>
    </div>`;
}
