// The recommender the bot talks to: serves the current models, counts new behaviour as it happens
// (popularity moves at once; a shopper's own new events reach the models through their history, so no
// retrain is needed per turn) and, after enough new events, retrains in the background — off the
// event loop — and swaps the new models in. A failed retrain keeps the old models.
import type { InteractionEvent } from './eventInteractions';
import type { StoreRecommender } from './storeRecommender';

/** Options of {@link LiveRecommender}. */
export interface LiveOptions {
  /** Retrain after this many new behaviour events (0: never retrain in the background). */
  retrainAfterEvents: number;
  onRetrained?: (ms: number) => void;
  onRetrainFailed?: (error: Error) => void;
}

/** The defaults of {@link LiveRecommender}. */
export const LIVE_DEFAULTS: LiveOptions = { retrainAfterEvents: 500 };

/** Trains fresh models from all events so far (in a worker thread in production). */
export type Retrain = () => Promise<StoreRecommender>;

/** Current models behind the recommendation calls, refreshed in the background. */
export class LiveRecommender {
  private pending = 0;
  private training: Promise<void> | undefined;
  private readonly options: LiveOptions;

  constructor(
    private current: StoreRecommender,
    private readonly retrain: Retrain,
    options: Partial<LiveOptions> = {},
  ) {
    this.options = { ...LIVE_DEFAULTS, ...options };
  }

  forShopper: StoreRecommender['forShopper'] = (history, request) =>
    this.current.forShopper(history, request);
  goesWith: StoreRecommender['goesWith'] = (productId, request) => this.current.goesWith(productId, request);
  similarTo: StoreRecommender['similarTo'] = (productId, request) =>
    this.current.similarTo(productId, request);

  /** Counts one new behaviour event; starts a background retrain when enough have arrived. */
  observe(event: InteractionEvent): void {
    this.current.observe(event);
    this.pending += 1;
    if (this.pending >= this.options.retrainAfterEvents) this.retrainNow();
  }

  /**
   * Starts a background retrain now (unless one is running or retraining is off), e.g. when start-up
   * served stale models.
   */
  retrainNow(): void {
    if (this.options.retrainAfterEvents > 0) this.training ??= this.refresh();
  }

  /** Waits for a retrain in progress (for shutdown and tests). */
  async settled(): Promise<void> {
    await this.training;
  }

  private async refresh(): Promise<void> {
    const started = Date.now();
    const pendingAtStart = this.pending;
    try {
      this.current = await this.retrain();
      this.pending -= pendingAtStart;
      this.options.onRetrained?.(Date.now() - started);
    } catch (error) {
      this.pending = 0; // wait for another full batch before trying again
      this.options.onRetrainFailed?.(error as Error);
    } finally {
      this.training = undefined;
    }
  }
}
