// Small builders shared by the appliance parsers when they assemble a TunnelPolicy.
import type { ChildProposal, ConfigSource, IkeProposal, TrafficSelector, Value } from '../../core/policy.js';
import { dhGroupNumber, encryptionName, integrityName, isAead, uniq } from './algorithms.js';

/** Encryption tokens → canonical names; unknown tokens are returned in `bad`. */
export function encList(tokens: readonly string[], aesBits = 128): { names: string[]; bad: string[] } {
  const names: string[] = [];
  const bad: string[] = [];
  for (const t of tokens) {
    const n = encryptionName(t, aesBits);
    if (n === undefined) bad.push(t);
    else names.push(n);
  }
  return { names: uniq(names), bad };
}

/** Hash tokens → canonical names (`''` = none is dropped); unknown tokens in `bad`. */
export function hashList(tokens: readonly string[]): { names: string[]; bad: string[] } {
  const names: string[] = [];
  const bad: string[] = [];
  for (const t of tokens) {
    const n = integrityName(t);
    if (n === undefined) bad.push(t);
    else if (n !== '') names.push(n);
  }
  return { names: uniq(names), bad };
}

/** DH group tokens → numbers; unknown tokens in `bad`. */
export function groupList(tokens: readonly string[]): { groups: number[]; bad: string[] } {
  const groups: number[] = [];
  const bad: string[] = [];
  for (const t of tokens) {
    const g = dhGroupNumber(t);
    if (g === undefined) bad.push(t);
    else groups.push(g);
  }
  return { groups: uniq(groups), bad };
}

export function ikeProposal(
  encryption: string[],
  integrity: string[],
  prf: string[],
  dhGroups: number[],
): IkeProposal {
  const aead = encryption.length > 0 && encryption.every(isAead);
  return { encryption, integrity: aead ? [] : integrity, prf, dhGroups };
}

export function childProposal(
  encryption: string[],
  integrity: string[],
  dhGroups: number[],
  protocol: 'esp' | 'ah' = 'esp',
): ChildProposal {
  const aead = encryption.length > 0 && encryption.every(isAead);
  return { protocol, encryption, integrity: aead ? [] : integrity, dhGroups };
}

export function value<T>(v: T, src: ConfigSource | undefined): Value<T> {
  return src ? { value: v, src } : { value: v };
}

/** Selector list without duplicates. */
export function uniqSelectors(ts: readonly TrafficSelector[]): TrafficSelector[] {
  const seen = new Set<string>();
  const out: TrafficSelector[] = [];
  for (const t of ts) {
    const k = `${t.local}|${t.remote}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(t);
  }
  return out;
}

/** Seconds from an amount and a unit word (`8 hours`, `hours 8`, `1 day` ...). */
export function toSeconds(n: number, unit: string): number | undefined {
  const u = unit.toLowerCase();
  if (u.startsWith('sec')) return n;
  if (u.startsWith('min')) return n * 60;
  if (u.startsWith('hour')) return n * 3600;
  if (u.startsWith('day')) return n * 86400;
  return undefined;
}

/** Kilobytes from an amount and a unit word (`kb`, `mb`, `gb`, `tb`). */
export function toKilobytes(n: number, unit: string): number | undefined {
  const u = unit.toLowerCase();
  if (u === 'kb' || u.startsWith('kilo')) return n;
  if (u === 'mb') return n * 1024;
  if (u === 'gb') return n * 1024 * 1024;
  if (u === 'tb') return n * 1024 * 1024 * 1024;
  return undefined;
}

export const isInt = (s: string | undefined): s is string => s !== undefined && /^\d{1,10}$/.test(s);
