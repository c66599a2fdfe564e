/** English words that open the examples of an object (see EnumerationVocabulary). */
import type { EnumerationVocabulary } from '../types.ts';

export const enumerations = {
  opening: [
    {
      phrases: ['including', 'such as', 'namely', 'notably', 'among them', 'in particular'],
      examples: [
        {
          text: 'APT28 targeted several European governments, including Germany, France and Italy.',
          expect: { source: 'APT28', type: 'TARGETED', target: 'Italy' },
        },
        {
          text: 'APT28 relies on a long chain of custom droppers written in several languages such as Zebrocy.',
          expect: { source: 'APT28', type: 'USES', target: 'Zebrocy' },
        },
      ],
    },
  ],
  comparing: [
    {
      phrases: ['like'],
      examples: [
        {
          text: 'APT28 relies on a long chain of custom droppers written in several languages like Zebrocy.',
          expect: { source: 'APT28', type: 'USES', target: 'Zebrocy' },
        },
      ],
    },
  ],
  beforeExample: ['in', 'the'],
} as const satisfies EnumerationVocabulary;
