/**
 * A campaign told of before the text says whose it is: "Early in 2021 a malicious campaign hit
 * energy firms in Chile. This campaign is likely to be attributed to APT77." The indefinite
 * phrase (the packs' `references.unnamedCampaigns`) stands for the actor the next sentence
 * attributes "this campaign" to (the packs' `references.campaigns`, then an `attribution`
 * trigger word, then one actor named), so what the campaign did is that actor's, under the
 * attribution's hedge (modality.ts, `inheritReachedFrames`). The one reference the rules resolve
 * forwards: only this pair of sentences, an actor named nowhere in the first and alone in the
 * second.
 */
import { claimPhrases, PACKS, triggerWords } from '../extract/lang/index.ts';
import type { Sentence } from '../types.ts';
import { PhraseMatcher } from './phrase-matcher.ts';
import { within } from './text.ts';
import type { EntityMention } from './types.ts';

const UNNAMED = new PhraseMatcher(
  PACKS.flatMap((pack) => pack.references.unnamedCampaigns).map((phrase) => ({ phrase, value: true })),
);
const CAMPAIGN = new PhraseMatcher(
  PACKS.flatMap((pack) => pack.references.campaigns).map((phrase) => ({ phrase, value: true })),
);
/**
 * The packs' words of negation, denial, doubt and condition (`claims`): an attribution so worded
 * ("is not attributed to X", "if this campaign is attributed to X") names no author the
 * campaign's deeds could go to.
 */
const DOUBT = new PhraseMatcher(
  (['negations', 'denials', 'unconfirmed', 'conditions', 'laterDoubts'] as const).flatMap((concept) =>
    claimPhrases(concept).map((phrase) => ({ phrase, value: true })),
  ),
);
const ATTRIBUTION = new PhraseMatcher(
  triggerWords('attribution').flatMap((words) => words.phrases.map((phrase) => ({ phrase, value: true }))),
);

/** References standing for the actor a campaign is attributed to in the sentence after it. `mentions` sorted by start. */
export function unnamedCampaignActors(
  text: string,
  sentences: readonly Sentence[],
  mentions: readonly EntityMention[],
): EntityMention[] {
  const found: EntityMention[] = [];
  sentences.forEach((sentence, index) => {
    const next = sentences[index + 1];
    if (!next) return;
    const local = within(mentions, sentence);
    if (local.some((mention) => mention.entity.type === 'ThreatActor')) return;
    const [unnamed] = UNNAMED.find(text, sentence.start, sentence.end);
    if (!unnamed || local.some((mention) => mention.start < unnamed.end && unnamed.start < mention.end))
      return;
    const actor = attributedActor(text, next, within(mentions, next));
    if (actor)
      found.push({
        start: unnamed.start,
        end: unnamed.end,
        surface: text.slice(unnamed.start, unnamed.end),
        entity: actor.entity,
        anaphoric: true,
        forward: true,
      });
  });
  return found;
}

/** "This campaign ... is attributed to X": the one actor the sentence names, after the words of attribution. */
function attributedActor(
  text: string,
  sentence: Sentence,
  local: readonly EntityMention[],
): EntityMention | undefined {
  const [campaign] = CAMPAIGN.find(text, sentence.start, sentence.end);
  if (!campaign || DOUBT.find(text, sentence.start, sentence.end).length > 0) return undefined;
  const attribution = ATTRIBUTION.find(text, campaign.end, sentence.end)[0];
  if (!attribution) return undefined;
  const actors = local.filter((mention) => mention.entity.type === 'ThreatActor');
  const [actor] = actors;
  return actors.length === 1 && actor && actor.start >= attribution.end ? actor : undefined;
}
