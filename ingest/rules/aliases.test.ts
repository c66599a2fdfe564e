import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../sentences.ts';
import { extractWithRules } from './index.ts';

function entitiesOf(text: string) {
  return extractWithRules({ text, lang: 'en', sentences: splitSentences(text, 'en') }).entities;
}

describe('other names a text gives an actor or a malware', () => {
  test('the aliases listed after a named actor are mentions of that actor', () => {
    const entities = entitiesOf(
      'Last year hackers dubbed Stormhollow, also known as Greyfen Crew, Mossweaver or TEMP.Brine, hit ports.',
    );
    const actors = entities.filter((entity) => entity.type === 'ThreatActor');
    assert.equal(actors.length, 1, JSON.stringify(actors));
    assert.deepEqual(
      new Set(actors[0]?.mentions.map((mention) => mention.surface)),
      new Set(['Stormhollow', 'Greyfen Crew', 'Mossweaver', 'TEMP.Brine']),
    );
  });

  test('an alias in brackets takes the type of the name before it', () => {
    const entities = entitiesOf('The backdoor called Loomtail (aka Threadbare) spread by mail.');
    const malware = entities.filter((entity) => entity.type === 'Malware');
    assert.equal(malware.length, 1);
    assert.deepEqual(
      new Set(malware[0]?.mentions.map((mention) => mention.surface)),
      new Set(['Loomtail', 'Threadbare']),
    );
  });

  test('"aka" set in Markdown emphasis still opens the list', () => {
    const entities = entitiesOf(
      'The backdoor called Loomtail (*aka* Threadbare, Stitchworm) spread by mail.',
    );
    const malware = entities.filter((entity) => entity.type === 'Malware');
    assert.equal(malware.length, 1);
    assert.deepEqual(
      new Set(malware[0]?.mentions.map((mention) => mention.surface)),
      new Set(['Loomtail', 'Threadbare', 'Stitchworm']),
    );
  });

  test('a company known by another name is left alone: its brand is no alias of the firm', () => {
    const entities = entitiesOf('The company Kettlewick Inc, also known as Brinewater, was hit.');
    assert.ok(
      !entities.some((entity) => entity.mentions.some((mention) => mention.surface === 'Brinewater')),
    );
  });
});
