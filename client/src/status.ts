/**
 * What the explorer says about itself: loading (distinct from an empty store), an empty
 * store with how to add documents, and one banner with Retry when the server stops
 * answering, instead of an error in every panel.
 */
import { api, onReachabilityChange } from './api.ts';
import { byId, clear, h } from './dom.ts';
import { t } from './i18n.ts';

export class StatusView {
  readonly #loading = byId('loading');
  readonly #empty = byId('empty-store');
  readonly #banner = byId('banner');
  readonly #bannerText = byId('banner-text');
  readonly #retry = byId<HTMLButtonElement>('banner-retry');
  #pendingLoads = 0;
  #emptyStore = false;
  #recovered: () => void;

  /** `recovered` runs when Retry finds the server answering again. */
  constructor(recovered: () => void) {
    this.#recovered = recovered;
    onReachabilityChange((reachable) => {
      if (!reachable) this.#showBanner();
    });
    this.#retry.addEventListener('click', () => void this.#retryNow());
  }

  /** Shows the loading indicator while `work` runs. */
  async loading<T>(work: Promise<T>): Promise<T> {
    this.#pendingLoads++;
    this.#render();
    try {
      return await work;
    } finally {
      this.#pendingLoads--;
      this.#render();
    }
  }

  setEmptyStore(empty: boolean): void {
    this.#emptyStore = empty;
    this.#render();
  }

  /** An error that is not about reachability (those have the banner). */
  showError(error: unknown): void {
    if (!this.#banner.hidden) return;
    this.#bannerText.textContent = `${t('loadFailed')}: ${error instanceof Error ? error.message : String(error)}`;
    this.#retry.hidden = true;
    this.#banner.hidden = false;
  }

  relabel(): void {
    this.#retry.textContent = t('retry');
    this.#loading.textContent = t('loading');
    clear(this.#empty);
    this.#empty.append(
      h('h2', { text: t('emptyTitle') }),
      h('p', { text: t('emptyHint') }),
      h('pre', { dir: 'ltr', text: 'npx evigraph ingest path/to/documents/' }),
    );
    if (!this.#banner.hidden && !this.#retry.hidden) this.#bannerText.textContent = t('serverDown');
  }

  #render(): void {
    this.#loading.hidden = this.#pendingLoads === 0;
    this.#empty.hidden = this.#pendingLoads > 0 || !this.#emptyStore;
  }

  #showBanner(): void {
    this.#bannerText.textContent = t('serverDown');
    this.#retry.hidden = false;
    this.#retry.disabled = false;
    this.#banner.hidden = false;
  }

  async #retryNow(): Promise<void> {
    this.#retry.disabled = true;
    try {
      await api.health();
    } catch {
      this.#retry.disabled = false;
      return;
    }
    this.#banner.hidden = true;
    this.#recovered();
  }
}
