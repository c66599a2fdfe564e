/**
 * The view in the address bar, so a link reopens what its author was looking at: interface
 * language, the open entity or relation, and whether weak claims are hidden.
 */
import { isUiLanguage, type UiLanguage } from './i18n.ts';

export interface ViewLink {
  lang?: UiLanguage;
  node?: string;
  edge?: string;
  hideWeak: boolean;
}

export function readViewLink(search: string): ViewLink {
  const params = new URLSearchParams(search);
  const lang = params.get('lang') ?? '';
  const node = params.get('node');
  const edge = params.get('edge');
  return {
    ...(isUiLanguage(lang) ? { lang } : {}),
    ...(node ? { node } : {}),
    ...(edge ? { edge } : {}),
    hideWeak: params.get('hideWeak') === '1',
  };
}

export function viewLinkSearch(link: ViewLink): string {
  const params = new URLSearchParams();
  if (link.lang && link.lang !== 'en') params.set('lang', link.lang);
  if (link.node) params.set('node', link.node);
  if (link.edge) params.set('edge', link.edge);
  if (link.hideWeak) params.set('hideWeak', '1');
  const search = params.toString();
  return search ? `?${search}` : '';
}
