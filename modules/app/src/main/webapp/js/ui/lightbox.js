// The full image over the page; Escape or the button closes it and focus returns.
import { useEffect, useRef } from 'preact/hooks';
import { html } from './html.js';

export function Lightbox({ media, onClose }) {
  const close = useRef(null);
  useEffect(() => {
    const previous = document.activeElement;
    close.current?.focus();
    const key = e => e.key === 'Escape' && onClose();
    addEventListener('keydown', key);
    return () => { removeEventListener('keydown', key); previous?.focus?.(); };
  }, []);
  return html`
    <div class="overlay" role="dialog" aria-modal="true" aria-label="Image" onClick=${e => e.target === e.currentTarget && onClose()}>
      <img src=${media.url} alt="Full image" class="full-image" data-testid="full-image" />
      <button type="button" class="close" ref=${close} onClick=${onClose}>Close</button>
    </div>`;
}
