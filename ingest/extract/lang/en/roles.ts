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
        'official|adviser|advisor|employee|executive|CEO|mayor',
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
  betweenEmployerAndName: [
    {
      phrases: [
        'researcher|analyst|expert|engineer|scientist|spokesman|spokeswoman|spokesperson',
        'senior|lead|principal|former researcher|analyst|expert|engineer|scientist',
        'intelligence|threat|security|malware|research analyst|researcher',
        'press secretary',
        // A deputy's post, read before the head's it ends with: "Quillsoft Vice President X".
        'vice president',
        // "a former KGB colonel, Oleg Vance", "an FBI agent, Jane Roe": an officer of a service
        // works for it.
        'colonel|officer|agent|operative',
        'former colonel|officer|agent|operative',
        'lieutenant colonel',
        'former lieutenant colonel',
        // Officers below the head, as wire copy names them: "the board's chief engineer, X",
        // "the bank's head of security, X", "Quillsoft's chief information officer, X".
        'chief engineer|economist|spokesman|spokeswoman|spokesperson',
        'chief information|technology|operating|financial|security officer',
        'chief information security officer',
        'head of security|IT|communications|research',
        'head of cyber security|cybersecurity|information security|cyber',
      ],
      examples: [
        {
          text: 'Mandiant analyst Jane Ortiz said the group was active again.',
          expect: { source: 'Jane Ortiz', type: 'WORKS_FOR', target: 'Mandiant' },
        },
        {
          text: "Kaspersky's senior researcher Ivo Marsh spoke at the conference.",
          expect: { source: 'Ivo Marsh', type: 'WORKS_FOR', target: 'Kaspersky' },
        },
        {
          // A post in title case parts the employer's name from the holder's.
          text: 'The talk quoted Quillon Labs Threat Analyst Mara Voss at length.',
          expect: { source: 'Mara Voss', type: 'WORKS_FOR', target: 'Quillon Labs' },
        },
        {
          text: 'The Harbour Council Press Secretary, Odile Brenn, took questions.',
          expect: { source: 'Odile Brenn', type: 'WORKS_FOR', target: 'Harbour Council' },
        },
        {
          text: 'Several experts and a former KGB colonel, Oleg Vance, said the reform was likely.',
          expect: { source: 'Oleg Vance', type: 'WORKS_FOR', target: 'KGB' },
        },
        {
          // A dash written as a hyphen sets the name off as a comma would.
          text: 'Several experts and a former KGB colonel -Oleg Vance- said the reform was likely.',
          expect: { source: 'Oleg Vance', type: 'WORKS_FOR', target: 'KGB' },
        },
        {
          text: 'A former KGB officer, Oleg Vance, now runs a security firm.',
          expect: { source: 'Oleg Vance', type: 'WORKS_FOR', target: 'KGB' },
        },
        {
          text: "Hackers hit the Kestrel Water Board in May. The board's chief engineer, Ana Bryce, said supplies were safe.",
          expect: { source: 'Ana Bryce', type: 'WORKS_FOR', target: 'Kestrel Water Board' },
        },
        {
          text: "Kestrel Bank said its app was down. The bank's head of security, Ivo Marsh, said no money was lost.",
          expect: { source: 'Ivo Marsh', type: 'WORKS_FOR', target: 'Kestrel Bank' },
        },
      ],
    },
  ],
  headsBetweenEmployerAndName: [
    {
      phrases: [
        'president|chairman|chairwoman|director|CEO',
        'chief executive',
        'director general',
        'managing director',
        'chief executive officer',
      ],
      examples: [
        {
          text: 'Quillsoft President Ana Bryce said the company had found no evidence of theft.',
          expect: { source: 'Ana Bryce', type: 'LEADS', target: 'Quillsoft' },
        },
        {
          text: 'Quillon Labs chief executive Ana Bryce apologised to customers.',
          expect: { source: 'Ana Bryce', type: 'LEADS', target: 'Quillon Labs' },
        },
      ],
    },
  ],
  membersAfterName: [
    {
      phrases: ['officer(s)|member(s)|operative(s)|hacker(s)'],
      examples: [
        {
          text: 'A court charged four APT99 officers. The officers, Ivo Marsh, Lena Kral and Odile Brenn, were not arrested.',
          expect: { source: 'Lena Kral', type: 'MEMBER_OF', target: 'APT99' },
        },
        {
          text: 'Two APT99 members, Ivo Marsh and Lena Kral, were named in the report.',
          expect: { source: 'Ivo Marsh', type: 'MEMBER_OF', target: 'APT99' },
        },
      ],
    },
  ],
  placeRelatives: ['in|within which', 'where'],
  postCopulas: [
    {
      phrases: ['is|was|are|were|became|becomes|remains|remained'],
      examples: [
        {
          text: 'Pierre Morel became the director of ANSSI in 2021.',
          expect: { source: 'Pierre Morel', type: 'LEADS', target: 'ANSSI' },
        },
      ],
    },
  ],
  businessesRun: [],
  // "X, who once worked for the NSA, said": a past employer, as "a former NSA officer".
  formerPosts: ['former', 'ex-', 'once', 'previously', 'formerly'],
  careersInBody: [
    {
      phrases: [
        'served|worked|trained',
        'rose|risen to',
        'the rank of',
        'made his|her career',
        'was|became an officer|agent|colonel|general|major',
      ],
      examples: [
        {
          text: 'The new service copies the KGB, in which Ivan Petrov reached the rank of major.',
          expect: { source: 'Ivan Petrov', type: 'WORKS_FOR', target: 'KGB' },
        },
        {
          text: 'The unit was modelled on the GRU, where Lena Kral served for ten years.',
          expect: { source: 'Lena Kral', type: 'WORKS_FOR', target: 'GRU' },
        },
      ],
    },
  ],
  aliasHeads: [
    {
      phrases: [
        'agency|service|group|unit|organisation|organization|company|firm|party|movement|ministry|office',
        'intelligence agency',
      ],
      examples: [
        {
          text: 'APT99 hacked the KCSO, the Kestrel Cyber Security Office, in May.',
          expect: { source: 'APT99', type: 'TARGETED', target: 'Kestrel Cyber Security Office' },
        },
      ],
    },
  ],
  partNouns: [
    {
      phrases: ['unit|subsidiary|division|arm|branch|department|team'],
      examples: [
        {
          text: 'Mandiant, the FireEye incident-response unit, accused APT99.',
          expect: { source: 'Mandiant', type: 'PART_OF', target: 'FireEye' },
        },
      ],
    },
  ],
  placedBodyNouns: [
    {
      phrases: [
        'bank|agency|service|ministry|authority|office|regulator|operator|company|firm|institute|university|broadcaster|newspaper',
      ],
      examples: [
        {
          text: 'The Kestrel Office is the national cyber agency of Norway.',
          expect: { source: 'Kestrel Office', type: 'LOCATED_IN', target: 'Norway' },
        },
      ],
    },
  ],
} as const satisfies RoleVocabulary;
