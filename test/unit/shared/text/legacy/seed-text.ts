import fs from 'node:fs';

/** The seed article (a real article copied off a web page), NFC. */
export const seedArticle = fs.readFileSync(new URL('../../../../fixtures/import/seed-article.txt', import.meta.url), 'utf8').normalize('NFC');

/** The seed article's first paragraph of body text, the lead with its source prefix. */
export const seedLead = seedArticle.split('\n').find((line) => line.startsWith('(Thanhuytphcm.vn)'))!;

/** The sentence the design notes use. */
export const quanUySentence = 'Quận ủy Quận 3 tổ chức hội nghị';
