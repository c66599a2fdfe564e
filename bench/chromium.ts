/**
 * The Chromium that browser tests and the explorer benchmark drive: Debian's, headless, with
 * the flags that keep it from reaching the network or updating itself.
 */
export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
