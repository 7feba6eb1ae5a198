// Edit fields and their drafts. Preact re-applies a controlled field's value on every render in
// which it differs from what the field shows, and this page re-renders on every server frame: a
// field whose state lags what the user sees is put back to the stale value, and their typing lands
// after it ("Team up" + "Friday lunch").
import { useState } from 'preact/hooks';

/**
 * Handlers that keep state in step with a field: `input` for typing, and `change` for whatever
 * sets the value without an input event (autofill, a password manager, WebDriver's clear()).
 */
export function follows(set) {
  const take = event => set(event.target.value);
  return { onInput: take, onChange: take };
}

/**
 * A field that edits something the server holds (a group's name, its announcement). Until the
 * user edits it, the field shows `saved`, the value as the server last said, so a change made
 * elsewhere shows up; from the first edit the draft is theirs until they save it or cancel it
 * (Escape), whatever refreshes and pushes arrive meanwhile.
 */
export function useDraft(saved) {
  const [draft, setDraft] = useState(null);
  const value = draft ?? saved ?? '';
  return {
    value,
    editing: draft !== null,
    /** Props for the input or textarea. */
    field: {
      value,
      ...follows(setDraft),
      onKeyDown: event => {
        if (event.key === 'Escape' && draft !== null) {
          event.preventDefault();
          setDraft(null);
        }
      },
    },
    /** After `sent` was saved: the field follows the server again, unless the user typed on meanwhile. */
    saved: sent => setDraft(current => (current === sent ? null : current)),
  };
}
