/**
 * Everything known about one entity: its names in every script, why surface forms were
 * merged into it, its relations grouped by type, the claims it makes, and where it is
 * mentioned.
 */
import type { DocumentSummary, EntityDetailsResponse, GraphPreviewEdge } from '../api-types.ts';
import { h } from '../dom.ts';
import { t, textDirection } from '../i18n.ts';
import { modalityBadge, moreButton, section, typeBadge, type PanelContext } from './context.ts';

function canvasActions(context: PanelContext, id: string): HTMLElement {
  const { canvas } = context;
  const more = canvas.moreNeighbours(id);
  const expanded = canvas.isExpanded(id);
  const pinned = canvas.isPinned(id);
  return h(
    'div',
    { class: 'panel-actions', role: 'group', attrs: { 'aria-label': 'Canvas actions' } },
    (!expanded || more > 0) &&
      h('button', {
        class: 'button small',
        testid: 'expand',
        text: expanded ? `${t('showMore')} (${more})` : t('expand'),
        attrs: { 'aria-label': expanded ? 'Show more neighbours' : 'Expand' },
        on: { click: () => canvas.expand(id) },
      }),
    h('button', {
      class: 'button small',
      testid: 'pin',
      text: pinned ? t('unpin') : t('pin'),
      attrs: { 'aria-label': pinned ? 'Unpin' : 'Pin', 'aria-pressed': String(pinned) },
      on: { click: () => canvas.togglePin(id) },
    }),
    h('button', {
      class: 'button small',
      testid: 'keep-only',
      text: t('keepOnly'),
      attrs: { 'aria-label': 'Keep only this' },
      on: { click: () => canvas.keepOnly(id) },
    }),
    h('button', {
      class: 'button small',
      testid: 'dismiss',
      text: t('dismiss'),
      attrs: { 'aria-label': 'Dismiss' },
      on: { click: () => canvas.dismiss(id) },
    }),
  );
}

/** The entity's panel; `loadMore` fetches the next page of its lists (relations, claims, documents). */
export function renderNodePanel(
  context: PanelContext,
  details: EntityDetailsResponse,
  loadMore: () => void,
): HTMLElement[] {
  const { entity } = details;
  return [
    h(
      'header',
      { class: 'panel-header' },
      h('h2', {
        class: 'panel-title',
        dir: 'auto',
        text: entity.name,
        testid: 'node-title',
        attrs: { tabindex: '-1' },
      }),
      h(
        'p',
        { class: 'panel-subtitle' },
        typeBadge(context, entity.type),
        h('span', { class: 'muted', text: `${entity.mentionCount} ${t('mentions')}` }),
      ),
      canvasActions(context, entity.id),
    ),
    aliasSection(entity.aliases, entity.name),
    entity.externalIds.length > 0 &&
      section(
        t('externalIds'),
        h('ul', { class: 'plain' }, ...entity.externalIds.map((id) => externalId(id))),
      ),
    entity.mergeReasons.length > 0 &&
      section(
        t('whyMerged'),
        h(
          'ul',
          { class: 'reasons' },
          ...entity.mergeReasons.map((reason) => h('li', { dir: 'auto', text: reason })),
        ),
      ),
    relationsSection(context, details, loadMore),
    details.claims.length > 0 &&
      section(
        `${t('claimsMade')} (${details.claimPage.total})`,
        h(
          'ul',
          { class: 'rows', testid: 'claims' },
          ...details.claims.map((edge) => claimRow(context, edge)),
        ),
        moreButton(details.claimPage.more, 'more-claims', loadMore),
      ),
    section(
      `${t('documents')} (${details.documentPage.total})`,
      documentList(details.documents),
      moreButton(details.documentPage.more, 'more-documents', loadMore),
    ),
  ].filter((element): element is HTMLElement => element instanceof HTMLElement);
}

function aliasSection(aliases: readonly string[], name: string): HTMLElement | false {
  const others = aliases.filter((alias) => alias !== name);
  if (others.length === 0) return false;
  return section(
    t('aliases'),
    h(
      'ul',
      { class: 'chips', testid: 'aliases' },
      ...others.map((alias) => h('li', { class: 'chip', dir: 'auto', text: alias })),
    ),
  );
}

