/**
 * Wires the explorer together: loads the vocabulary and the initial overview, then connects
 * the graph view, search, side panel, Cypher console and the toolbar.
 */
import './styles.css';
import { api } from './api.ts';
import { CypherConsole } from './cypher-console.ts';
import { byId, h } from './dom.ts';
import { entityToNode, GraphState } from './graph-state.ts';
import { onUiLanguageChange, setUiLanguage, t, uiLanguage, UI_LANGUAGES } from './i18n.ts';
import { LayoutController } from './layout.ts';
import { renderLegend } from './legend.ts';
import { Inspector, type InspectorView } from './panels/inspector.ts';
import { readViewLink, viewLinkSearch } from './permalink.ts';
import { SearchBox, isTextField } from './search.ts';
import { SigmaView } from './sigma-view.ts';
import { renderStats } from './stats.ts';
import { Vocabulary } from './vocabulary.ts';

const OVERVIEW_LIMIT = 300;
const EXPAND_LIMIT = 60;
const INITIAL_LAYOUT_MS = 5000;
const EXPAND_LAYOUT_MS = 2500;

const LANGUAGE_LABELS = { en: 'EN', fr: 'FR', ar: 'ع' } as const;

async function start(): Promise<void> {
  const graphElement = byId<HTMLDivElement>('graph');
  const [schema, stats] = await Promise.all([api.schema(), api.stats()]);
  const vocabulary = new Vocabulary(schema);
  const state = new GraphState(vocabulary);

  const inspector: Inspector = new Inspector(
    byId('inspector'),
    {
      vocabulary,
      state,
      openNode: (id) => inspector.openNode(id),
      openEdge: (id) => inspector.openEdge(id),
      expand: (id) => void expand(id),
    },
    (current) => {
      if (!current) view.select(undefined);
      else if (current.kind === 'node') view.select(current.id);
      else view.select(current.details?.edge.source, current.id);
      shownView = current;
      updateAddress();
    },
  );
  let shownView: InspectorView | undefined;
  const hideWeak = byId<HTMLInputElement>('hide-weak');
  const updateAddress = (): void => {
    const search = viewLinkSearch({
      lang: uiLanguage(),
      hideWeak: hideWeak.checked,
      ...(shownView ? { [shownView.kind]: shownView.id } : {}),
    });
    history.replaceState(null, '', `${location.pathname}${search}`);
  };

  const view = new SigmaView(graphElement, state.graph, {
    nodeClicked: (node) => inspector.openNode(node),
    nodeDoubleClicked: (node) => void expand(node),
    edgeClicked: (edge) => inspector.openEdge(edge),
    stageClicked: () => undefined,
  });

  const layout = new LayoutController(state.graph);
  const layoutButton = byId<HTMLButtonElement>('layout-toggle');
  const relabelLayoutButton = (): void => {
    layoutButton.textContent = layout.running ? t('layoutStop') : t('layoutRun');
    layoutButton.setAttribute('aria-pressed', String(layout.running));
  };
  layout.onChange(relabelLayoutButton);
  layoutButton.addEventListener('click', () => layout.toggle());

  const refreshChrome = (): void => {
    renderLegend(byId('legend'), state.graph, vocabulary);
    renderStats(byId('stats'), stats, state.graph);
  };
  state.graph.on('nodeAdded', scheduleOnce(refreshChrome));

  /** Puts an entity's neighbourhood on the graph, growing out of whatever is already drawn. */
  async function expand(id: string): Promise<void> {
    const fragment = await api.neighbors(id, EXPAND_LIMIT);
    const anchor = state.graph.hasNode(id)
      ? id
      : fragment.nodes.find((node) => state.graph.hasNode(node.id))?.id;
    const { addedNodes } = state.merge(fragment, anchor);
    if (!state.graph.hasNode(id)) {
      const details = await api.entity(id);
      state.addEntity(entityToNode(details.entity), details.relations);
    }
    if (addedNodes > 0) layout.start(EXPAND_LAYOUT_MS);
    refreshChrome();
  }

  /** How far to move a focused node sideways so the open side panel does not cover it. */
  const panelShift = (): number => {
    const panel = byId('inspector');
    if (panel.hidden || window.innerWidth <= 800) return 0;
    const half = panel.offsetWidth / 2;
    return document.documentElement.dir === 'rtl' ? half : -half;
  };

  async function reveal(id: string): Promise<void> {
    inspector.openNode(id);
    await expand(id);
    await view.focus(id, panelShift());
  }

  const searchBox = new SearchBox(
    byId<HTMLInputElement>('search-input'),
    byId<HTMLUListElement>('search-results'),
    vocabulary,
    (result) => void reveal(result.id).catch(showError),
  );

  const cypherConsole = new CypherConsole(byId('console'), byId<HTMLButtonElement>('console-toggle'), {
    openRelation: (id) => inspector.openEdge(id),
    addToGraph: async (ids) => {
      for (const id of ids) {
        const details = await api.entity(id);
        state.addEntity(entityToNode(details.entity), details.relations);
      }
      layout.start(EXPAND_LAYOUT_MS);
      refreshChrome();
      const last = ids[ids.length - 1];
      if (last) await view.focus(last, panelShift());
    },
  });

  hideWeak.addEventListener('change', () => {
    view.setHideWeakClaims(hideWeak.checked);
    updateAddress();
  });

  byId('zoom-in').addEventListener('click', () => view.zoom(1.5));
  byId('zoom-out').addEventListener('click', () => view.zoom(1 / 1.5));
  byId('zoom-reset').addEventListener('click', () => view.resetCamera());

  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      if (inspector.isOpen) inspector.back();
      else if (cypherConsole.isOpen) cypherConsole.setOpen(false);
      return;
    }
    if (isTextField(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === '+' || event.key === '=') view.zoom(1.5);
    else if (event.key === '-') view.zoom(1 / 1.5);
    else if (event.key === '0') view.resetCamera();
  });

  const languageSwitch = byId('language-switch');
  for (const language of UI_LANGUAGES) {
    languageSwitch.append(
      h('button', {
        class: 'button small',
        text: LANGUAGE_LABELS[language],
        lang: language,
        attrs: { 'data-language': language, 'aria-pressed': String(language === uiLanguage()) },
        on: { click: () => setUiLanguage(language) },
      }),
    );
  }

  const relabel = (): void => {
    const language = uiLanguage();
    document.documentElement.lang = language;
    document.documentElement.dir = language === 'ar' ? 'rtl' : 'ltr';
    for (const button of languageSwitch.querySelectorAll('button')) {
      button.setAttribute('aria-pressed', String(button.dataset['language'] === language));
    }
    languageSwitch.setAttribute('aria-label', t('language'));
    byId('hide-weak-label').textContent = t('hideWeak');
    relabelLayoutButton();
    searchBox.relabel();
    cypherConsole.relabel();
    state.relabel();
    inspector.rerender();
    refreshChrome();
    updateAddress();
  };
  onUiLanguageChange(relabel);
  const link = readViewLink(location.search);
  if (link.lang) setUiLanguage(link.lang);
  relabel();
  hideWeak.checked = link.hideWeak;
  view.setHideWeakClaims(link.hideWeak);

  state.merge(await api.overview(OVERVIEW_LIMIT));
  refreshChrome();
  view.renderer.refresh();
  layout.start(INITIAL_LAYOUT_MS);
  if (link.node) await reveal(link.node);
  if (link.edge) inspector.openEdge(link.edge);
}

/** Coalesces bursts of graph events (a fragment adds many nodes) into one call per frame. */
function scheduleOnce(callback: () => void): () => void {
  let pending = false;
  return () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      callback();
    });
  };
}

function showError(error: unknown): void {
  const banner = byId('banner');
  banner.textContent = `${t('loadFailed')}: ${error instanceof Error ? error.message : String(error)}`;
  banner.hidden = false;
}

start().catch(showError);
