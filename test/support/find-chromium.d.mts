/** Flags for Chromium in containers and CI: no sandbox, no GPU, no background network traffic. */
export declare const chromiumArgs: readonly string[];
/** The path of a usable Chromium ($CHROMIUM_PATH, /usr/bin/chromium, Playwright's download), or null. */
export declare function findChromium(environment?: Record<string, string | undefined>): string | null;
