/**
 * The registry a running process judges by, swapped whole when an activation changes what is in
 * force. Each request pins the snapshot current when it starts (`pin`), and everything it asks of
 * `view` during the request answers from that one snapshot: a screening running while a version is
 * activated sees the old registry or the new one, never a mix of the two.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { PackRegistry, type PackTimeline, type PackVersion } from '../screening/pack-registry.js';

export class PackHolder {
  #current: PackRegistry;
  readonly #pinned = new AsyncLocalStorage<PackRegistry>();
  #refreshing: Promise<unknown> = Promise.resolve();
  /** A registry that answers from the request's pinned snapshot (else the current one). */
  readonly view: PackRegistry;

  constructor(initial: PackRegistry) {
    this.#current = initial;
    this.view = new PinnedView(this);
  }

  get current(): PackRegistry {
    return this.#current;
  }

  /** The snapshot pinned for the running request, else the current one. */
  get snapshot(): PackRegistry {
    return this.#pinned.getStore() ?? this.#current;
  }

  /** Runs `work` (a request) with the current snapshot pinned for all of it. */
  pin<T>(work: () => T): T {
    return this.#pinned.run(this.#current, work);
  }

  /**
   * Replaces the registry with what `next` builds from the current one. Updates run one at a time
   * and each reads the database afresh, so the last one to finish has seen every committed change.
   */
  update(next: (current: PackRegistry) => Promise<PackRegistry>): Promise<void> {
    const run = this.#refreshing.then(async () => {
      this.#current = await next(this.#current);
    });
    this.#refreshing = run.catch(() => undefined);
    return run;
  }
}

/** `PackRegistry`'s interface over whatever snapshot the holder gives for the calling request. */
class PinnedView extends PackRegistry {
  readonly #holder: PackHolder;

  constructor(holder: PackHolder) {
    super([], '');
    this.#holder = holder;
  }

  override get defaultPackId(): string {
    return this.#holder.snapshot.defaultPackId;
  }
  override snapshot(): PackRegistry {
    return this.#holder.snapshot;
  }
  override withPack(packId: string, versions: readonly PackVersion[], timeline: PackTimeline) {
    return this.#holder.snapshot.withPack(packId, versions, timeline);
  }
  override packIds(): string[] {
    return this.#holder.snapshot.packIds();
  }
  override versionsOf(packId: string): readonly PackVersion[] {
    return this.#holder.snapshot.versionsOf(packId);
  }
  override version(packId: string, version: string): PackVersion | undefined {
    return this.#holder.snapshot.version(packId, version);
  }
  override timelineOf(packId: string): PackTimeline | undefined {
    return this.#holder.snapshot.timelineOf(packId);
  }
  override inForce(packId: string, date: string): PackVersion | undefined {
    return this.#holder.snapshot.inForce(packId, date);
  }
}