const ATTACK_ID = /^mitre-attack:(G\d{4})$/;

function externalId(id: string): HTMLElement {
  const attack = ATTACK_ID.exec(id)?.[1];
  if (attack === undefined) return h('li', { class: 'mono', text: id });
  return h(
    'li',
    { class: 'mono' },
    h('a', {
      text: id,
      attrs: { href: `https://attack.mitre.org/groups/${attack}/`, target: '_blank', rel: 'noreferrer' },
    }),
  );
}

/** The relations shown, grouped by type; each group counts every relation of its type. */
function relationsSection(
  context: PanelContext,
  details: EntityDetailsResponse,
  loadMore: () => void,
): HTMLElement {
  const { entity, relations, relationPage } = details;
  if (relations.length === 0) return section(t('relations'), h('p', { class: 'muted', text: t('none') }));
  const byType = new Map<string, GraphPreviewEdge[]>();
  for (const edge of relations) byType.set(edge.type, [...(byType.get(edge.type) ?? []), edge]);
  const groups = [...byType.entries()].sort(([a], [b]) => a.localeCompare(b));
  return section(
    `${t('relations')} (${relationPage.total})`,
    ...groups.map(([type, edges]) =>
      h(
        'div',
        { class: 'relation-group' },
        h('h4', {
          text: `${context.vocabulary.relationName(type)} · ${relationPage.relationTypes[type] ?? edges.length}`,
        }),
        h('ul', { class: 'rows' }, ...edges.map((edge) => relationRow(context, entity.id, edge))),
      ),
    ),
    moreButton(relationPage.more, 'more-relations', loadMore),
  );
}

function relationRow(context: PanelContext, entityId: string, edge: GraphPreviewEdge): HTMLElement {
  const outgoing = edge.source === entityId;
  const otherId = outgoing ? edge.target : edge.source;
  const other = context.data.entity(otherId);
  const sources = edge.documentCount;
  return h(
    'li',
    {},
    h(
      'button',
      {
        class: 'row',
        testid: 'relation',
        attrs: { 'data-relation-type': edge.type, 'data-other-id': otherId },
        on: { click: () => context.openEdge(edge.id) },
      },
      h('span', { class: 'direction', text: outgoing ? '→' : '←', attrs: { 'aria-hidden': 'true' } }),
      other && h('span', { class: 'dot', style: { background: context.vocabulary.entityColor(other.type) } }),
      h('span', { class: 'row-name', dir: 'auto', text: context.data.nameOf(otherId) }),
      modalityBadge(edge.modality),
      h('span', { class: 'count', text: `${sources} ${t(sources === 1 ? 'source' : 'sources')}` }),
    ),
  );
}

function claimRow(context: PanelContext, edge: GraphPreviewEdge): HTMLElement {
  return h(
    'li',
    {},
    h(
      'button',
      { class: 'row', testid: 'claim', on: { click: () => context.openEdge(edge.id) } },
      h('span', { class: 'row-name', dir: 'auto', text: context.data.nameOf(edge.source) }),
      h('span', { class: 'relation-word', text: context.vocabulary.relationName(edge.type) }),
      h('span', { class: 'row-name', dir: 'auto', text: context.data.nameOf(edge.target) }),
      modalityBadge(edge.modality),
    ),
  );
}

function documentList(documents: readonly DocumentSummary[]): HTMLElement {
  if (documents.length === 0) return h('p', { class: 'muted', text: t('none') });
  return h(
    'ul',
    { class: 'documents' },
    ...documents.map((document) =>
      h(
        'li',
        {},
        h('span', {
          class: 'doc-title',
          dir: textDirection(document.lang),
          lang: document.lang,
          text: document.title || document.uri,
        }),
        h('span', { class: 'badge lang', text: document.lang }),
        document.source && h('span', { class: 'muted', dir: 'auto', text: document.source }),
        document.publishedAt && h('span', { class: 'muted', text: document.publishedAt.slice(0, 10) }),
      ),
    ),
  );
}
