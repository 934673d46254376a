// Webhook delivery from the durable outbox: notifications are committed with the state change
// that caused them, then POSTed (JSON) by this worker. A failed delivery is retried with
// exponential back-off (first delay × 2^n); after the last retry it becomes a dead letter, kept
// in the store and listed at GET /api/v1/dead-letters. A restart resumes pending deliveries.
import type { Store } from '../store/types.js';

export interface WebhookOptions {
  url: string;
  retries: number;
  backoffMs: number;
  timeoutMs?: number;
  log: (id: string, vars?: Record<string, string | number>) => void;
}

export class WebhookWorker {
  private timer: NodeJS.Timeout | undefined;
  private running = false;
  private again = false;
  private stopped = false;
  delivered = 0;
  failedAttempts = 0;

  constructor(
    private readonly store: Store,
    private readonly o: WebhookOptions,
  ) {}

  start(): void {
    this.timer = setInterval(() => this.kick(), Math.max(50, Math.min(1000, this.o.backoffMs)));
    this.timer.unref();
    this.kick();
  }

  /** Look for due deliveries now (called after a commit that queued some). */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    this.run()
      .catch((err: unknown) => this.o.log('server.log.webhookError', { reason: err instanceof Error ? err.message : String(err) }))
      .finally(() => {
        this.running = false;
        if (this.again && !this.stopped) {
          this.again = false;
          this.kick();
        }
      });
  }

  private async run(): Promise<void> {
    for (;;) {
      const due = await this.store.outboxDue(Date.now(), 50);
      if (!due.length || this.stopped) return;
      for (const item of due) {
        if (this.stopped) return;
        const err = await this.post(item.payload);
        if (err === undefined) {
          this.delivered++;
          await this.store.outboxDone(item.id);
          continue;
        }
        this.failedAttempts++;
        const attempts = item.attempts + 1;
        if (attempts > this.o.retries) {
          await this.store.outboxDead(item.id, attempts, err);
          this.o.log('server.log.deadLetter', { id: item.id, reason: err });
        } else {
          await this.store.outboxRetry(item.id, attempts, Date.now() + this.o.backoffMs * 2 ** (attempts - 1), err);
        }
      }
    }
  }

  /** undefined on success (2xx), else the reason. */
  private async post(body: string): Promise<string | undefined> {
    try {
      const res = await fetch(this.o.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': 'ikescope' },
        body,
        signal: AbortSignal.timeout(this.o.timeoutMs ?? 10_000),
        redirect: 'manual',
      });
      await res.body?.cancel().catch(() => undefined);
      return res.ok ? undefined : `HTTP ${res.status}`;
    } catch (err) {
      const e = err as { message?: string; cause?: { code?: string; message?: string } };
      return e.cause?.code ?? e.cause?.message ?? e.message ?? String(err);
    }
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
  }
}
