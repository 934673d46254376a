// Where the five source documents live: ../shared/seeds beside the checkout (as in CI), or
// $IKESCOPE_SEEDS. Tests that need them say so and skip when they are absent.
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const SEEDS_DIR = resolve(process.env.IKESCOPE_SEEDS ?? '../shared/seeds');

export function seedPath(prefix: string): string | undefined {
  if (!existsSync(SEEDS_DIR)) return undefined;
  const f = readdirSync(SEEDS_DIR).find((x) => x.startsWith(prefix));
  return f ? join(SEEDS_DIR, f) : undefined;
}
