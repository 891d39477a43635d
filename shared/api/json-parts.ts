/**
 * Characters per part when a large JSON text is kept in parts, as an article body's is on both
 * sides of a save: two-byte strings of up to about 60 KB, below V8's 128 KB large-object
 * threshold. A 20,000-word body is about 140,000 characters; as one string every save would map
 * fresh memory for it, and on a virtual machine whose freed pages go back to the host, touching
 * that memory again costs milliseconds now and then.
 */
export const jsonPartLength = 30_000;
