import type { LanguagePack } from '../types.ts';
import { claims } from './claims.ts';
import { triggers } from './triggers.ts';

export const pack = {
  lang: 'fr',
  verbFirst: false,
  claims,
  triggers,
} as const satisfies LanguagePack;
