/** The Chromium the browser tests drive: Debian's, unless CHROMIUM_PATH names another. */
export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
