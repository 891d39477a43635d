// Module resolution hook: `electron` becomes ./electron-stub.mjs.
export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'electron') return { url: new URL('./electron-stub.mjs', import.meta.url).href, shortCircuit: true };
  return nextResolve(specifier, context);
}
