/**
 * One relation and the sentences behind it, each shown in its original language and
 * direction, with the names of both ends marked, and who makes the claim.
 */
import type { EdgeDetailsResponse, EvidenceView } from '../api-types.ts';
import { h } from '../dom.ts';
import { t, textDirection } from '../i18n.ts';
import { entityLink, modalityBadge, moreButton, section, type PanelContext } from './context.ts';
import { splitOnTerms } from './highlight.ts';

/** The relation's panel; `loadMore` fetches the next page of its evidence. */
export function renderEdgePanel(
  context: PanelContext,
  details: EdgeDetailsResponse,
  loadMore: () => void,
): HTMLElement[] {
  const { edge, evidence, evidencePage } = details;
  const terms = [edge.source, edge.target].flatMap((id) => {
    const entity = context.data.entity(id);
    return entity ? [entity.name, ...entity.aliases] : [];
  });
  const percent = Math.round(edge.confidence * 100);
  return [
    h(
      'header',
      { class: 'panel-header' },
      h(
        'h2',
        { class: 'panel-title edge-title', testid: 'edge-title', attrs: { tabindex: '-1' } },
        entityLink(context, edge.source),
        h('span', { class: 'relation-word', text: context.vocabulary.relationName(edge.type) }),
        entityLink(context, edge.target),
      ),
      h(
        'dl',
        { class: 'facts' },
        h('dt', { text: t('confidence') }),
        h(
          'dd',
          {},
          h('meter', { attrs: { min: '0', max: '1', value: String(edge.confidence) }, title: `${percent}%` }),
          h('span', { text: ` ${percent}%` }),
        ),
        h('dt', { text: t('modality') }),
        h('dd', {}, modalityBadge(edge.modality)),
        h('dt', { text: t('claimants') }),
        h(
          'dd',
          { class: 'claimants', testid: 'claimants' },
          ...(edge.assertedBy.length > 0
            ? edge.assertedBy.map((id) => entityLink(context, id))
            : [t('none')]),
        ),
      ),
    ),
    section(
      `${t('evidence')} (${evidencePage.total})`,
      h('ol', { class: 'evidence-list' }, ...evidence.map((piece) => evidenceItem(context, piece, terms))),
      moreButton(evidencePage.more, 'more-evidence', loadMore),
    ),
  ];
}

function evidenceItem(context: PanelContext, piece: EvidenceView, terms: readonly string[]): HTMLElement {
  const info = context.documentInfo(piece.documentId);
  const direction = textDirection(piece.lang);
  const sentence = h('blockquote', {
    class: `sentence dir-${direction}`,
    lang: piece.lang === 'und' ? '' : piece.lang,
    dir: direction,
    testid: 'evidence-sentence',
  });
  for (const part of splitOnTerms(piece.text, terms)) {
    sentence.append(part.marked ? h('mark', { text: part.text }) : part.text);
  }
  const link = /^https?:\/\//.test(piece.documentUri)
    ? h('a', {
        text: piece.documentTitle || piece.documentUri,
        dir: 'auto',
        attrs: { href: piece.documentUri, target: '_blank', rel: 'noreferrer' },
      })
    : h('span', { text: piece.documentTitle || piece.documentUri, dir: 'auto', title: piece.documentUri });
  return h(
    'li',
    { class: 'evidence', testid: 'evidence', attrs: { 'data-lang': piece.lang } },
    sentence,
    h(
      'p',
      { class: 'evidence-meta' },
      h('span', { class: 'badge lang', text: piece.lang }),
      piece.extractor &&
        h('span', {
          class: 'badge extractor',
          testid: 'evidence-extractor',
          text: piece.extractor,
          title: t('extractedBy'),
        }),
      link,
      info?.source ? h('span', { class: 'evidence-source', dir: 'auto', text: info.source }) : '',
      info?.publishedAt ? h('time', { class: 'evidence-date', text: info.publishedAt.slice(0, 10) }) : '',
      piece.assertedBy.length > 0 && h('span', { class: 'muted', text: `${t('claimants')}:` }),
      ...piece.assertedBy.map((id) => entityLink(context, id)),
      h('button', {
        class: 'link',
        testid: 'open-in-document',
        text: t('openInDocument'),
        attrs: { 'aria-label': 'Open in document' },
        on: { click: () => context.openDocument(piece.documentId, { start: piece.start, end: piece.end }) },
      }),
    ),
  );
}
