import type { LanguagePack } from '../types.ts';
import { claims } from './claims.ts';

export const pack = {
  lang: 'ar',
  verbFirst: true,
  claims,
} as const satisfies LanguagePack;
