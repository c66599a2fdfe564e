/**
 * Wires the explorer together around one store: the state (store.ts) decides what is
 * shown, the canvas controller derives and draws it, and every control changes the state
 * through a pure function. The address bar follows the state, so it is the permalink.
 */
import './styles.css';
import { api, ApiError } from './api.ts';
import { CanvasController } from './canvas-controller.ts';
import { CanvasGraph } from './canvas-graph.ts';
import { CypherConsole } from './cypher-console.ts';
import { byId, h } from './dom.ts';
import type Sigma from 'sigma';
import type { DocumentSummary } from './api-types.ts';
import { DocumentsPanel } from './documents-panel.ts';
import { renderExportPanel } from './export-panel.ts';
import { PathsPanel } from './paths-panel.ts';
import { SchemaPanel } from './schema-panel.ts';
import { UploadPanel } from './upload-panel.ts';
import { renderFiltersPanel } from './filters-panel.ts';
import { onUiLanguageChange, setUiLanguage, t, uiLanguage, UI_LANGUAGES } from './i18n.ts';
import { LayoutController } from './layout.ts';
import { renderLegend } from './legend.ts';
import { Inspector } from './panels/inspector.ts';
import { SearchBox } from './search.ts';
import { ctrl, installShortcuts, key, renderShortcutSheet, type Shortcut } from './shortcuts.ts';
import { SigmaView } from './sigma-view.ts';
import {
  add,
  dismiss,
  expand,
  keepOnly,
  select,
  setFilter,
  togglePin,
  type ExplorerState,
  type Selection,
} from './state/explorer-state.ts';
import { activeFilterCount, noFilters } from './state/filters.ts';
import { GraphData } from './state/graph-data.ts';
import { permalinkSearch, readPermalink } from './state/permalink.ts';
import { ExplorerStore, sameShown } from './state/store.ts';
import { shownPart } from './state/explorer-state.ts';
import { renderStats } from './stats.ts';
import { StatusView } from './status.ts';
import { ToolPanels } from './tools.ts';
import { Vocabulary } from './vocabulary.ts';

const OVERVIEW_LIMIT = 300;
const CAMERA_SETTLE_MS = 300;

const LANGUAGE_LABELS = { en: 'EN', fr: 'FR', ar: 'ع' } as const;

const sameSelection = (a: Selection | undefined, b: Selection | undefined) =>
  a?.kind === b?.kind && a?.id === b?.id;

