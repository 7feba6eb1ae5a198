// Writing: Enter sends (Shift+Enter for a new line); "@" offers the members to mention; a reply
// shows what it answers above the field until sent or cancelled; files are picked or dropped,
// uploaded with a progress bar, then sent. A muted member sees why they cannot post instead.
import { useEffect, useRef, useState } from 'preact/hooks';
import { html } from './html.js';
import { SendRedPack } from './redpack.js';
import { MentionPicker, candidates, useMembers } from './mention-picker.js';
import { insertMention, mentionsOf, typedMention } from '../mentions.js';

const MAX_TEXT = 10_000;

export function Composer({ client, c, replying, onReplied }) {
  const [text, setText] = useState('');
  const [uploads, setUploads] = useState([]);
  const [error, setError] = useState(null);
  const [packet, setPacket] = useState(false);
  const [picked, setPicked] = useState([]);
  const [typed, setTyped] = useState(null);
  const [active, setActive] = useState(0);
  const field = useRef(null);
  const blocked = whyNotPosting(c);
  const members = useMembers(client, c, typed !== null);
  const options = typed ? candidates(members, typed.partial, c.role === 'OWNER' || c.role === 'ADMIN') : [];

  useEffect(() => { if (replying) field.current?.focus(); }, [replying]);

  useEffect(() => {
    const drop = e => { e.preventDefault(); send(e.dataTransfer?.files); };
    const over = e => e.preventDefault();
    const pane = document.querySelector('.conversation-view');
    pane?.addEventListener('drop', drop);
    pane?.addEventListener('dragover', over);
    return () => { pane?.removeEventListener('drop', drop); pane?.removeEventListener('dragover', over); };
  }, [c.id, blocked]);

  function submit(event) {
    event?.preventDefault();
    const body = text.trim();
    if (!body || blocked) return;
    const sent = body.slice(0, MAX_TEXT);
    client.sendText(c.id, sent, mentionsOf(sent, picked), replying?.seq);
    onReplied();
    setText('');
    setPicked([]);
    setTyped(null);
  }

  /** Typing, and where the caret is: an "@" and the start of a name open the picker. */
  function edited(event) {
    const { value, selectionStart } = event.target;
    setText(value);
    setTyped(typedMention(value, selectionStart));
    setActive(0);
  }

  function pick(person) {
    const caret = field.current?.selectionStart ?? text.length;
    const next = insertMention(text, typed, caret, person);
    setText(next.text);
    setPicked(list => [...list, person]);
    setTyped(null);
    requestAnimationFrame(() => field.current?.setSelectionRange(next.caret, next.caret));
  }

  function onKey(event) {
    if (options.length) {
      const moves = { ArrowDown: 1, ArrowUp: options.length - 1 };
      if (event.key in moves) {
        event.preventDefault();
        setActive(i => (i + moves[event.key]) % options.length);
        return;
      }
      if ((event.key === 'Enter' || event.key === 'Tab') && !event.isComposing) {
        event.preventDefault();
        pick(options[Math.min(active, options.length - 1)]);
        return;
      }
      if (event.key === 'Escape') {
        setTyped(null);
        return;
      }
    }
    if (event.key === 'Escape' && replying) onReplied();
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) submit(event);
  }

  async function send(files) {
    if (!files?.length || blocked) return;
    setError(null);
    for (const file of files) {
      const upload = { name: file.name, progress: 0 };
      setUploads(list => [...list, upload]);
      const progress = fraction => setUploads(list => list.map(u => (u === upload ? Object.assign(upload, { progress: fraction }) : u)));
      try {
        const media = await client.api.upload(file, progress);
        client.sendMedia(c.id, media);
      } catch (e) {
        setError(`${file.name}: ${e.message}`);
      } finally {
        setUploads(list => list.filter(u => u !== upload));
      }
    }
  }

  return html`
    <form class="composer" onSubmit=${submit} aria-label="Write a message">
      ${blocked && html`<p class="blocked" data-testid="composer-note" role="status">${blocked}</p>`}
      ${uploads.map(u => html`<label class="upload">Uploading ${u.name}
          <progress max="1" value=${u.progress} data-testid="upload-progress"></progress></label>`)}
      ${error && html`<p class="error" role="alert">${error}</p>`}
      ${replying && html`<p class="replying" data-testid="replying">
        <span>Replying to <strong>${client.nickname(replying.senderId)}</strong>: ${replying.text ?? `[${replying.type.toLowerCase()}]`}</span>
        <button type="button" class="link" data-testid="reply-cancel" onClick=${onReplied} aria-label="Cancel the reply">✕</button></p>`}
      <div class="composer-row">
        <label class="button attach" aria-disabled=${!!blocked}>
          <span aria-hidden="true">+</span><span class="sr-only">Attach an image, audio or video</span>
          <input type="file" accept="image/*,audio/*,video/*" multiple class="sr-only" data-testid="attach"
                 disabled=${!!blocked} onChange=${e => { send(e.target.files); e.target.value = ''; }} />
        </label>
        <div class="composer-field">
          <${MentionPicker} options=${options} active=${active} onPick=${pick} />
          <textarea data-testid="composer" aria-label="Message" rows="1" maxlength=${MAX_TEXT} ref=${field}
                    placeholder=${blocked ? 'You cannot post here now' : 'Message'} disabled=${!!blocked} value=${text}
                    onInput=${edited} onChange=${edited} onKeyDown=${onKey}
                    onBlur=${() => setTyped(null)}></textarea>
        </div>
        <button type="button" class="button packet-button" data-testid="redpack-compose" disabled=${!!blocked}
                onClick=${() => setPacket(true)}>
          <span aria-hidden="true">¥</span><span class="sr-only">Send a red packet</span></button>
        <button type="submit" class="primary" data-testid="send" disabled=${!!blocked}>Send</button>
      </div>
    </form>
    ${packet && html`<${SendRedPack} client=${client} c=${c} onClose=${() => setPacket(false)} />`}`;
}

/** Why the user cannot post in the conversation now, or null when they can. */
function whyNotPosting(c) {
  if (c.mutedUntil && new Date(c.mutedUntil) > new Date()) {
    const until = new Date(c.mutedUntil);
    return `You are muted until ${until.toLocaleString([], { dateStyle: 'short', timeStyle: 'short' })}`;
  }
  if (c.allMuted && c.role === 'MEMBER') return 'Everyone is muted: only the owner and admins can post';
  return null;
}
