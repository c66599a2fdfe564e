/**
 * Which social platform an `@handle` belongs to, read from the words around it: a handle
 * quoted next to "Twitter" or a pic.twitter.com link is a Twitter account.
 */

const PLATFORM_NAMES: ReadonlyArray<{ platform: string; pattern: RegExp }> = [
  { platform: 'twitter', pattern: /\btwitter\b|\btweet|\btwitter\.com\b|تويتر|تغريد/iu },
  { platform: 'facebook', pattern: /\bfacebook\b|فيسبوك|فيس بوك/iu },
  { platform: 'instagram', pattern: /\binstagram\b|إنستغرام|انستغرام|انستجرام/iu },
  { platform: 'telegram', pattern: /\btelegram\b|\bt\.me\b|تيليغرام|تلغرام|تليجرام|تيليجرام/iu },
  { platform: 'tiktok', pattern: /\btiktok\b|تيك توك/iu },
  { platform: 'youtube', pattern: /\byoutube\b|يوتيوب/iu },
  { platform: 'github', pattern: /\bgithub\b/iu },
];

/** How far around a handle its platform may be named; a blank line ends the context sooner. */
const CONTEXT_CHARS = 1000;

/** The one platform named in the handle's paragraph, or undefined when none or several are. */
export function platformAround(text: string, start: number, end: number): string | undefined {
  const windowStart = Math.max(0, start - CONTEXT_CHARS);
  const before = text.slice(windowStart, start);
  const blankBefore = before.search(/\n\s*\n(?![\s\S]*\n\s*\n)/);
  const after = text.slice(end, end + CONTEXT_CHARS);
  const blankAfter = after.search(/\n\s*\n/);
  const context =
    (blankBefore >= 0 ? before.slice(blankBefore) : before) +
    ' ' +
    (blankAfter >= 0 ? after.slice(0, blankAfter) : after);
  const named = PLATFORM_NAMES.filter(({ pattern }) => pattern.test(context));
  return named.length === 1 ? named[0]?.platform : undefined;
}
