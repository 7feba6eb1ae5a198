// The content policy: the company's word list (each word BLOCK or MASK), and what it refused or masked.
import { useEffect, useState } from 'preact/hooks';
import { html } from '../ui/html.js';
import { query } from './operator-api.js';
import { Outcome, attempt, usePages, when } from './console.js';

const FIELDS = {
  MESSAGE: 'Message', REDPACK_GREETING: 'Red-packet greeting', GROUP_NAME: 'Group name',
  GROUP_ANNOUNCEMENT: 'Announcement', NICKNAME: 'Nickname',
};

export function ContentPolicy({ api }) {
  const [outcome, setOutcome] = useState(null);
  const [words, setWords] = useState([]);
  const hits = usePages(api, '/content-policy/hits', setOutcome);
  const readWords = async () => {
    const list = await attempt(setOutcome, () => api.get('/content-policy'), null);
    if (list) setWords(list.words);
  };
  useEffect(() => { readWords(); }, []);

  async function add(event) {
    event.preventDefault();
    const form = new FormData(event.target);
    const word = form.get('word').trim();
    const action = form.get('action');
    const listed = await attempt(setOutcome, () => api.post('/content-policy/words', { words: [{ word, action }] }), null);
    if (!listed) return;
    event.target.reset();
    await readWords(); // reading the list clears the outcome line: say what happened after it
    setOutcome({ text: listed.added ? `Listed "${word}" (${action}): every node screens for it within moments.`
      : `"${word}" was listed already, as it or as a spelling alike: it is now ${action}.` });
  }

  async function remove(word) {
    const done = await attempt(setOutcome, () => api.delete('/content-policy/words' + query({ word })),
      `"${word}" is off the list.`);
    if (done !== undefined) setWords(words.filter(w => w.word !== word));
  }

  return html`
    <section data-testid="admin-content" aria-labelledby="content-title">
      <h2 id="content-title">Content policy</h2>
      <p class="hint">Messages, greetings, group names, announcements and nicknames are screened before they are
        stored. Case, full-width letters, look-alikes and anything put between the letters are seen through.</p>
      <form class="stack" onSubmit=${add} aria-label="List a word">
        <h3>List a word</h3>
        <label>Word <input name="word" required maxlength="100" spellcheck="false" data-testid="admin-word" /></label>
        <label>Action
          <select name="action" data-testid="admin-word-action">
            <option value="BLOCK">Block: refuse the text</option>
            <option value="MASK">Mask: store it as *</option>
          </select>
        </label>
        <div class="row"><button type="submit" class="primary" data-testid="admin-word-add">List</button></div>
      </form>
      <${Outcome} outcome=${outcome} />
      <h3>The list</h3>
      <div class="table-wrap">
        <table>
          <thead><tr><th scope="col">Word</th><th scope="col">Action</th><th scope="col">Listed</th>
            <th scope="col">By</th><th scope="col"><span class="sr-only">Remove</span></th></tr></thead>
          <tbody>${words.map(w => html`
            <tr key=${w.word} data-testid="admin-word-row">
              <td>${w.word}</td><td>${w.action === 'BLOCK' ? 'Block' : 'Mask'}</td><td>${when(w.addedAt)}</td>
              <td>${w.addedBy}</td>
              <td><button type="button" class="link" aria-label=${'Remove ' + w.word}
                onClick=${() => remove(w.word)}>Remove</button></td>
            </tr>`)}</tbody>
        </table>
      </div>
      ${words.length === 0 && html`<p class="hint">No words are listed: every text passes.</p>`}
      <h3>Refused and masked</h3>
      <p class="hint">Who, where, which rule and when; the text only when CHAT_MODERATION_RECORD_TEXT is on.</p>
      <div class="table-wrap">
        <table>
          <thead><tr><th scope="col">When</th><th scope="col">User</th><th scope="col">Where</th>
            <th scope="col">Done</th><th scope="col">Rule</th></tr></thead>
          <tbody>${hits.items.map(h => html`
            <tr key=${h.id} data-testid="admin-hit-row">
              <td>${when(h.at)}</td><td><code>${h.userId}</code></td>
              <td>${FIELDS[h.field]}${h.groupId && html` <code>${h.groupId}</code>`}</td>
              <td>${h.action === 'BLOCK' ? 'Refused' : 'Masked'}</td>
              <td>${h.word ?? `Moderation service: ${h.serviceReason}`}${h.text && html`<br /><q>${h.text}</q>`}</td>
            </tr>`)}</tbody>
        </table>
      </div>
      ${hits.items.length === 0 && html`<p class="hint">Nothing refused or masked yet.</p>`}
      ${hits.next && html`<button type="button" onClick=${hits.more}>Older</button>`}
    </section>`;
}
