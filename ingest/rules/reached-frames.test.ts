import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../sentences.ts';
import { extractWithRules } from './index.ts';

/** "source -TYPE-> target modality [claimants]" for every relation of the text. */
function claims(text: string): string[] {
  const result = extractWithRules({ text, lang: 'en', sentences: splitSentences(text, 'en') });
  const nameOf = new Map(result.entities.map((entity) => [entity.key, entity.name]));
  const lines = result.relations.map(
    (relation) =>
      `${nameOf.get(relation.source)} -${relation.type}-> ${nameOf.get(relation.target)} ${relation.modality} [${relation.assertedBy.map((key) => nameOf.get(key)).join(', ')}]`,
  );
  return [...new Set(lines)].sort();
}

describe('an actor reached through a hedged or reported claim', () => {
  test('what the actor of a campaign likely attributed to it used is suspected too', () => {
    const hedged = claims(
      'In 2021 a phishing campaign hit hospitals in Chile. This campaign is likely attributed to APT10. The malware used was PlugX.',
    );
    assert.ok(hedged.includes('menuPass -USES-> PlugX suspected []'), hedged.join('\n'));
    // Said plainly, the attribution leaves what follows asserted.
    const plain = claims(
      'In 2021 a phishing campaign hit hospitals in Chile. This campaign is attributed to APT10. The malware used was PlugX.',
    );
    assert.ok(plain.includes('menuPass -USES-> PlugX asserted []'), plain.join('\n'));
  });

  test('a source that vouches for the attribution vouches for what follows from it', () => {
    const reported = claims(
      'According to Mandiant, this campaign is the work of APT10. The malware used was PlugX.',
    );
    assert.ok(reported.includes('menuPass -USES-> PlugX reported [Mandiant]'), reported.join('\n'));
  });

  test('"linked X with Y, a toolkit used by the two groups": the link frames what the two do', () => {
    const linked = claims(
      'Several security firms have linked APT33 with the Shamoon group and the Stonedrill malware, a toolkit used by the two groups to hit oil companies in Kuwait.',
    );
    assert.ok(linked.includes('APT33 -USES-> StoneDrill reported []'), linked.join('\n'));
    assert.ok(linked.includes('Shamoon Group -USES-> StoneDrill reported []'), linked.join('\n'));
  });

  test('a doubt on whom the actor answers to is no doubt on what it does', () => {
    const sponsor = claims(
      'Analysts described a group supposedly tied to Iran, APT33. The group targeted oil companies in Kuwait.',
    );
    assert.ok(sponsor.includes('APT33 -ATTRIBUTED_TO-> Iran suspected []'), sponsor.join('\n'));
    assert.ok(sponsor.includes('APT33 -TARGETED-> Kuwait asserted []'), sponsor.join('\n'));
  });

  test('a claimant speaking of itself frames nothing it does', () => {
    const self = claims(
      'Dana Holt, the chief executive of Norvik Energy, told reporters that she had ordered the plants shut.',
    );
    assert.ok(self.includes('Dana Holt -LEADS-> Norvik Energy asserted []'), self.join('\n'));
  });
});
