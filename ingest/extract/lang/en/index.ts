import type { LanguagePack } from '../types.ts';
import { claims } from './claims.ts';

export const pack = {
  lang: 'en',
  verbFirst: false,
  claims,
} as const satisfies LanguagePack;
