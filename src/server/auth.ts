// API tokens. A token is `isk_<id>_<secret>` with a 256-bit random secret; the store keeps only
// sha256(salt ‖ secret) and the salt. A slow hash (scrypt) would add nothing against guessing a
// 256-bit secret and would let unauthenticated requests burn CPU, so a salted SHA-256 it is,
// compared in constant time. The id in the token picks the one record to compare against.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Store, TokenRecord } from './store/types.js';

export interface TokenInfo {
  id: string;
  readOnly: boolean;
  label: string;
}

function hashOf(salt: string, secret: string): string {
  return createHash('sha256').update(salt).update('\u0000').update(secret).digest('hex');
}

/** Make a token; returns the record to store and the token to show the user once. */
export function newToken(readOnly: boolean, label: string): { record: TokenRecord; token: string } {
  const id = randomBytes(6).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  const salt = randomBytes(16).toString('hex');
  return {
    record: { id, hash: hashOf(salt, secret), salt, readOnly, label, createdAt: Date.now() },
    token: `isk_${id}_${secret}`,
  };
}

function split(token: string): { id: string; secret: string } | undefined {
  if (token.length > 200 || !token.startsWith('isk_')) return undefined;
  const sep = token.indexOf('_', 4);
  if (sep < 0) return undefined;
  return { id: token.slice(4, sep), secret: token.slice(sep + 1) };
}

export class TokenVerifier {
  private records = new Map<string, TokenRecord>();
  private loadedAt = 0;

  constructor(private readonly store: Store) {}

  async reload(): Promise<void> {
    this.records = new Map((await this.store.tokens()).map((r) => [r.id, r]));
    this.loadedAt = Date.now();
  }

  get count(): number {
    return this.records.size;
  }

  /** The token's record, or undefined. Unknown ids reload the list at most once a second (tokens added by `--add-token`). */
  async verify(token: string | undefined): Promise<TokenInfo | undefined> {
    if (!token) return undefined;
    const p = split(token);
    if (!p) return undefined;
    let r = this.records.get(p.id);
    if (!r && Date.now() - this.loadedAt > 1000) {
      await this.reload();
      r = this.records.get(p.id);
    }
    if (!r) return undefined;
    const a = Buffer.from(hashOf(r.salt, p.secret), 'hex');
    const b = Buffer.from(r.hash, 'hex');
    if (a.length !== b.length || !timingSafeEqual(a, b)) return undefined;
    return { id: r.id, readOnly: r.readOnly, label: r.label };
  }

  async add(readOnly: boolean, label: string): Promise<{ token: string; info: TokenInfo }> {
    const { record, token } = newToken(readOnly, label);
    await this.store.addToken(record);
    this.records.set(record.id, record);
    return { token, info: { id: record.id, readOnly, label } };
  }

  async remove(id: string): Promise<boolean> {
    const ok = await this.store.deleteToken(id);
    this.records.delete(id);
    return ok;
  }

  list(): TokenInfo[] {
    return [...this.records.values()].map((r) => ({ id: r.id, readOnly: r.readOnly, label: r.label }));
  }
}