/** Builds the explorer once the server has answered; returns how to reload after an outage. */
async function openExplorer(store: ExplorerStore, status: StatusView): Promise<() => void> {
  // The list of documents is the longest answer after the start view, and the first picture
  // does not need it (relations carry their documents' days): asked for with the rest, waited
  // for apart.
  const documentsArriving = api.documents();
  // Its failure is reported where it is waited for, below, not as an unhandled rejection.
  documentsArriving.catch(() => undefined);
  const [schema, initialStats, overview] = await Promise.all([
    api.schema(),
    api.stats(),
    api.overview(OVERVIEW_LIMIT),
  ]);
  let stats = initialStats;
  status.setEmptyStore(stats.entities === 0);
  const vocabulary = new Vocabulary(schema);
  const data = new GraphData();
  data.setOverview(overview);

  const canvas = new CanvasGraph(vocabulary);
  const layout = new LayoutController(canvas.graph);
  const controller = new CanvasController(data, canvas, store, layout);
  const update = (change: (state: ExplorerState) => ExplorerState) => store.update(change);

  const inspector: Inspector = new Inspector(
    byId('inspector'),
    {
      vocabulary,
      data,
      openNode: (id) => inspector.openNode(id),
      openEdge: (id) => inspector.openEdge(id),
      openDocument: (id, span) => {
        documentsPanel.open(id, span);
        tools.show('documents');
      },
      documentInfo: (id) => documentsPanel.documentInfo(id),
      canvas: {
        expand: (id) => update((state) => expand(state, id)),
        dismiss: (id) => {
          update((state) => dismiss(state, [id]));
          inspector.close();
        },
        togglePin: (id) => update((state) => togglePin(state, id)),
        keepOnly: (id) => update((state) => keepOnly(state, [id])),
        isPinned: (id) => store.state.pinned.includes(id),
        isExpanded: (id) => store.state.expanded[id] !== undefined,
        moreNeighbours: (id) => controller.visible?.moreNeighbours.get(id) ?? 0,
      },
    },
    (current) => {
      const selection = current ? { kind: current.kind, id: current.id } : undefined;
      if (!sameSelection(selection, store.state.selection)) update((state) => select(state, selection));
    },
  );

  let cameraTimer: ReturnType<typeof setTimeout> | undefined;
  const view = new SigmaView(byId('graph'), canvas.graph, {
    nodeClicked: (node) => inspector.openNode(node),
    nodeDoubleClicked: (node) => update((state) => expand(state, node)),
    edgeClicked: (edge) => inspector.openEdge(edge),
    stageClicked: () => undefined,
    cameraMoved: (camera) => {
      clearTimeout(cameraTimer);
      cameraTimer = setTimeout(() => update((state) => ({ ...state, camera })), CAMERA_SETTLE_MS);
    },
  });

  const layoutButton = byId<HTMLButtonElement>('layout-toggle');
  const relabelLayoutButton = (): void => {
    layoutButton.textContent = layout.running ? t('layoutStop') : t('layoutRun');
    layoutButton.setAttribute('aria-pressed', String(layout.running));
  };
  layout.onChange(relabelLayoutButton);
  layoutButton.addEventListener('click', () => layout.toggle());

  const undoButton = byId<HTMLButtonElement>('undo');
  const redoButton = byId<HTMLButtonElement>('redo');
  undoButton.addEventListener('click', () => store.undo());
  redoButton.addEventListener('click', () => store.redo());

  const tools = new ToolPanels();
  tools.register('filters', {
    label: () => {
      const active = activeFilterCount(store.state.filters);
      return active > 0 ? `${t('filters')} (${active})` : t('filters');
    },
    render: (element) =>
      renderFiltersPanel(element, {
        values: store.state.filters,
        vocabulary,
        claimants: claimantsOf(data),
        set: (key, value) => update((state) => setFilter(state, key, value)),
        clearAll: () => update((state) => ({ ...state, filters: noFilters() })),
      }),
  });

  const documentsPanel = new DocumentsPanel([], {
    vocabulary,
    selectEntity: (id) => {
      inspector.openNode(id);
      void addAndFocus([id]).catch((error: unknown) => reportError(status, error));
    },
  });
  tools.register('documents', {
    label: () => t('documentsTool'),
    render: (element) => documentsPanel.render(element),
  });

  const pathsPanel = new PathsPanel({
    data,
    vocabulary,
    selectedEntity: () => selectedNode(),
    openEdge: (id) => inspector.openEdge(id),
    show: (hops) => {
      const edges = hops.map((hop) => hop.edge.id);
      const entities = hops.flatMap((hop) => [hop.from, hop.to]);
      if (entities.length === 0) {
        view.showPath([]);
        return;
      }
      update((state) => add(state, entities));
      void controller
        .refresh()
        .then(() => view.showPath(edges))
        .catch((error: unknown) => reportError(status, error));
    },
  });
  tools.register('paths', { label: () => t('pathsTool'), render: (element) => pathsPanel.render(element) });

  /** After an upload: what the store holds now, and a start view that includes it. */
  async function reloadStore(): Promise<void> {
    const [freshStats, freshDocuments, freshOverview] = await Promise.all([
      api.stats(),
      api.documents(),
      api.overview(OVERVIEW_LIMIT),
    ]);
    stats = freshStats;
    status.setEmptyStore(stats.entities === 0);
    data.setOverview(freshOverview);
    setDocuments(freshDocuments);
    await controller.refresh();
  }
  const toggleIn = (items: readonly string[], item: string) =>
    items.includes(item) ? items.filter((other) => other !== item) : [...items, item];
  const toggleType = (type: string) =>
    update((state) => setFilter(state, 'hiddenTypes', toggleIn(state.filters.hiddenTypes, type)));
  const schemaPanel = new SchemaPanel({
    schema,
    vocabulary,
    stats: () => stats,
    hiddenTypes: () => store.state.filters.hiddenTypes,
    hiddenRelations: () => store.state.filters.hiddenRelations,
    toggleType,
    toggleRelation: (type) =>
      update((state) => setFilter(state, 'hiddenRelations', toggleIn(state.filters.hiddenRelations, type))),
  });
  tools.register('schema', {
    label: () => t('schemaTool'),
    render: (element) => schemaPanel.render(element),
  });

  const uploadPanel = new UploadPanel({
    ingested: () => void reloadStore().catch((error: unknown) => reportError(status, error)),
  });
  tools.register('upload', {
    label: () => t('uploadTool'),
    render: (element) => uploadPanel.render(element),
  });

  const documentsById = new Map<string, DocumentSummary>();
  tools.register('export', {
    label: () => t('exportTool'),
    render: (element) =>
      renderExportPanel(element, {
        renderer: view.renderer as unknown as Sigma,
        documents: documentsById,
        view: () => api.fragment(canvas.graph.nodes(), canvas.graph.edges()),
        reportError: (error) => reportError(status, error),
      }),
  });

  const panelShift = (): number => {
    const panel = byId('inspector');
    if (panel.hidden || window.innerWidth <= 800) return 0;
    const half = panel.offsetWidth / 2;
    return document.documentElement.dir === 'rtl' ? half : -half;
  };

  /** Puts entities on the canvas and, once drawn, moves the camera to the last one. */
  async function addAndFocus(ids: readonly string[]): Promise<void> {
    update((state) => add(state, ids));
    await controller.refresh();
    const last = ids[ids.length - 1];
    if (last) await view.focus(last, panelShift());
  }

  const searchBox = new SearchBox(
    byId<HTMLInputElement>('search-input'),
    byId<HTMLSelectElement>('search-type'),
    byId<HTMLUListElement>('search-results'),
    vocabulary,
    {
      entity: (result) => {
        inspector.openNode(result.id);
        void addAndFocus([result.id]).catch((error: unknown) => status.showError(error));
      },
      // A sentence found: its relation goes on the canvas and its evidence opens beside it.
      evidence: ({ relation }) => {
        inspector.openEdge(relation.id);
        void addAndFocus([relation.source.id, relation.target.id]).catch((error: unknown) =>
          status.showError(error),
        );
      },
    },
  );

  const cypherConsole = new CypherConsole(byId('console'), byId<HTMLButtonElement>('console-toggle'), {
    openRelation: (id) => inspector.openEdge(id),
    addToGraph: (ids) => addAndFocus(ids),
    ran: (query) => update((state) => ({ ...state, query })),
  });
  if (store.state.query) cypherConsole.setQuery(store.state.query);

  const refreshChrome = (): void => {
    const { filters } = store.state;
    renderLegend(byId('legend'), {
      graph: canvas.graph,
      vocabulary,
      storeCounts: stats.entitiesByType ?? {},
      hiddenTypes: filters.hiddenTypes,
      isolatedHidden: controller.visible?.isolatedHidden ?? 0,
      toggleType,
      sizeBy: store.state.sizeBy,
      colourBy: store.state.colourBy,
      setSizeBy: (sizeBy) => update((state) => ({ ...state, sizeBy })),
      setColourBy: (colourBy) => update((state) => ({ ...state, colourBy })),
      showIsolated: () => update((state) => setFilter(state, 'showIsolated', true)),
    });
    renderStats(byId('stats'), stats, canvas.graph);
    undoButton.disabled = !store.canUndo;
    redoButton.disabled = !store.canRedo;
    tools.refresh();
  };
  controller.onRender(() => {
    refreshChrome();
    inspector.rerender();
  });

  store.subscribe((state, previous) => {
    history.replaceState(null, '', `${location.pathname}${permalinkSearch(state)}`);
    if (state.lang !== uiLanguage()) setUiLanguage(state.lang);
    if (!sameSelection(state.selection, previous.selection)) view.select(state.selection);
    const restyled = state.sizeBy !== previous.sizeBy || state.colourBy !== previous.colourBy;
    if (
      restyled ||
      !sameShown(shownPart(state), shownPart(previous)) ||
      !sameSelection(state.selection, previous.selection)
    ) {
      void controller.refresh().catch((error: unknown) => reportError(status, error));
    }
    undoButton.disabled = !store.canUndo;
    redoButton.disabled = !store.canRedo;
  });

  const selectedNode = (): string | undefined =>
    store.state.selection?.kind === 'node' ? store.state.selection.id : undefined;
  const onSelectedNode = (action: (id: string) => void) => () => {
    const id = selectedNode();
    if (id) action(id);
  };
  const shortcutsDialog = byId<HTMLDialogElement>('shortcuts');
  const shortcuts: Shortcut[] = [
    { keys: '?', description: 'keyHelp', matches: key('?'), run: () => shortcutsDialog.showModal() },
    { keys: '/', description: 'keySearch', matches: key('/'), run: () => byId('search-input').focus() },
    { keys: 'Ctrl+Z', description: 'undo', matches: ctrl('z'), run: () => store.undo() },
    { keys: 'Ctrl+Shift+Z', description: 'redo', matches: ctrl('z', true), run: () => store.redo() },
    { keys: 'Ctrl+Y', description: 'redo', matches: ctrl('y'), run: () => store.redo() },
    {
      keys: 'e',
      description: 'keyExpand',
      matches: key('e'),
      run: onSelectedNode((id) => update((s) => expand(s, id))),
    },
    {
      keys: 'Delete',
      description: 'keyDismiss',
      matches: key('Delete'),
      run: onSelectedNode((id) => {
        update((s) => dismiss(s, [id]));
        inspector.close();
      }),
    },
    {
      keys: 'p',
      description: 'keyPin',
      matches: key('p'),
      run: onSelectedNode((id) => update((s) => togglePin(s, id))),
    },
    { keys: 'l', description: 'keyLayout', matches: key('l'), run: () => layout.toggle() },
    { keys: 'f', description: 'keyFilters', matches: key('f'), run: () => tools.toggle('filters') },
    { keys: 'd', description: 'keyDocuments', matches: key('d'), run: () => tools.toggle('documents') },
    {
      keys: 'c',
      description: 'keyConsole',
      matches: key('c'),
      run: () => cypherConsole.setOpen(!cypherConsole.isOpen),
    },
    {
      keys: '+',
      description: 'keyZoomIn',
      matches: (event) => key('+')(event) || key('=')(event),
      run: () => view.zoom(1.5),
    },
    { keys: '−', description: 'keyZoomOut', matches: key('-'), run: () => view.zoom(1 / 1.5) },
    { keys: '0', description: 'keyFit', matches: key('0'), run: () => view.resetCamera() },
    {
      keys: 'Esc',
      description: 'keyEscape',
      whileTyping: true,
      matches: key('Escape'),
      run: () => {
        if (tools.openTool) tools.show(undefined);
        else if (inspector.isOpen) inspector.back();
        else if (cypherConsole.isOpen) cypherConsole.setOpen(false);
      },
    },
  ];
  installShortcuts(shortcuts);
  byId('shortcuts-button').addEventListener('click', () => shortcutsDialog.showModal());

  byId('zoom-in').addEventListener('click', () => view.zoom(1.5));
  byId('zoom-out').addEventListener('click', () => view.zoom(1 / 1.5));
  byId('zoom-reset').addEventListener('click', () => view.resetCamera());

  const languageSwitch = byId('language-switch');
  languageSwitch.setAttribute('aria-label', 'Interface language');
  for (const language of UI_LANGUAGES) {
    languageSwitch.append(
      h('button', {
        class: 'button small',
        text: LANGUAGE_LABELS[language],
        lang: language,
        attrs: { 'data-language': language, 'aria-pressed': String(language === uiLanguage()) },
        on: { click: () => update((state) => ({ ...state, lang: language })) },
      }),
    );
  }

  const relabel = (): void => {
    const language = uiLanguage();
    for (const button of languageSwitch.querySelectorAll('button')) {
      button.setAttribute('aria-pressed', String(button.dataset['language'] === language));
    }
    undoButton.title = `${t('undo')} (Ctrl+Z)`;
    redoButton.title = `${t('redo')} (Ctrl+Shift+Z)`;
    relabelLayoutButton();
    searchBox.relabel();
    cypherConsole.relabel();
    canvas.relabel();
    tools.refresh();
    inspector.rerender();
    renderShortcutSheet(shortcutsDialog, shortcuts);
    refreshChrome();
  };
  onUiLanguageChange(relabel);
  relabel();

  /** What the canvas, the evidence, the Documents panel and exports know of each document. */
  function setDocuments(documents: DocumentSummary[]): void {
    for (const document of documents) documentsById.set(document.id, document);
    documentsPanel.setDocuments(documents);
  }
  documentsArriving
    .then((documents) => {
      setDocuments(documents);
      tools.refresh();
      inspector.rerender();
    })
    .catch((error: unknown) => reportError(status, error));

  await controller.refresh();
  if (store.state.camera) view.setCamera(store.state.camera);
  const selection = store.state.selection;
  if (selection?.kind === 'node') inspector.openNode(selection.id);
  else if (selection?.kind === 'edge') inspector.openEdge(selection.id);

  exposeForInspection(store, controller, canvas, view);
  return () => void controller.refresh().catch((error: unknown) => reportError(status, error));
}

