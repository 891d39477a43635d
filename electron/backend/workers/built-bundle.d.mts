/** Whether electron/dist/newsdesk-cli.mjs was built from the sources as they are now. */
export function builtCliIsCurrent(repositoryRoot: string): boolean;
