/**
 * English words of the posts people hold. Example sentences are our own.
 */
import type { RoleVocabulary } from '../types.ts';

export const roles = {
  afterName: [
    {
      phrases: [
        'director|researcher|analyst|expert|spokesman|spokeswoman|spokesperson|founder|co-founder',
        'president|chairman|head|chief|leader|member|minister|candidate|engineer|journalist',
        'official|adviser|advisor|employee|executive|CEO',
        'vice president',
      ],
      examples: [
        {
          text: 'The report quotes Kettil, a researcher, at length.',
          expect: { type: 'Person', name: 'Kettil' },
        },
      ],
    },
    {
      phrases: ['former'],
      examples: [
        {
          text: 'The report quotes Kettil, a former minister, at length.',
          expect: { type: 'Person', name: 'Kettil' },
        },
      ],
    },
    {
      phrases: ['heads|headed|leads|led|co-founded|founded'],
      examples: [
        {
          text: 'The report quotes Kettil, who heads the inquiry.',
          expect: { type: 'Person', name: 'Kettil' },
        },
      ],
    },
  ],
} as const satisfies RoleVocabulary;
