// Preact with htm's tagged templates: components without a JSX build step.
import { h } from 'preact';
import htm from 'htm';

export const html = htm.bind(h);

export function time(iso) {
  if (!iso) return '';
  const at = new Date(iso);
  const today = new Date().toDateString() === at.toDateString();
  return today ? at.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })
    : at.toLocaleDateString([], { month: 'short', day: 'numeric' });
}

/** Cents as money: integer arithmetic only, never a float. */
export function money(cents) {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** "12.3" -> 1230 cents; null for anything that is not a positive amount with at most 2 decimals. */
export function parseCents(text) {
  const match = /^\s*(\d{1,9})(?:[.,](\d{1,2}))?\s*$/.exec(text ?? '');
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '0').padEnd(2, '0'));
}

export function preview(message, client) {
  if (!message) return '';
  if (message.recalled) return 'A message was recalled';
  const who = message.type === 'SYSTEM' ? '' : `${client.nickname(message.senderId)}: `;
  switch (message.type) {
    case 'IMAGE': return `${who}[Photo]`;
    case 'VIDEO': return `${who}[Video]`;
    case 'AUDIO': return `${who}[Voice]`;
    case 'REDPACK': return `${who}[Red packet] ${message.text ?? ''}`;
    default: return who + (message.text ?? '');
  }
}

export function initials(name) {
  return (name ?? '?').trim().slice(0, 1).toUpperCase() || '?';
}
