// The last hour of the cluster as two small charts drawn from the metrics' history: messages
// stored a minute (bars) and open connections (a line). Each says its figures in words as well.
import { html } from '../ui/html.js';

const MINUTES = 60;
const WIDTH = 360;
const HEIGHT = 96;

/** The points ({at, messagesStored, connections}) placed in the last hour's 60 minute slots. */
function slots(points, now = Date.now()) {
  const last = Math.floor(now / 60_000);
  const byMinute = new Map(points.map(p => [Math.floor(Date.parse(p.at) / 60_000), p]));
  return Array.from({ length: MINUTES }, (_, i) => byMinute.get(last - MINUTES + 1 + i) ?? null);
}

function MiniChart({ title, summary, values, kind, testid }) {
  const known = values.filter(v => v !== null);
  const top = Math.max(1, ...known);
  const step = WIDTH / MINUTES;
  const y = v => HEIGHT - (v / top) * (HEIGHT - 4);
  const shapes = kind === 'bars'
    ? values.map((v, i) => v ? html`<rect x=${i * step + 1} y=${y(v)} width=${step - 2} height=${HEIGHT - y(v)} />` : null)
    : html`<polyline fill="none" points=${values.map((v, i) => (v === null ? null : `${i * step + step / 2},${y(v)}`))
        .filter(Boolean).join(' ')} />
      ${values.map((v, i) => (v === null ? null : html`<circle cx=${i * step + step / 2} cy=${y(v)} r="2.5" />`))}`;
  return html`
    <figure class="chart" data-testid=${testid}>
      <figcaption><strong>${title}</strong> <span>${summary}</span></figcaption>
      <svg viewBox=${`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label=${`${title}: ${summary}`} preserveAspectRatio="none">
        <line class="axis" x1="0" y1=${HEIGHT - 0.5} x2=${WIDTH} y2=${HEIGHT - 0.5} />
        <g class=${kind}>${shapes}</g>
      </svg>
      <div class="chart-scale"><span>an hour ago</span><span>most ${top.toLocaleString()}</span><span>now</span></div>
    </figure>`;
}

export function LastHour({ points }) {
  const minutes = slots(points);
  const messages = minutes.map(p => (p ? p.messagesStored : null));
  const connections = minutes.map(p => (p ? p.connections : null));
  const stored = messages.reduce((sum, v) => sum + (v ?? 0), 0);
  const latest = [...connections].reverse().find(v => v !== null);
  const peak = Math.max(0, ...connections.filter(v => v !== null));
  return html`
    <div class="charts" aria-label="The last hour">
      <${MiniChart} title="Messages stored a minute" testid="admin-chart-messages" kind="bars" values=${messages}
        summary=${`${stored.toLocaleString()} in the last hour`} />
      <${MiniChart} title="Open connections" testid="admin-chart-connections" kind="line" values=${connections}
        summary=${latest === undefined ? 'no sample yet' : `${latest.toLocaleString()} now, at most ${peak.toLocaleString()}`} />
    </div>`;
}