/** Entities that claim a fetched relation, for the claimant filter. */
function claimantsOf(data: GraphData): Map<string, string> {
  const claimants = new Map<string, string>();
  for (const edge of data.edges.values()) {
    for (const id of edge.assertedBy) claimants.set(id, data.nameOf(id));
  }
  return new Map([...claimants].sort((a, b) => a[1].localeCompare(b[1])));
}

function reportError(status: StatusView, error: unknown): void {
  // An unreachable server already has its banner.
  if (error instanceof ApiError && error.unreachable) return;
  status.showError(error);
}

/**
 * A read-only window onto the state and the drawn graph, for browser tests and for anyone
 * debugging a view from the developer console.
 */
function exposeForInspection(
  store: ExplorerStore,
  controller: CanvasController,
  canvas: CanvasGraph,
  view: SigmaView,
): void {
  Object.assign(window, {
    evigraph: {
      state: () => structuredClone(store.state),
      visibleNodes: () => [...(controller.visible?.nodes ?? [])],
      drawnEdges: () =>
        canvas.graph.mapEdges((id, attributes, source, target) => ({ id, source, target, ...attributes })),
      drawnNodes: () => canvas.graph.mapNodes((id, attributes) => ({ id, ...attributes })),
      /** Where a node is drawn, in pixels of the graph area. */
      nodeOnScreen: (id: string) => {
        const display = view.renderer.getNodeDisplayData(id);
        return display ? view.renderer.framedGraphToViewport(display) : undefined;
      },
    },
  });
}

function applyLanguage(): void {
  const language = uiLanguage();
  document.documentElement.lang = language;
  document.documentElement.dir = language === 'ar' ? 'rtl' : 'ltr';
}

const store = new ExplorerStore(readPermalink(location.search));
setUiLanguage(store.state.lang);
applyLanguage();
onUiLanguageChange(applyLanguage);

let reload: (() => void) | undefined;
const status = new StatusView(() => {
  if (reload) reload();
  else void boot();
});
status.relabel();
onUiLanguageChange(() => status.relabel());

async function boot(): Promise<void> {
  try {
    reload = await status.loading(openExplorer(store, status));
  } catch (error) {
    reportError(status, error);
  }
}
void boot();
