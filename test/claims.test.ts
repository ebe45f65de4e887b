// The claim analysis on real sentences from the corpus and the seed pages: who the agent is,
// and whether the sentence is the seller's claim. Each case is a construction the analysis
// must resolve; the sentences are quoted from fixtures/corpus/*.jsonl and fixtures/pages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeDocument, readingWindow } from '../src/claims/analyze.js';
import { diseasesIn, findEffects } from '../src/claims/effects.js';
import { framingOf } from '../src/claims/framing.js';
import { findImpliedBenefit } from '../src/claims/implied.js';
import { isOfferedTreatment } from '../src/claims/offered-treatment.js';
import { findProductNames } from '../src/claims/product-names.js';
import { registerModel } from '../src/claims/register.js';
import { grammarVerdict, verdictFor } from '../src/claims/verdict.js';
import { lintSource } from '../src/engine/lint.js';
import { PACKAGE_ROOT } from '../src/knowledge/package-root.js';
import { parseDocument } from '../src/parse/index.js';
import type { AgentKind, Verdict } from '../src/types.js';

function read(text: string, pageKind?: 'commerce' | 'informational') {
  const analysis = analyzeDocument(parseDocument(text, 'text', 'x.txt'), undefined, { pageKind });
  return analysis.frames.map((f) => ({ agent: f.agent.kind, verdict: verdictFor(f, analysis.page), category: f.category }));
}

/** The grammar's own reading, before the claim register's second opinion (tested on its own below). */
function readGrammar(text: string, pageKind?: 'commerce' | 'informational') {
  const analysis = analyzeDocument(parseDocument(text, 'text', 'x.txt'), undefined, { pageKind });
  return analysis.frames.map((f) => ({ category: f.category, verdict: grammarVerdict(f, analysis.page) }));
}

const cases: [string, string, AgentKind, Verdict][] = [
  ['an order to the reader, naming the product', 'Stop cancer tumor spread with MyTea Magic', 'imperative', 'claim'],
  ['a label with its subject left out', 'Treats all forms of cancer', 'product', 'claim'],
  ['an established treatment', 'Chemotherapy can kill cancer cells throughout the body even if they traveled away from the original tumor.', 'treatment', 'not-a-claim'],
  ['a fronted means clause', 'By destroying cancer cells or slowing down their growth, chemotherapy works to cure or control cancer.', 'treatment', 'not-a-claim'],
  ['an activity as the subject', 'Preventing HPV infection will protect against over 90% of cancers caused by HPV.', 'treatment', 'not-a-claim'],
  ['a passive purpose', 'It can also be given to shrink and control a cancer to help reduce symptoms and prolong life.', 'unknown', 'not-a-claim'],
  ['a finding reported by research', 'Research has confirmed that Vitamin C in high concentration kills cancer cells while leaving normal tissue unharmed', 'substance', 'possible-claim'],
  ['a head named before "along with"', 'In numerous cases Essiac along with a lifestyle overhaul has cured cancer.', 'substance', 'possible-claim'],
  ['the noun a relative clause describes', 'Targeted cancer therapies are drugs or other materials that stop the growth and spread of cancer by getting in the way of specific particles that cause tumor growth and development.', 'treatment', 'not-a-claim'],
  ['a substance a relative clause describes', '[B]urdock also contains polyacetylenes, a chemical that kills disease-causing bacteria and fungi.', 'substance', 'possible-claim'],
  ['the subject of the main clause after a fronted one', 'When used this way, these drugs can reduce the severity of flu symptoms and shorten the time you are sick by 1 or 2 days.', 'treatment', 'not-a-claim'],
  // fixtures/corpus/validation/informational.jsonl
  ['a clause that asks a question without its mark', 'Whether vitamin D is associated with reduced risks of other cancers, including breast, prostate, and pancreatic cancers, remains unclear.', 'substance', 'not-a-claim'],
  ['a negation before a short aside in parentheses', 'Salve products containing corrosive ingredients, including black salve, are dangerous and are not approved by the U.S. Food and Drug Administration (FDA) to treat or cure any skin condition, particularly not skin cancer.', 'substance', 'not-a-claim'],
  ['evidence as the subject of a finding', 'There is strong evidence that people can reduce their risk of cancer, by adopting healthy dietary and activity behaviours.', 'research', 'not-a-claim'],
  ['research framing', 'Researchers are studying new ways to kill or stop the growth of primary and metastatic cancer cells.', 'research', 'not-a-claim'],
  // fixtures/corpus/informational.jsonl: debunking pages name the belief they refute.
  ['a belief named as a fallacy', 'Perhaps the most widespread case of this fallacy is the notion that Vitamin C will prevent or cure colds.', 'substance', 'not-a-claim'],
  ['"ineffective" before the effect', 'Homeopathic remedies; ineffective for treating cancer', 'unknown', 'not-a-claim'],
  // fixtures/corpus/violative.jsonl: a quoting editor's "[I]t" is "It", not "I".
  ['a bracketed capital inside a word', '[I]t does kill every pathogen against which it has been tested, worldwide, without exception.', 'pronoun', 'possible-claim'],
  // fixtures/corpus/pages/pages.jsonl, rootfm-autoimmune (the page's opening ends mid-sentence).
  ['a prescription drug by its generic name', 'While levothyroxine may reduce thyroid antibodies (the hallmark feature of Hashimoto’s), this is not always', 'treatment', 'not-a-claim'],
];

describe('agents and verdicts on a page of unknown kind', () => {
  it.each(cases)('%s', (_what, sentence, agent, verdict) => {
    const frames = read(sentence);
    expect(frames.length).toBeGreaterThan(0);
    // The construction's own frame names the expected agent; no frame of the sentence may be
    // judged otherwise than expected.
    expect(frames.map((f) => f.agent)).toContain(agent);
    expect(new Set(frames.map((f) => f.verdict))).toEqual(new Set([verdict]));
  });
});

describe('the page decides what an unbranded or unnamed agent is', () => {
  const sentence = 'Research has confirmed that Vitamin C in high concentration kills cancer cells while leaving normal tissue unharmed';
  it('on a sales page the substance is the product sold', () => {
    expect(read(sentence, 'commerce')[0]!.verdict).toBe('claim');
  });
  it('on an informational page it is information', () => {
    expect(read(sentence, 'informational')[0]!.verdict).toBe('not-a-claim');
  });
});

describe('on an informational page, "we" is the publisher and a person’s story is a patient’s', () => {
  // Cancer Research UK's line and a patient's relative quoted by a news site (fixtures/corpus/pages/pages.jsonl).
  const publisher = 'Together we are beating cancer';
  const patient = '"My mother battled cancer for three years and finally succumbed to it.';
  it('on a sales page they are the seller’s claim and its testimonial', () => {
    expect(read(publisher, 'commerce').map((f) => f.verdict)).toContain('claim');
    expect(read(patient, 'commerce').map((f) => f.verdict)).toContain('claim');
  });
  it('on an informational page they are information', () => {
    expect(read(publisher, 'informational').map((f) => f.verdict)).toEqual(['not-a-claim']);
    expect(read(patient, 'informational').map((f) => f.verdict)).toEqual(['not-a-claim']);
  });
});

/** A construction of claim: the sentence, the corpus file it is quoted from, the category found. */
type Family = [what: string, sentence: string, source: string, category: string];

/** Each sentence must hold a frame of its category that is the seller's claim, sure or possible. */
function expectClaims(families: Family[]): void {
  it.each(families)('%s', (_what, sentence, _source, category) => {
    const claimed = readGrammar(sentence).filter((f) => f.category === category && f.verdict !== 'not-a-claim');
    expect(claimed.length).toBeGreaterThan(0);
  });
}

describe('disease targets named by their characteristic symptom or a synonym', () => {
  expectClaims([
    ['joint pain, the symptom of arthritis', 'Reduces joint pain', 'fixtures/corpus/violative.jsonl', 'cure-treat'],
    ['joint pain after two effect verbs', 'treats and prevents joint pain', 'fixtures/corpus/violative.jsonl', 'cure-treat'],
    ['difficulty falling asleep, the symptom of insomnia', 'helps reduce difficulty in falling asleep', 'fixtures/corpus/violative.jsonl', 'cure-treat'],
    ['illnesses as a synonym of disease', 'beat stress-related illnesses by eliminating the serious effects of today’s No. 1 Enemy to good health - raised cortisol levels and chromosome damage.', 'fixtures/corpus/violative.jsonl', 'cure-treat'],
    ['a disease’s adjective', 'Inhalation of the essential oil is clearing, often easing asthmatic symptoms, regulating the breath and reducing episodes of stress.', 'fixtures/corpus/violative.jsonl', 'cure-treat'],
    ['inflammation, the sign of the inflammatory diseases', 'reduces inflammation in the retina', 'fixtures/corpus/violative.jsonl', 'cure-treat'],
    ['panic attacks, the sign of panic disorder', 'He is sleeping well and has been able to control his panic attacks with the help of his favorite CBD tincture.', 'fixtures/corpus/violative.jsonl', 'cure-treat'],
    ['viral load, the marker of HIV infection', 'LOWERS VIRAL LOAD', 'fixtures/corpus/violative.jsonl', 'cure-treat'],
  ]);

  it('"PVD", "ASD" and "OCD" in capitals name diseases, and kidney stones, H. pylori and Candida are diseases', () => {
    // fixtures/corpus/violative.jsonl
    expect(diseasesIn('Dissolve Kidney Stones Naturally: The Power of Chinese Medicine').map((d) => d.range.text)).toEqual(['Kidney Stones']);
    expect(diseasesIn('Mastic gum has been shown to be effective in helping the digestive system and supporting health issues associated with H. pylori.').map((d) => d.range.text)).toEqual(['H. pylori']);
    expect(diseasesIn('This is why Oregano Oil is uses as part of most Candida elimination programs and diets.').map((d) => d.range.text)).toEqual(['Candida']);
    expect(diseasesIn('NaturoMedica physician Dr. Lisa Wada is a MAPS trained physician who specializes in the treatment of AD(H)D and ASD.').map((d) => d.range.text)).toContain('ASD');
    expect(diseasesIn('the asd file')).toEqual([]);
  });

  it('"MS" in capitals is multiple sclerosis; "Ms" is not', () => {
    // fixtures/corpus/violative.jsonl (a PEMF seller's page, the seventh development batch).
    expect(diseasesIn('I think magnetic field therapy is an essential therapy for MS for lots of reasons.').map((d) => d.range.text)).toEqual(['MS']);
    // fixtures/corpus/informational.jsonl (a court report).
    const report = 'The Director alleged that in the course of developing and promoting a smart phone application and a book, Ms Gibson falsely claimed to have been diagnosed with brain cancer and claimed to have rejected conventional cancer treatments in favour of embarking on a quest to heal herself naturally.';
    expect(diseasesIn(report).map((d) => d.range.text)).toEqual(['cancer', 'cancer']);
  });
});

describe('effect verbs and objects', () => {
  expectClaims([
    ['"go after" cancerous tissue', 'After all, Cansema is selective in its action and will only "go after" neoplastic (cancerous) tissue.', 'fixtures/corpus/violative.jsonl', 'cell-kill'],
    ['neutralizing carcinogens prevents cancer', 'Consuming it in foods, such as cherries, is like unleashing inside your body an entire army of James Bond-type agents who are adept: at neutralizing cancer-causing agents.', 'fixtures/corpus/violative.jsonl', 'prevent'],
    ['a cure told in the passive, by the product', 'When I first began the project, I knew I wanted enough case stories of pets whose cancers were cured or greatly helped by Essiac Tea to show how effective the formula can be.', 'fixtures/corpus/violative.jsonl', 'cure-treat'],
    ['improving insulin sensitivity', 'a clinically-effective formula containing powerful ingredients designed to improve insulin sensitivity and enhance blood glucose (sugar) control.', 'fixtures/corpus/violative.jsonl', 'cure-treat'],
  ]);

  it('finds a disease marker lowered, told in the passive', () => {
    // fixtures/corpus/approval-endorsement.jsonl: the study that reports it is the agent.
    const frames = read('One of these studies, on post-menopausal women, found that total cholesterol was lowered by 8% after drinking 8 cups of green tea daily for 12 weeks');
    expect(frames.map((f) => f.category)).toContain('cure-treat');
  });
});

describe('claim phrases: uses for a disease, its sufferers, therapy substitutes', () => {
  expectClaims([
    ['"works for" a disease', 'It works also for post cancer treatment and [as] a maintenance program.', 'fixtures/corpus/violative.jsonl', 'cure-treat'],
    ['a disease\'s "sufferers" as the subject of directions', 'cancer and AIDS sufferers or other ill people may wish to take 2 fluid ounces of the tea twice daily on an empty stomach,', 'fixtures/corpus/violative.jsonl', 'cure-treat'],
    ['diseases listed after "and for"', '[U]se[] Cat’s Claw to promote wound healing, and for arthritis, gastric ulcers, inflamation [sic], rheumatism, and tumors.', 'fixtures/corpus/violative.jsonl', 'cure-treat'],
    ['an alternative or addition to a treatment', '…considering the lack of risks associated with CBD it is an attractive alternative or addition to anyone’s treatment for Alzheimer’s disease.', 'fixtures/corpus/violative.jsonl', 'substitute-therapy'],
    ['a better option than a drug', 'a much safer and effective option than aspirin and other pharmaceutical agents to treating heart disease.', 'fixtures/corpus/violative.jsonl', 'substitute-therapy'],
    ['a word in quotation marks ("commit ‘suicide’")', 'CBD makes cancer cells commit ‘suicide’ without killing other cells', 'fixtures/corpus/violative.jsonl', 'cell-kill'],
    ['"According to …" attributes; the subject follows', 'According to the National Cancer Institute (NCI) pharmacodynamics data, daily consumption of 1200 ml (40 ounces) of green tea containing 710 mcg/ml (-) EGCG (epigallocatechin gallate) is equivalent to 1.5 times the lowest effective anticancer dose in a 153lb. person.', 'fixtures/corpus/approval-endorsement.jsonl', 'drug-class'],
  ]);

  it('an attribution to a regulator is still reported speech', () => {
    // fixtures/corpus/informational.jsonl
    const frames = read('According to Spohn’s advertisements, 16 of the teas her company sold were formulated to fight 16 different types of cancer.');
    expect(frames.every((f) => f.verdict === 'not-a-claim')).toBe(true);
  });
});

describe('studies and authorities cited on a sales page', () => {
  const reported = (text: string): string[] =>
    lintSource(text, 'x.txt', { pageKind: 'commerce' }).messages.map((m) => m.ruleId ?? '');
  it.each([
    // fixtures/corpus/approval-endorsement.jsonl
    ['a study\'s finding about a disease marker', '2016 study showed that taking a high dose of 1000 mg of curcumin each day for an average of 8-12 weeks helped reduce inflammation and joint pain.', 'no-study-citation-disease-use'],
    ['a study\'s finding several words after it', 'Four recent studies in people at risk for coronary disease have shown a significant cholesterol lowering effect from tea or tea flavonoids', 'no-study-citation-disease-use'],
    ['an effect on a marker, no disease named', 'One of these studies, on post-menopausal women, found that total cholesterol was lowered by 8% after drinking 8 cups of green tea daily for 12 weeks', 'no-study-citation-disease-use'],
    ['a finding "as reported by" its authors', 'Graviola extracts were effective against the growth of Adriamycin-resistant human mammary adenocarcinoma (breast cancer), as reported by Oberlies NH, Chang CJ, McLaughlin JL.', 'no-study-citation-disease-use'],
    ['an authority said to recognize an effect', 'The National Institutes of Health recognizes that Omega-3 from fish oil can be beneficial for several cardiovascular measures.*', 'no-implied-endorsement'],
    ['an authority said to have researched the product', 'The NCI or the National Cancer Institute did some research on the guanabana cancer cure [sic] and came up with some interesting results.', 'no-implied-endorsement'],
    ['the product said to be listed by an authority', 'Originally listed by the National Cancer Institute in the USA in 1976, it was not until 1995 that work gained any momentum.', 'no-implied-endorsement'],
    // fixtures/corpus/validation/violative.jsonl
    ['researchers\' finding about a disease, with no word of publication', 'Researchers at Michigan State University were among the first to identify the presence of three powerful anthocyanins in tart cherries with the potential to inhibit the growth of colon cancer tumors.', 'no-study-citation-disease-use'],
    ['FDA said to have granted the seller\'s product something', 'In fact, the FDA has officially allowed our tea the first and only qualified green tea health claim pursuant to the February 23, 2012 Memorandum Decision of the United States District Court for the District of Connecticut.', 'no-fda-approval-claim'],
  ])('%s', (_what, sentence, rule) => {
    expect(reported(sentence)).toContain(rule);
  });
});

describe('the message names the agent as the sentence does', () => {
  it('the subject of "was found to", without the raising verb', () => {
    // fixtures/pages/fda-approval-claim.txt
    const sentence = "A study published in the Journal of Natural Products, following a recent study conducted at Catholic University of South Korea, stated that one chemical in guanabana was found to selectively kill colon cancer cells at '10,000 times the potency of (the commonly used chemotherapy drug) Adriamycin.'";
    const finding = lintSource(sentence, 'x.txt', { pageKind: 'commerce' }).messages.find((m) => m.ruleId === 'no-cancer-cell-kill-claim');
    expect(finding?.message).toContain('this says that one chemical in guanabana kills or shrinks cancer cells.');
  });

  it('not a phrase that says where, read where the subject should be', () => {
    // A functional-medicine clinic's page (fixtures/corpus/pages, rootfm-autoimmune).
    const sentence = 'In this article, we’ll review our approach to functional medicine for autoimmune disease to treat the root cause, reduce or eliminate your symptoms, and promote optimal health.';
    const messages = lintSource(sentence, 'x.txt', { pageKind: 'commerce' }).messages.map((m) => m.message);
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) expect(message).not.toContain('“In this article”');
  });
});

describe('the message names no object as the agent, and agrees with a plural one', () => {
  // Sentences of sellers' pages (fixtures/corpus/pages/pages.jsonl), linted as on their page.
  const messages = (sentence: string): string[] => lintSource(sentence, 'x.txt', { pageKind: 'commerce' }).messages.filter((m) => m.ruleId).map((m) => m.message);

  it('an object after "are of" is not quoted; nobody named is "something"', () => {
    // mtnviewvet-chinese-herbal-cancer
    const found = messages('Herbals and neutraceuticals augment the immune system and are of paramount importance in controlling the growth of a tumor.');
    expect(found.length).toBeGreaterThan(0);
    for (const message of found) expect(message).not.toContain('paramount importance');
    expect(found.some((m) => m.includes('this says that something stops or slows the spread or growth of tumor.'))).toBe(true);
  });

  it('a plural subject takes a plural verb', () => {
    // magnehealth-arthritis-blog
    expect(messages('Magnetic bracelets are helpful for arthritis in the wrist and arms.')).toContainEqual(expect.stringContaining('this says that “Magnetic bracelets” cure or treat arthritis.'));
    // mtnviewvet-chinese-herbal-cancer
    expect(messages('Many herbals actually block the replication of cancer cells.')).toContainEqual(expect.stringContaining('this says that “Many herbals” cure or treat cancer cells.'));
  });

  it('a substance the lexicon knows is named by its noun phrase, not the words around it', () => {
    // acm-healthcare-fertility, myranchopharmacy-immune-covid
    const fertility = messages('These foods are loaded with antioxidants and phytonutrients that counter inflammation (a common cause of infertility) and nourish your reproductive system.');
    expect(fertility.length).toBeGreaterThan(0);
    for (const message of fertility) expect(message).not.toContain('loaded with');
    const vitamin = messages('- Vitamin D: Is an important immune strengthening nutrient that may potentially reduce the risks of colds and the flu.');
    expect(vitamin).toContainEqual(expect.stringContaining('this says that Vitamin D cures or treats colds.'));
  });

  it('an effect on a disease marker is said to be one, not a cure of the marker', () => {
    // vitabase-red-yeast-rice
    const found = messages('Red yeast rice is commonly used to support cardiovascular health, lower LDL cholesterol, and improve blood flow.');
    expect(found).toContainEqual(expect.stringContaining('acts on cholesterol, a marker of disease: lowering or controlling it treats the disease.'));
    for (const message of found) expect(message).not.toContain('cures or treats cholesterol');
  });

  it('a first-person claim names its writer, not a customer’s outcome', () => {
    // prohealth-llnd-lyme-natural: a practitioner writing of her own treatment
    const found = messages('Hence, I believe that treating Lyme disease with antibiotics alone is insufficient for obtaining a cure.');
    expect(found).toContainEqual(expect.stringContaining('this says that the writer (“I”) cures or treats Lyme disease'));
  });

  it('a product is named by its name, not the words around it', () => {
    // 222health-herbal-medicine-asthma: two headings on lines of their own run into the first sentence.
    const page = 'Herbal Medicine for Asthma\nHerbal Tea\nHerbal tea is one of the most common and simple ways to use herbs in the treatment of asthma.';
    const found = messages(page);
    expect(found).toContainEqual(expect.stringContaining('this says that the product (Asthma Herbal Tea) cures or treats asthma.'));
    // walgreens-saw-palmetto-faq: the product lexicon's "this herb", not the phrase it stands in.
    const herb = messages('More studies are needed to assess the safety and effectiveness of this herb in treating BPH.');
    for (const message of herb) expect(message).not.toContain('the safety and effectiveness');
  });

  it('an implied claim names what implies it', () => {
    // medicalnewstoday-prostate-formula-release
    expect(messages('The team found that oral administration of this natural formula produced a statistically significant suppression of tumor growth.')).toContainEqual(
      expect.stringContaining('acts on tumor (implied: “formula” beside it).'),
    );
  });

  it('an implied claim that names nobody is the sentence’s own suggestion', () => {
    // magnehealth-arthritis-blog, a heading
    expect(messages('Arthritis Pain Relief')).toContainEqual(expect.stringContaining('Possible disease claim: this suggests an effect on arthritis (“Relief” beside it).'));
  });
});

describe('claims whose wording carries them: promises, credentials, the population at risk', () => {
  expectClaims([
    ['help promised where diseases are named', 'If you (or your pet) are suffering from liver problems, cancer, arthritis, kidney disease or other inflammatory conditions, this product can really help.', 'fixtures/corpus/violative.jsonl', 'cure-treat'],
    ['a "proven alternative" to therapy, whatever its subject', 'Intravenous Nutrient Treatments, a proven alternative to chemo and radiation', 'fixtures/corpus/violative.jsonl', 'substitute-therapy'],
    ['what a condition has someone eat is the means', 'If a person eats 6-12 apricots kernels per day, they will never have to worry about cancer,', 'fixtures/corpus/violative.jsonl', 'prevent'],
    ['healthy lungs in smokers', 'Maintains healthy lungs in smokers', 'fixtures/corpus/violative.jsonl', 'prevent'],
    ['popularity with a disease\'s patients', 'Cat’s Claw . . . has become a popular item for many HIV and cancer patients.', 'fixtures/corpus/violative.jsonl', 'cure-treat'],
  ]);

  it('an alternative to therapy said of a treatment on an informational page is information', () => {
    // fixtures/corpus/informational.jsonl: "alternative" without the promotional evidence word.
    const frames = read('A distinction is typically made between complementary treatments which do not disrupt conventional medical treatment, and alternative treatments which may replace conventional treatment.');
    expect(frames.every((f) => f.verdict === 'not-a-claim')).toBe(true);
    expect(read('Intravenous Nutrient Treatments, a proven alternative to chemo and radiation', 'informational').every((f) => f.verdict === 'not-a-claim')).toBe(true);
  });

  it('a condition of taking a treatment does not make it a product', () => {
    // fixtures/corpus/informational.jsonl
    const frames = read('If you are thinking about using dietary supplements as part of your cancer treatment, you’ll want to know more before you decide what to do.');
    expect(frames.every((f) => f.verdict === 'not-a-claim')).toBe(true);
  });
});

describe('framing: research said to be missing, comparisons that are not negations', () => {
  expectClaims([
    ['"if not more" compares; it does not negate', 'In fact, studies show that turmeric is just as – if not more – effective in reducing inflammation and joint pain than NSAIDs.', 'fixtures/corpus/approval-endorsement.jsonl', 'cure-treat'],
    ['"no double-blind clinical trials" does not set the claim in research', 'Since 1976, guanabana has proven to be an immensely potent cancer killer in 20 independent laboratory tests, but as of now, no double-blind clinical trials.', 'fixtures/corpus/approval-endorsement.jsonl', 'cure-treat'],
    ['"effective against the growth of" a cancer', 'Graviola extracts were effective against the growth of Adriamycin-resistant human mammary adenocarcinoma (breast cancer), as reported by Oberlies NH, Chang CJ, McLaughlin JL.', 'fixtures/corpus/approval-endorsement.jsonl', 'stop-spread'],
    ['drug seeking, the sign of addiction', 'C.B.D. reduces the rewarding effects of morphine and reduced drugs seeking of heroin.', 'fixtures/corpus/violative.jsonl', 'cure-treat'],
    ['destroying what is responsible for a cancer', 'destroy the enzyme on DNA responsible for cancer cells,', 'fixtures/corpus/violative.jsonl', 'cell-kill'],
  ]);

  it('research that is there still frames the statement', () => {
    // fixtures/corpus/informational.jsonl
    const frames = read('Researchers are studying new ways to kill or stop the growth of primary and metastatic cancer cells.');
    expect(frames.every((f) => f.verdict === 'not-a-claim')).toBe(true);
  });
});

describe('a capitalized name for a disease', () => {
  const names = (text: string) => read(text).filter((f) => f.category === 'product-name');
  it('is a product name ("Miracle Water for Cancer", fixtures/corpus/violative.jsonl)', () => {
    expect(names('Miracle Water for Cancer').map((f) => f.verdict)).toEqual(['claim']);
  });
  it('is not when it names a treatment or an organization', () => {
    // fixtures/pages/mytea-magic-metastasis-page.txt (copied NCI heading); fixtures/corpus/informational.jsonl
    expect(names('Treatment for Metastatic Cancer')).toEqual([]);
    // nlp-corpus (a State of the Union address), not a health text
    expect(names('And to meet a severe and urgent crisis abroad, tonight I propose the Emergency Plan for AIDS Relief.')).toEqual([]);
    expect(names('A study using data from the Centers for Disease Control and Prevention (CDC) provides evidence that the human papillomavirus (HPV) vaccine is effectively reducing the numbers of cervical precancer – lesions that can become cervical cancer.')).toEqual([]);
  });
});

describe('diseases and claim wording beyond the development corpus (fixtures/corpus/validation)', () => {
  const source = 'fixtures/corpus/validation/violative.jsonl';
  expectClaims([
    ['symptoms of a named disease improved', 'There is some evidence that fish oil can help improve ADHD symptoms.', source, 'cure-treat'],
    ['a disease marker controlled', 'Controls blood sugar level.', source, 'cure-treat'],
    ['a disease marker kept under check', 'Keeps blood pressure under check.', source, 'cure-treat'],
    ['effective against a disease, words between', '... TumexalTM is effective against a wide array of canine cancers.', source, 'cure-treat'],
    ['tumor regression induced', 'Five times more potent than the other known cancer-reducing compounds at inducing tumor regression.', source, 'stop-spread'],
    ['a safeguard against a disease', 'Safeguard against cancer.', source, 'prevent'],
    ['stronger than a named drug', '[A]nthocyanins [a substance in cherries] are … anti-inflammatory pain relievers 10 times stronger than aspirin or ibuprofen!', source, 'substitute-therapy'],
    ['"non-toxic chemo"', 'non-toxic chemo', source, 'drug-class'],
    ['a skin cancer clearing up, told by the customer', 'After a consultation last week, my skin cancer appears to be clearing up.', source, 'testimonial'],
  ]);

  it('a drug-class word that names medicines is not a claim about a product', () => {
    // fixtures/corpus/validation/informational.jsonl (CDC)
    const frames = read('Antiviral drugs can make illness milder and shorten the time you are sick.');
    expect(frames.some((f) => f.category === 'drug-class')).toBe(true);
    expect(frames.every((f) => f.verdict === 'not-a-claim')).toBe(true);
    // fixtures/corpus/violative.jsonl: the class claimed for the product is still a claim.
    const claimed = read('C.B.D. also decreased human glioma cell growth and invasion, thus suggesting a possible role C.B.D. as an anti-tumor agent.');
    expect(claimed.some((f) => f.category === 'drug-class' && f.verdict !== 'not-a-claim')).toBe(true);
  });

  it('a drug named as what treats the disease is information', () => {
    // fixtures/corpus/validation/informational.jsonl (MedlinePlus)
    expect(read('Metformin treats type 2 diabetes by lowering blood sugar levels.').every((f) => f.verdict === 'not-a-claim')).toBe(true);
  });
});

describe('names and comparisons', () => {
  const source = 'fixtures/corpus/validation/violative.jsonl';
  expectClaims([
    ['a disease in a name whose product noun is in lower case', 'Advanced Arthritis Support capsules', source, 'product-name'],
    ['a comparison with a therapy is made by what is compared, not by the therapy', 'natural cancer cell killer, 10,000 times stronger than drug used in chemotherapy', source, 'substitute-therapy'],
  ]);

  it('a heading’s question word is no part of the name it asks about', () => {
    // Headings of development pages (fixtures/corpus/pages/pages.jsonl): northfloridavision-cataract-drops,
    // scienceinsights-cancer-teas.
    expect(findProductNames('Are Cataract Eye Drops for Real?')).toEqual(['Cataract Eye Drops']);
    expect(findProductNames('Do Cancer Teas Work? Evidence, Risks, and Safety')).toEqual(['Cancer Teas']);
  });

  it('a capitalized herb before a lower-case product noun is no brand without a disease in it', () => {
    // fixtures/corpus/informational.jsonl
    const frames = read('Green tea may reduce the risk of breast or prostate cancer although the FDA has concluded that there is very little scientific evidence for this claim.');
    expect(frames.length).toBeGreaterThan(0);
    expect(frames.every((f) => f.agent !== 'product')).toBe(true);
  });
});

describe('headlines and what a product is said to do for people with a disease', () => {
  const source = 'fixtures/corpus/validation/violative.jsonl';
  expectClaims([
    ['a gerund headline with no verb after it', 'Weakening Cancer.', source, 'cell-kill'],
    ['effective treatment for a disease', 'Cost[] Effective Treatment for Coronavirus.', source, 'cure-treat'],
    ['help for people with diseases', 'Discover the Health Benefits of Tart Cherry Juice! Research shows that red tart cherries can help people with gout and arthritis, as well as people who suffer from cancer, heart disease.…', source, 'cure-treat'],
    ['a marker of a disease decreased', 'Decrease Prostate Size Naturally', source, 'cure-treat'],
    ['the virus named for the disease it causes', 'It prevents the virus from replicating in the body, so you want to take it early and often if you start feeling symptoms.', source, 'prevent'],
    ['an effective treatment of a disease', 'CBD has been linked to the effective treatment of Alzheimer’s disease', source, 'cure-treat'],
  ]);

  it('a disease named for a person is read whole with its "disease" ("natural {disease} treatment")', () => {
    // Native Remedies' heading (fixtures/corpus/pages, nativeremedies-parkinsons).
    expect(findEffects("natural parkinson's disease treatment").map((e) => e.range.text)).toEqual(["natural parkinson's disease treatment"]);
  });

  it('a sign of the page’s disease gives way to a reading that needs no page', () => {
    // Serenity Healthcare's olive-leaf page (fixtures/corpus/pages): "reduced systolic blood pressure"
    // is a marker lowered on any page; read through the page's topic it would be symptom relief.
    const text = 'Olive leaf extract has been tested in a double blind placebo controlled trial, reduced systolic blood pressure 11.5 points (mmHG), diastolic blood pressure by 4.8 points and other vascular benefits';
    const start = text.indexOf('systolic blood pressure');
    const sign = { kind: 'disease' as const, range: { start, end: start + 'systolic blood pressure'.length, text: 'systolic blood pressure' }, signOf: 'high blood pressure' };
    expect(findEffects(text, [sign]).map((e) => e.effectId)).toContain('lower-disease-marker');
    expect(findEffects(text, [sign]).map((e) => e.effectId)).not.toContain('symptom-relief');
  });

  it('a therapy offered for a disease is read in a heading, not in a sentence that describes medicine', () => {
    // Ozone Hospital's heading (fixtures/corpus/pages); Millennium Cancer Center's patient information (fixtures/corpus/informational.jsonl).
    const offered = (text: string) => findEffects(text).filter((e) => e.effectId === 'offered-for-disease').map((e) => e.range.text);
    expect(offered('Ozone Therapy For Lyme Disease')).toEqual(['Therapy For Lyme Disease']);
    expect(offered('Hormone therapy for cancer is the use of specific medicines to block these effects of hormones.')).toEqual([]);
  });

  it('a gerund that is the subject of a verb is an activity, not a claim', () => {
    // fixtures/corpus/informational.jsonl
    const frames = read('Preventing HPV infection will protect against over 90% of cancers caused by HPV.');
    expect(frames.length).toBeGreaterThan(0);
    expect(frames.every((f) => f.verdict === 'not-a-claim')).toBe(true);
  });
});

describe('a product’s intended use, therapies beaten or made stronger, named therapies offered for a disease', () => {
  const source = 'fixtures/corpus/violative.jsonl';
  expectClaims([
    ['what a product is formulated for', 'formulated for those diagnosed with Age-Related Macular Degeneration (AMD)', source, 'cure-treat'],
    ['what a product is designed for', 'A supplement designed for animals suffering from skin conditions due to inhalant and contact allergy.', source, 'cure-treat'],
    ['relief for a list of diseases', 'Non-suppressive relief for eczema, psoriasis, rashes.', source, 'cure-treat'],
    ['a heading that promises to reverse the disease it names', 'Type 2 Diabetes: Natural Ways to Reverse It', 'fixtures/corpus/pages/pages.jsonl', 'cure-treat'],
    ['a product named for the disease it sends away', 'Virus Be Gone', source, 'cure-treat'],
    ['a therapy said to fail', 'Conventional chemotherapy rarely works.', source, 'substitute-therapy'],
    ['a therapy said to be outperformed', 'Acupuncture Outperforms Drug Therapy for Rheumatoid Arthritis', 'fixtures/corpus/pages/pages.jsonl', 'substitute-therapy'],
    ['a sensitizer for a therapy', 'Inoncology, Hyperthermia can act as a potent sensitizer, especially for chemotherapy and radiotherapy.', source, 'augment-therapy'],
  ]);

  it('a named therapy’s treatment for a disease heads a sales page as its offer', () => {
    // Clinics' headings (fixtures/corpus/pages: sofea-homeopathy-eczema, whyayurveda-kidney-diseases, rootfm-autoimmune).
    for (const heading of ['Homeopathy treatment for eczema', 'Ayurveda for the Kidney Diseases', 'Functional Medicine for Autoimmune Disease']) {
      expect(readGrammar(heading, 'commerce').filter((f) => f.category === 'cure-treat' && f.verdict !== 'not-a-claim')).not.toEqual([]);
    }
  });
});

describe('a run-on "sentence" far longer than any real one', () => {
  it('is read by compromise in windows of whole words around each effect, shared by effects near each other', () => {
    const text = readFileSync(join(PACKAGE_ROOT, 'fixtures', 'pages', 'nci-metastatic-cancer-fact-sheet.txt'), 'utf8').replace(/\s+/g, ' ').slice(0, 5000);
    const at = text.indexOf('cancer', 2000);
    const range = { start: at, end: at + 'cancer'.length, text: 'cancer' };
    const window = readingWindow(text, range);
    expect(window.end - window.start).toBeLessThan(800);
    expect(window.start).toBeLessThanOrEqual(range.start);
    expect(window.end).toBeGreaterThanOrEqual(range.end);
    expect(text[window.start - 1]).toBe(' ');
    // An effect a few characters on is read in the same window.
    expect(readingWindow(text, { ...range, start: at + 2, end: at + 8 }).start).toBe(window.start);
    // A sentence of ordinary length is read whole.
    expect(readingWindow('Stop cancer tumor spread with MyTea Magic', range)).toEqual({ start: 0, end: 41 });
  });

  it('keeps the agent of a claim inside it (compromise reads it in windows around each effect)', () => {
    // The NCI fact sheet's text with its full stops taken out: one 10,000-character sentence.
    const nci = readFileSync(join(PACKAGE_ROOT, 'fixtures', 'pages', 'nci-metastatic-cancer-fact-sheet.txt'), 'utf8')
      .replace(/[.!?]/g, ',')
      .replace(/\s+/g, ' ')
      .slice(0, 10_000);
    const headline = 'Stop cancer tumor spread with MyTea Magic';
    const alone = read(headline);
    const inLongText = read(`${nci} ${headline} ${nci}`);
    expect(alone).toEqual([{ agent: 'imperative', verdict: 'claim', category: 'stop-spread' }]);
    // The headline's frame is read the same way in the middle of the run-on text.
    expect(inLongText).toContainEqual({ agent: 'product', verdict: 'claim', category: 'stop-spread' });
  });
});

describe('the broad grammar: any verb of acting on a disease, filtered by agent and page', () => {
  expectClaims([
    ['a disease past commas in a list of objects', "Overcome a Weak Bladder, UTI's & Cystitis", 'fixtures/corpus/validation/violative.jsonl', 'cure-treat'],
    ['several verbs before a general disease word', 'there are a range of herbs specifically to prevent, negate or eliminate the various types of bladder problems mentioned above.', 'fixtures/corpus/validation/violative.jsonl', 'cure-treat'],
    ['a passive whose means is named after "with"', 'The coronavirus can be dramatically slowed or stopped completely with the immediate widespread use of high doses of Vitamin C,', 'fixtures/corpus/validation/violative.jsonl', 'cure-treat'],
    ['what a product is said to be effective for', 'Cannabidiol may be effective for treating substance use disorders.', 'fixtures/corpus/violative.jsonl', 'cure-treat'],
    ['a defense against a disease', 'The most powerful antiviral essential oils to provide defense against coronavirus.', 'fixtures/corpus/validation/violative.jsonl', 'prevent'],
  ]);

  it('a narrower reading of the same words keeps its own category', () => {
    // fixtures/pages/mytea-magic-metastasis-page.txt
    expect(read('Stop cancer tumor spread with MyTea Magic').map((f) => f.category)).toEqual(['stop-spread']);
  });

  it('a treatment offered at a price is what the seller sells', () => {
    // fixtures/corpus/violative.jsonl
    const frames = read('Depression Treatment & Help – Depression Relief from £295.00', 'commerce');
    expect(frames.map((f) => [f.agent, f.verdict])).toContainEqual(['seller', 'claim']);
  });

  it('a passive names its agent after "by": an established treatment is information', () => {
    // fixtures/corpus/informational.jsonl
    const frames = read('Almost all cervical cancer cases can be prevented by the HPV vaccine.');
    expect(frames.map((f) => f.agent)).toEqual(['treatment']);
    expect(frames.every((f) => f.verdict === 'not-a-claim')).toBe(true);
  });

  it('a passive with nobody named is a claim only on a sales page', () => {
    // fixtures/corpus/validation/informational.jsonl
    const sentence = 'But high blood pressure can be treated or even prevented.';
    expect(read(sentence).every((f) => f.verdict === 'not-a-claim')).toBe(true);
    expect(read(sentence, 'informational').every((f) => f.verdict === 'not-a-claim')).toBe(true);
    expect(readGrammar(sentence, 'commerce').map((f) => f.verdict)).toContain('possible-claim');
  });

  it('a disease that only names which treatment or death toll is not the object', () => {
    // fixtures/corpus/informational.jsonl, fixtures/corpus/validation/informational.jsonl
    expect(read('These supplements can be dangerous if they cause people to delay or stop effective, proven treatments for diabetes.').map((f) => f.category)).not.toContain('cure-treat');
    // fixtures/corpus/informational.jsonl: what is lessened is a side effect of the treatments.
    expect(read('Sometimes immunotherapy lessens the side effects of other cancer treatments.')).toEqual([]);
    expect(read('Pap smears have dramatically lowered cervical cancer deaths by catching HPV-triggered precancerous cell changes before they turn into cancer.').every((f) => f.verdict === 'not-a-claim')).toBe(true);
  });

  it('a verb followed by a comma has ended its clause: what comes after is not its object', () => {
    // fixtures/corpus/pages/pages.jsonl (a seller's page on arthritis)
    expect(findEffects('When arthritis attacks, joint function narrows, causing pain, stiffness, swelling and inflammation.')).toEqual([]);
  });

  it('a verb that is part of a disease\'s name ("heart attack") is no verb', () => {
    // fixtures/corpus/validation/informational.jsonl
    expect(read('Uncontrolled high blood pressure increases the risk of problems such as stroke, aneurysm, heart failure, heart attack, and chronic kidney disease.')).toEqual([]);
  });

  it('what a medicine is recommended for is information', () => {
    // fixtures/corpus/validation/informational.jsonl
    const frames = read('The role of selective estrogen receptor modulators, such as tamoxifen and raloxifene, for the prevention of breast cancer has been well established.');
    expect(frames.length).toBeGreaterThan(0);
    expect(frames.every((f) => f.verdict === 'not-a-claim')).toBe(true);
  });
});

describe('lists, compounds and reports', () => {
  expectClaims([
    ['a list opened by a colon', "Reverend Father David's JOINT RESTORER (TM) - Say goodbye to: Joint Pain - Rheumatism - Polyarthritis - Knee arthrosis - Sciatica - Arthrosis - Arthritis - Coxarthrosis - Back pain - Neck pain - Lumbago - No side effects - Soothing - Fortifying - Remineralising", 'fixtures/corpus/violative.jsonl', 'cure-treat'],
    ['a disease kept away for good', 'Never Have A Herpes Outbreak Again', 'fixtures/corpus/violative.jsonl', 'prevent'],
    ['a use for the conditions a list names', "We are currently applying Faecal Microbiota Transplant (FMT) to the following conditions at this clinic: Ulcerative Colitis Crohn's Disease Clostridium difficile Infection (RCDI) IBS (Irritable Bowel Syndrome) Post-Infectious Dysbiosis (IBS) Post-Antibiotic Dysbiosis (IBS) CFS (Chronic Fatigue Syndrome) & ME (Myalgic Encephalopathy) MS (Multiple Sclerosis) ...", 'fixtures/corpus/violative.jsonl', 'cure-treat'],
    ['a disease in the possessive', 'support[] lung health to protect against COVID-19’s long term damaging effects.', 'fixtures/corpus/violative.jsonl', 'prevent'],
    ['a disease marker with a participle ("cholesterol reducing")', 'Oolong tea is … prized for its cholesterol reducing …', 'fixtures/corpus/violative.jsonl', 'cure-treat'],
    ['a product named for the disease it ends', 'America’s #1 Herpes Outbreak Eliminator!', 'fixtures/corpus/violative.jsonl', 'cure-treat'],
    ['"not only … but" adds, it does not negate', 'Yes JointEase Patches are not only an extremely effective product for Arthritis sufferers reducing pain and inflammation, tenderness and stiffness in the joint, preventing future arthritis problems and greatly enhancing mobility and performance; but in addition to this, they also help people to balance and maintain healthy lifestyle [sic], as well as helping the body overcome stress and fatigue', 'fixtures/corpus/violative.jsonl', 'cure-treat'],
  ]);

  it('a product\'s claim reported by an informational page is a report', () => {
    // fixtures/corpus/informational.jsonl
    const sentence = 'One company – Ebola-C – claims on its website that the product supports healthy wound healing and protects against the virus.';
    expect(read(sentence, 'informational').every((f) => f.verdict === 'not-a-claim')).toBe(true);
    expect(read(sentence).every((f) => f.verdict !== 'claim')).toBe(true);
    expect(read(sentence, 'commerce').map((f) => f.verdict)).toContain('claim');
  });

  it('a regulator\'s account of what was advertised is a report', () => {
    // fixtures/corpus/informational.jsonl
    const frames = read('According to the FTC, Daniel Chapter One and Feijo deceptively advertised that four dietary supplements inhibit tumor formation or growth, eliminate tumors, treat or cure cancer, or heal the effects of radiation or chemotherapy.');
    expect(frames.length).toBeGreaterThan(0);
    expect(frames.every((f) => f.verdict === 'not-a-claim')).toBe(true);
  });

  it('the law\'s own words with the generic "disease" are the law\'s, not a claim', () => {
    // fixtures/corpus/informational.jsonl
    const frames = read('Under the Federal Food, Drug, and Cosmetic Act, products intended to cure, treat, mitigate, or prevent disease are drugs and are subject to the requirements that apply to drugs, even if they are labeled as dietary supplements.');
    expect(frames.length).toBeGreaterThan(0);
    expect(frames.every((f) => f.verdict === 'not-a-claim')).toBe(true);
  });

  it('a disease at the end of a list of up to twelve words after a claim phrase', () => {
    // fixtures/corpus/validation/violative.jsonl
    const found = findEffects('While Dr. Smits methods were originally designed for children with autism, he and those that he trained have found CEASE Therapy to be beneficial in other conditions including ADHD and ADD.');
    expect(found.map((e) => [e.effectId, e.target?.range.text])).toContainEqual(['cure-noun', 'ADHD']);
  });

  it('a drug-class word on a medicine noun names medicines', () => {
    // fixtures/corpus/informational.jsonl
    const frames = read('Flu antiviral drugs are drugs that decrease the ability of flu viruses to reproduce.');
    expect(frames.filter((f) => f.category === 'drug-class').map((f) => f.agent)).toEqual(['treatment']);
    expect(frames.every((f) => f.verdict === 'not-a-claim')).toBe(true);
  });
});

describe('the evaluation explains each miss by the stage that lost it', () => {
  it('names the stage and, for claim frames, the agent, framing and verdict', async () => {
    const { explain } = await import('../scripts/explain-item.js');
    // fixtures/corpus/validation/violative.jsonl: a misspelt disease the screen cannot know.
    expect(explain('Athritus[sic] Relief')).toBe('no disease, claim word or therapy the screen knows');
    // fixtures/corpus/informational.jsonl
    const chemo = explain('Chemotherapy can kill cancer cells throughout the body even if they traveled away from the original tumor.');
    expect(chemo).toMatch(/^kill-cells "kill cancer cells" by treatment "Chemotherapy".*: not-a-claim/);
  });
});

describe('a pronoun subject stands for what a sentence just before named', () => {
  // fixtures/corpus/violative.jsonl: both items hold two sentences.
  it.each([
    ['Ginkgo biloba provides unique antioxidants that help to improve blood flow to the brain ... It may also offer some benefit for men with erectile dysfunction', 'Ginkgo biloba'],
    ['Chromium, it balances your sugar levels, your carbs, your lipids. It prevents the onset of Type II Diabetes', 'Chromium'],
  ])('%s', (text, named) => {
    const analysis = analyzeDocument(parseDocument(text, 'text', 'x.txt'), undefined, { pageKind: 'commerce' });
    const frame = analysis.frames.find((f) => f.sentence.index === 1)!;
    expect(frame.agent.kind).toBe('substance');
    expect(frame.agent.text).toContain(named);
    expect(verdictFor(frame, analysis.page)).toBe('claim');
  });
});

describe('passives', () => {
  it('what a passive purpose says is used is its means: a substance so used is the agent', () => {
    // fixtures/corpus/violative.jsonl
    const frames = read('[m]elatonin supplements are used to help Alzheimer’s disease.', 'commerce');
    expect(frames.map((f) => [f.agent, f.verdict])).toContainEqual(['substance', 'claim']);
  });

  it('a share of all cases prevented is information, even on a sales page', () => {
    // fixtures/corpus/informational.jsonl
    expect(read('Between 30–50% of cancers can currently be prevented.', 'commerce').every((f) => f.verdict === 'not-a-claim')).toBe(true);
    expect(read('It is estimated that at least 50%-60% of colorectal cancer deaths could be prevented if all men and women aged 50 years or older were screened routinely.', 'commerce')).toEqual([]);
  });

  it('a negation between the disease and the passive verb counts', () => {
    // fixtures/pages/mytea-magic-metastasis-page.txt (the ACS text the seller copied).
    const frames = read('Here, when we refer to advanced cancer, we’re talking about cancers that cannot be cured.', 'commerce');
    expect(frames.length).toBeGreaterThan(0);
    expect(frames.every((f) => f.verdict === 'not-a-claim')).toBe(true);
  });

  it('a headline asking whether what is sold acts on a disease is a possible claim on a sales page, a topic elsewhere', () => {
    // fixtures/corpus/violative.jsonl (a CBD shop's blog and another's, the seventh development batch).
    for (const asked of ['Can CBD help treat or even cure cancer?', 'Does CBD help with tumours and cancer? CBD health benefits']) {
      expect(read(asked, 'commerce')).toContainEqual(expect.objectContaining({ verdict: 'possible-claim' }));
      expect(read(asked, 'informational').every((f) => f.verdict === 'not-a-claim')).toBe(true);
      // With no page, the grammar reads a topic (the claim register may still read a claim).
      expect(readGrammar(asked).every((f) => f.verdict === 'not-a-claim')).toBe(true);
    }
    // A question asked of the reader's own body stays a question: "What if a patient’s own immune
    // system could cure cancer?" (fixtures/corpus/informational.jsonl).
    expect(read('What if a patient’s own immune system could cure cancer?', 'commerce').every((f) => f.verdict === 'not-a-claim')).toBe(true);
  });
});

describe('implied claims: a disease named beside a promise of benefit', () => {
  // fixtures/corpus/violative.jsonl (FDA/FTC letter to Flor Nutraceuticals).
  const herpes = "Finally, there's a real solution for the millions who suffer from genital herpes and oral herpes (cold sores).";
  const implied = (text: string, pageKind?: 'commerce' | 'informational') => read(text, pageKind).filter((f) => f.category === 'implied-disease');

  it('is a possible claim on a sales page, never a sure one', () => {
    expect(implied(herpes, 'commerce').map((f) => f.verdict)).toEqual(['possible-claim']);
  });

  it('is not a claim on an informational page, nor where the page is unknown', () => {
    // Looked for only on a sales page…
    expect(implied(herpes, 'informational')).toEqual([]);
    expect(implied(herpes)).toEqual([]);
    // …and the verdict draws the same line for a frame found there.
    const analysis = analyzeDocument(parseDocument(herpes, 'text', 'x.txt'), undefined, { pageKind: 'commerce' });
    const frame = analysis.frames.find((f) => f.category === 'implied-disease')!;
    expect(verdictFor(frame, { ...analysis.page, kind: 'informational' })).toBe('not-a-claim');
    expect(grammarVerdict(frame, { ...analysis.page, kind: 'unknown' })).toBe('not-a-claim');
    // With no page around it, only the claim register can still read it as a claim, when it reads
    // strongly so (register.test.ts).
    expect(frame.register!.claimLikeness).toBeGreaterThanOrEqual(registerModel().claimOnUnknownPageFrom);
    expect(verdictFor(frame, { ...analysis.page, kind: 'unknown' })).toBe('possible-claim');
  });

  it('a benefit word may point through an adverb, and to whom it is for', () => {
    // fixtures/corpus/violative.jsonl (ASA ruling on Diabetone).
    const text = 'Diabetone is specially formulated with nutrients to help safeguard your daily nutritional requirements, with particular relevance to people with diabetes.';
    expect(findImpliedBenefit(text)?.cue.text).toBe('relevance');
    expect(implied(text, 'commerce').map((f) => f.verdict)).toEqual(['possible-claim']);
    // fixtures/corpus/violative.jsonl: the agent (patients "at University Hospital") is not read right yet.
    expect(findImpliedBenefit('MRSA - 52 patients at University Hospital, London all recovered fully from long term MRSA after taking Allicin.')?.cue.text).toBe('recovered');
  });

  it('with no benefit word, the seller or its product named beside the disease', () => {
    // fixtures/corpus/violative.jsonl
    const text = 'People with depression are often low in Omega 3’s, which is why we made this fish oil product';
    expect(findImpliedBenefit(text)?.cue.text).toBe('we made');
    expect(implied(text, 'commerce').map((f) => f.verdict)).toEqual(['possible-claim']);
    // fixtures/corpus/validation/informational.jsonl: a drug's brand is no seller's word.
    expect(findImpliedBenefit("For people with mild or moderate Alzheimer's, donepezil (Aricept®), rivastigmine (Exelon®), or galantamine (Razadyne®) may help prevent some symptoms from becoming worse for a limited time.")).toBeUndefined();
  });

  it('"we", "us" and "our" alone are the writer\'s voice, not the seller\'s goods', () => {
    // fixtures/corpus/pages/pages.jsonl (sellers' pages)
    expect(findImpliedBenefit('There’s type 1 diabetes, which we sometimes call juvenile diabetes.')).toBeUndefined();
    expect(findImpliedBenefit('Flu and cold season has been battering our communities with prolonged and persistent illness.')).toBeUndefined();
  });

  it('a benefit word that governs another verb is that verb’s', () => {
    // fixtures/pages/ctca-metastatic-cancer-page.txt
    expect(implied('Cancer cells or other cells may produce specific substances that help indicate the presence of cancer in your body.', 'commerce')).toEqual([]);
    expect(implied('Some tumor markers may also be used to help determine whether cancer has metastasized, including:', 'commerce')).toEqual([]);
  });

  it('a disease that only names which treatment is meant is not what the benefit is for', () => {
    // fixtures/corpus/informational.jsonl: a clause of a report on Project False Hope, and a warning.
    expect(findImpliedBenefit('help with cancer treatment symptoms')).toBeUndefined();
    expect(implied('These supplements can be dangerous if they cause people to delay or stop effective, proven treatments for diabetes.', 'commerce')).toEqual([]);
  });

  it('said of an established treatment, it is information even on a sales page', () => {
    // fixtures/corpus/informational.jsonl (NHS Choices text on an NHS commissioning group's site).
    const frames = read('As chemotherapy is a potentially life-saving treatment, it\'s usually recommended for most people with cancer.', 'commerce');
    expect(frames).toContainEqual(expect.objectContaining({ category: 'implied-disease', agent: 'treatment', verdict: 'not-a-claim' }));
    expect(frames.every((f) => f.verdict === 'not-a-claim')).toBe(true);
  });
});

describe('a treatment a sales page offers is the seller’s', () => {
  it.each([
    // fixtures/corpus/violative.jsonl (FDA/FTC COVID-19 letter; ASA rulings).
    ['a therapy outside medicine', 'Saline therapy strengthens the lungs to fight against the novel Coronavirus'],
    ['a treatment praised', 'Fast Effective Treatment Help for Depression.'],
    ['a therapy with a coined name', 'While Dr. Smits methods were originally designed for children with autism, he and those that he trained have found CEASE Therapy to be beneficial in other conditions including ADHD and ADD.'],
    // A PEMF seller's page, the ninth development batch.
    ['a magnetic therapy', 'Pulsed magnetic therapy has been put to use effectively for over three decades in providing fibromyalgia pain relief.'],
  ])('%s', (_what, sentence) => {
    expect(read(sentence, 'commerce').some((f) => f.agent === 'seller' && f.verdict !== 'not-a-claim')).toBe(true);
    expect(read(sentence, 'informational').every((f) => f.verdict === 'not-a-claim')).toBe(true);
  });

  it('medicine’s own treatments stay treatments on a sales page', () => {
    // fixtures/pages/mytea-magic-metastasis-page.txt (the ACS text the seller copied).
    const frames = read('Palliative treatments, which may be the same treatments used to treat cancer, aim to relieve symptoms and side effects.', 'commerce');
    expect(frames.every((f) => f.verdict === 'not-a-claim')).toBe(true);
  });

  it('a coined name is one in capitals, not a title in initial capitals', () => {
    // fixtures/corpus/informational.jsonl (a source's title); fixtures/pages/mytea-magic-metastasis-page.txt.
    expect(isOfferedTreatment('How Targeted Therapy Works')).toBe(false);
    expect(isOfferedTreatment('Summaries for Adult Treatment')).toBe(false);
    expect(isOfferedTreatment('he and those that he trained have found CEASE Therapy')).toBe(true);
    // fixtures/corpus/violative.jsonl: text all in capitals.
    expect(isOfferedTreatment('IT IS NOW BEING TESTED IN THE USA & CHINA AS A POSSIBLE CURE FOR COVID-19')).toBe(false);
  });
});

describe('constructions of the third development batch', () => {
  const source = 'fixtures/corpus/violative.jsonl';
  expectClaims([
    ['any verb of cutting a risk', 'slash your risk of cancer.', source, 'prevent'],
    ['a disease’s name made a drug class', 'Anti-Parkinson, Anti-Alzheimer and other forms of dementia', source, 'drug-class'],
    ['a disease named in a compound', 'Oils for the Autism Spectrum! . . . Many have found a protocol of essential oils and supplements have helped ease the symptoms of autism-related issues . . .', source, 'cure-treat'],
    ['a symptom said to belong to the disease continues the list', 'Cherry concentrate has been shown to help with the pain and swelling that is associated with Arthritis and Gout.', source, 'cure-treat'],
    ['words between “good for” and the disease', 'Cherry concentrate is good for your arthritis and gout.', source, 'cure-treat'],
    ['a list of diseases someone is made free from', 'Patanjali have made thousands of people free from several diseases like BP, sugar, thyroid, asthma, arthritis, obesity, liver and kidney failure, and cancer,', source, 'testimonial'],
    ['survival promised', 'Survival rates in stage IV cancers are 3 to 5 times better', source, 'cure-treat'],
    ['a disease taken up by a pronoun after the verb', 'And if you are at risk of hypertension, My Low Press may also help prevent its development.', source, 'prevent'],
    ['a body made ready against a disease, 21 CFR 101.93(g)(2)(viii)', 'the perfect way to strengthen your immune system against pathogens like COVID-19, the coronavirus.', source, 'prevent'],
    ['a blood-sugar reading told in numbers', 'My blood sugar went from 230 to 117 in just 21 days', source, 'cure-treat'],
    ['offered where a therapy fails', 'AlliTech is now successful where antibiotics no longer are, and remarkable in dealing with pneumonia and upper respiratory infections.', source, 'substitute-therapy'],
  ]);

  it('a label’s verbs share the product as their subject', () => {
    // fixtures/corpus/violative.jsonl: compromise takes the first verb's object for the second's subject.
    expect(read('boosts the immune system and kills infections and cancer cells', 'commerce')).toContainEqual({ agent: 'product', verdict: 'claim', category: 'cell-kill' });
  });

  it('free from a disease is said of people, not of a world hoped for', () => {
    // fixtures/pages/mytea-magic-metastasis-page.txt (the ACS slogan the seller copied).
    // (The claim register may still find it reads like a seller's slogan: register.test.ts.)
    expect(read('Imagine a world free from cancer.', 'commerce').filter((f) => f.category !== 'claim-like')).toEqual([]);
  });

  it('a disease in a compound is read to the end of the compound', () => {
    // fixtures/corpus/violative.jsonl
    const effects = findEffects('Many have found a protocol of essential oils and supplements have helped ease the symptoms of autism-related issues . . .');
    expect(effects.map((e) => e.range.text)).toContain('ease the symptoms of autism-related');
  });

  it('a passive whose subject is a list, on a sales page', () => {
    // fixtures/corpus/violative.jsonl
    const frames = read('Viruses, bacteria, AIDS, HIV, Cancer, Diabetes, and all invaders inside your body are killed.', 'commerce');
    expect(frames.map((f) => f.verdict)).toContain('possible-claim');
  });

  it('what someone uses to treat a disease is the means, not the one who uses it', () => {
    // fixtures/corpus/violative.jsonl
    const frames = read('DOCTORS use it to treat patients suffering from all manner of maladies from influenza and colds to cases of emphysema.');
    expect(frames.map((f) => f.agent)).toContain('pronoun');
    expect(frames.some((f) => f.verdict === 'possible-claim')).toBe(true);
  });

  it('a passive purpose with words between stays a passive purpose', () => {
    // fixtures/corpus/violative.jsonl
    const text = 'ANCIENT ORIGINS The medicinal qualities exhibited by the ancient remedy Shilajit are due to the presence of Humic acid (HA) and fulvic acid (FA) . . . Shilajit has been used in oriental medicine for centuries to treat . . . diabetes, skin diseases, rheumatic pain, kidney stones, heart ailments, leprosy . . .';
    expect(read(text, 'commerce').map((f) => [f.agent, f.verdict])).toContainEqual(['substance', 'claim']);
  });
});

describe('hedges and the buyer’s own body on a sales page', () => {
  it('a claim said impersonally to be believed is the seller’s hedge, not someone else’s report', () => {
    // fixtures/corpus/violative.jsonl
    const frames = read('The powerful antioxidants found in tea are believed to help prevent cancer [and] lower cholesterol.', 'commerce');
    expect(frames.some((f) => f.category === 'prevent' && f.verdict === 'claim')).toBe(true);
  });

  it('the buyer’s body fighting a disease is a possible claim only where a product is sold', () => {
    // fixtures/corpus/validation/violative.jsonl
    const text = 'Your immune system is your best weapon against many kinds of illnesses, from common colds and flu to longer-term conditions like heart disease, diabetes, and cancer.';
    expect(read(text, 'commerce').map((f) => [f.agent, f.verdict])).toContainEqual(['body', 'possible-claim']);
    expect(read(text, 'informational').every((f) => f.verdict === 'not-a-claim')).toBe(true);
    // fixtures/corpus/informational.jsonl: a body that is not the buyer's stays information, and so
    // does a treatment helping the buyer's.
    expect(read('Some cancer cells are probably killed off by the white blood cells in our immune system.', 'commerce').every((f) => f.verdict === 'not-a-claim')).toBe(true);
    expect(read('Immunotherapy helps your body\'s immune system fight cancer cells.', 'commerce').every((f) => f.verdict === 'not-a-claim')).toBe(true);
  });

  it('supplements named for the body part they are for are supplements, not the body', () => {
    // fixtures/corpus/violative.jsonl (a seller's page, the ninth development batch).
    expect(read('natural immune system supplements prevent colds flu virus', 'commerce')).toContainEqual({ agent: 'substance', verdict: 'claim', category: 'prevent' });
  });
});

describe('a list of diseases after a lead-in that names the effect', () => {
  // fixtures/corpus/violative.jsonl: each is split into sentences at the quotation's ellipses,
  // as a Markdown or HTML list is split into its items.
  const listed = 'Ailments traditionally used for: . . . Cancer . . . Hemorrhoids . . . Tumor';

  it('each item is a claim of the lead-in’s effect, placed on the item', () => {
    const analysis = analyzeDocument(parseDocument(listed, 'text', 'x.txt'), undefined, { pageKind: 'commerce' });
    const items = analysis.frames.map((f) => [f.sentence.text.replace(/[\s.]+$/, ''), f.effect.text, verdictFor(f, analysis.page)]);
    expect(items).toEqual([
      ['Cancer', 'Cancer', 'possible-claim'],
      ['Hemorrhoids', 'Hemorrhoids', 'possible-claim'],
      ['Tumor', 'Tumor', 'possible-claim'],
    ]);
  });

  it('the lead-in gives the agent and the framing', () => {
    const text = 'It can be useful in helping with conditions such as: … Irritable Bowel Syndrome';
    expect(read(text, 'commerce').map((f) => [f.agent, f.verdict])).toEqual([['pronoun', 'possible-claim']]);
    expect(read(text, 'informational').map((f) => f.verdict)).toEqual(['not-a-claim']);
  });
});

describe('wordings of the validation set', () => {
  const source = 'fixtures/corpus/validation/violative.jsonl';
  expectClaims([
    ['cancer cells made to self-destruct', 'Citral has been shown to-cause apoptosis in cancer cells, in other words, it causes cancer cells to self-destruct!', source, 'cell-kill'],
    ['a death blow to a disease', 'exert a deathblow on cancer', source, 'cell-kill'],
  ]);
});

describe('wordings of the fourth development batch', () => {
  const source = 'fixtures/corpus/violative.jsonl';
  expectClaims([
    ['off the medicine a disease needs', 'enables 9 out of 10 diabetics to stop taking insulin', source, 'substitute-therapy'],
    ['a customer off the medicine', 'I was taking 50 units of insulin plus pills twice a day and my blood sugar just kept going up. Since I’ve been using the Diabetic Pack…I don’t take insulin any more!', source, 'substitute-therapy'],
    ['a drug-class word written in two', 'anti viral wellness booster', source, 'drug-class'],
    ['a cure said to exist', 'Ebola does have a cure.', source, 'cure-treat'],
  ]);

  it('recovery from a disease in a product’s name, offered with a customized treatment', () => {
    // fixtures/corpus/violative.jsonl
    const text = 'Customized Autism Treatment – Autism Recovery Supplements';
    expect(read(text, 'commerce')).toContainEqual({ agent: 'seller', verdict: 'claim', category: 'cure-treat' });
    expect(read(text, 'informational').every((f) => f.verdict === 'not-a-claim')).toBe(true);
  });

  it('"the best ways to" sells, where "new ways to" is research', () => {
    // fixtures/corpus/violative.jsonl (Oxybreath, ASA); fixtures/corpus/informational.jsonl.
    expect(read('One of the best ways to protect yourself is to get a high quality face mask that can protect you from: viruses, bacteria, and other air pollutants.', 'commerce').some((f) => f.verdict !== 'not-a-claim')).toBe(true);
    expect(read("That's why doctors have come up with ways to help your immune system fight your cancer.").every((f) => f.verdict === 'not-a-claim')).toBe(true);
  });
});

describe('the page context', () => {
  it('"for a limited time" said of a medicine is no sales offer', () => {
    // fixtures/corpus/validation/informational.jsonl
    const text = "For people with mild or moderate Alzheimer's, donepezil (Aricept®), rivastigmine (Exelon®), or galantamine (Razadyne®) may help prevent some symptoms from becoming worse for a limited time.";
    const { page } = analyzeDocument(parseDocument(text, 'text', 'x.txt'));
    expect(page.commerceSignals).not.toContain('buy');
    expect(page.kind).not.toBe('commerce');
  });
});

describe('reports of a seller’s claims', () => {
  // fixtures/corpus/informational.jsonl
  const report = 'One company – Ebola-C – claims on its website that the product supports healthy wound healing and protects against the virus.';

  it('are reports wherever the page is not a sales page', () => {
    expect(read(report).every((f) => f.verdict === 'not-a-claim')).toBe(true);
    expect(read(report, 'informational').every((f) => f.verdict === 'not-a-claim')).toBe(true);
    expect(read(report, 'commerce').some((f) => f.verdict === 'claim')).toBe(true);
  });

  it('a seller’s own "Promoting" heading a label and "the market" it sells in are no reports', () => {
    // fixtures/corpus/violative.jsonl (an FDA letter's quote; a seller's page, the seventh development batch).
    expect(read('[P]romoting anti-tumor activity.', 'commerce').some((f) => f.verdict !== 'not-a-claim')).toBe(true);
    expect(read('Unlike other pain relievers available in the market, herbal remedies can target the root cause of the disease.', 'commerce').some((f) => f.verdict !== 'not-a-claim')).toBe(true);
    // "Market" still reports as a verb (fixtures/corpus/informational.jsonl, PubMed Central), and
    // the place a seller sells in does not.
    const noEffect = { start: 0, end: 0, text: '' };
    expect(framingOf('Practitioners of alternative medical therapies commonly market unorthodox therapies to this population.', noEffect)).toContain('reported');
    expect(framingOf('Unlike other pain relievers available in the market, herbal remedies can target the root cause of the disease.', noEffect)).not.toContain('reported');
    // The verbs still report (fixtures/corpus/informational.jsonl).
    const reports = [
      'On March 28, 2019, the Federal Trade Commission (FTC) joined the Food and Drug Administration (FDA) in sending warning letters to three companies that market products that contain cannabidiol (CBD), which the companies claim can treat a variety of serious physical and mental disorders.',
    ];
    for (const r of reports) {
      expect(read(r).length).toBeGreaterThan(0);
      expect(read(r).every((f) => f.verdict === 'not-a-claim')).toBe(true);
    }
  });

  it('"according to its website" tells a seller’s claim', () => {
    // fixtures/corpus/informational.jsonl (Newshub).
    const told = 'According to its website, homeopathy can help with various medical conditions including bladder infections, the flu, sore throats, sinus problems, ear infections, strep throat and "minor injuries".';
    expect(read(told, 'commerce').length).toBeGreaterThan(0);
    expect(read(told, 'commerce').every((f) => f.verdict === 'not-a-claim')).toBe(true);
  });

  it('a seller’s own "shows promise" is a hedge, not a report', () => {
    // fixtures/corpus/violative.jsonl
    expect(read('This herb shows promise for helping to slow down cell changes and stop cancer.').some((f) => f.verdict !== 'not-a-claim')).toBe(true);
  });
});

describe('constructions of the sixth development batch (sellers’ own pages)', () => {
  expectClaims([
    ['a label’s phrase told disease first', 'Tumor shrinking', 'fixtures/corpus/violative.jsonl', 'cell-kill'],
    ['a disease done to death', 'Oxidizing Cancer to Death', 'fixtures/corpus/violative.jsonl', 'cell-kill'],
    ['a disease kept away', 'A Bowl of Chinese Vegetables a Day May Keep Tumors Away', 'fixtures/corpus/violative.jsonl', 'prevent'],
    ['the effects of a therapy enhanced, without "the"', 'Enhances effects of radiation therapy', 'fixtures/corpus/violative.jsonl', 'augment-therapy'],
    ['an adjunct to a therapy', 'Adjunctive treatment in cancer chemotherapy', 'fixtures/corpus/violative.jsonl', 'augment-therapy'],
    ['pathogens killed', '[I]t does kill every pathogen against which it has been tested, worldwide, without exception.', 'fixtures/corpus/violative.jsonl', 'cell-kill'],
    ['thrush, a disease by name', 'heal faster from diarrhoea, lack of appetite, glands and thrush', 'fixtures/corpus/violative.jsonl', 'cure-treat'],
  ]);

  it('the disease that opens such a phrase is what it acts on, not its subject', () => {
    // fixtures/corpus/violative.jsonl
    expect(read('Cancer destroying', 'commerce')).toContainEqual({ agent: 'unknown', verdict: 'possible-claim', category: 'cell-kill' });
  });
});

describe('constructions of sellers’ own pages (seventh to thirteenth development batches)', () => {
  const source = 'fixtures/corpus/violative.jsonl';
  expectClaims([
    ['what is sold, for a disease, as a heading', 'Young Living Essential Oils for depression', source, 'cure-treat'],
    ['a disease’s natural treatment', 'Lyme Disease Natural Treatment is a great choice for working with this condition.', source, 'cure-treat'],
    ['freedom from a disease', 'Freedom from heart diseases, treatment without surgery', source, 'cure-treat'],
    ['a disease vanquished', 'Vanquish Psoriasis by Ayurveda', source, 'cure-treat'],
    ['AMD, macular degeneration by its capitals', 'They can help prevent AMD from progressing to the point of vision loss.', source, 'prevent'],
    ['a therapy’s efficacy improved', 'Improve the efficacy of chemotherapy and radiation', source, 'augment-therapy'],
    ['a drug-class word in a passive sentence', 'Used in cancer treatmet because it contains anti-cancer polysaccharide PSK.', source, 'drug-class'],
    ['toxic to cancer cells, in a label’s list', 'Primary actions: toxic to cancer cells, DNA protective, anti-inflammatory, immune modulation.', source, 'cell-kill'],
    ['SIBO, small intestinal bacterial overgrowth', 'Healing SIBO Naturally: 4 Steps to Total Gut Restoration!', source, 'cure-treat'],
    ['a disease cleared out', 'Dark cherries, and other natural combinations can make it easy to clear out gout.', source, 'cure-treat'],
    ['carcinogenesis, the making of a cancer', 'By scavenging these reactive oxygen species, inositol hexaphosphate prevents them from initiating carcinogenesis.', source, 'prevent'],
  ]);

  it('a question naming a disease, answered at once with help, implies the claim on a sales page only', () => {
    // fixtures/corpus/violative.jsonl (a magnet seller's blog, the sixth development batch).
    const ad = 'Suffering From Arthritis Pain? Magnetic Therapy Can Help Manage Your Pain.';
    expect(read(ad, 'commerce')).toContainEqual({ agent: 'seller', verdict: 'possible-claim', category: 'implied-disease' });
    expect(read(ad, 'informational')).toEqual([]);
    // A hospital's question and its answer, which promises nothing (fixtures/pages/ctca-metastatic-cancer-page.txt).
    const faq = 'What is metastatic cancer?\n\nA metastatic cancer, or metastatic tumor, is one that has spread from the primary site of origin, or where it started, into different areas of the body.';
    expect(read(faq, 'commerce')).toEqual([]);
  });

  it('what "can be used to" prevent a disease is the agent; so is a practice on its practitioner’s page', () => {
    // fixtures/corpus/violative.jsonl (a supplement seller's and an acupuncturist's pages, the fourteenth development batch).
    expect(read('This means that mangosteen can not only be used to prevent cancer but also treat it.', 'commerce')).toContainEqual({ agent: 'substance', verdict: 'claim', category: 'prevent' });
    const practice = 'For the past 3000 years, acupuncture has been used in China to resolve infertility.';
    expect(read(practice, 'commerce')).toContainEqual(expect.objectContaining({ agent: 'seller', verdict: 'claim' }));
    expect(read(practice, 'informational').every((f) => f.verdict === 'not-a-claim')).toBe(true);
    // Named as one kind of care among others, a practice is nobody's offer (fixtures/corpus/informational.jsonl, NCCIH).
    const kinds = read('Some complementary health approaches, such as acupuncture, mindfulness-based stress reduction, and yoga, may help manage cancer symptoms and side effects of treatment.', 'commerce');
    expect(kinds.every((f) => f.agent !== 'seller')).toBe(true);
  });

  it('a phrase set before the subject is not the subject', () => {
    // fixtures/corpus/violative.jsonl (a functional-medicine clinic, the twelfth development batch).
    expect(read('At Melbourne Functional Medicine, we’ll give you the help you need to recover from long COVID and live a healthier life again.', 'commerce')).toContainEqual(expect.objectContaining({ agent: 'seller', verdict: 'claim' }));
    // fixtures/corpus/informational.jsonl (Mondaq; Medscape): read from "In …," on, the subject
    // would be the product or the supplements; it is the company's report, and the risks.
    for (const told of [
      'In advertising the Product on its website, Lifelixer made a number of significant claims about how the Product could address a number of health-related issues (for example, it claimed the product could improve longevity and the immune system and be used to treat a number of mental illnesses, reduce breast cancer, prevent prostate cancer, heart attack and stroke).',
      'In the case of herbal and dietary supplements, the main risks for diabetics are hypoglycemia, potential adverse reactions with antidiabetes drugs, and uncertain long-term safety.',
    ]) {
      expect(read(told, 'commerce').length).toBeGreaterThan(0);
      expect(read(told, 'commerce').every((f) => f.verdict === 'not-a-claim')).toBe(true);
    }
  });

  it('the same heading on a patient-education page is a topic', () => {
    // fixtures/corpus/informational.jsonl (Endotext, NCBI Bookshelf).
    const topic = 'Commonly used dietary supplements for diabetes can be categorized as hypoglycemic agents, carbohydrate absorption inhibitors, and insulin sensitizers.';
    expect(read(topic, 'informational').length).toBeGreaterThan(0);
    expect(read(topic, 'informational').every((f) => f.verdict === 'not-a-claim')).toBe(true);
  });
});

describe('letters that look like Latin ones', () => {
  it('a claim spelled with Cyrillic look-alikes, as sellers write to slip past filters, is read as spelled in Latin', () => {
    // The MyTea headline (fixtures/pages/mytea-magic-metastasis-page.txt) with Cyrillic "с" and "а"
    // in "cancer" and "spread": a transformation of real text, as the adversarial benchmark makes.
    const disguised = 'Stop \u0441\u0430ncer tumor spre\u0430d with MyTea Magic';
    expect(read(disguised)).toEqual(read('Stop cancer tumor spread with MyTea Magic'));
    // Letter for letter: offsets are kept, so findings point at the text as written.
    expect(findEffects(disguised).map((e) => e.range.text)).toEqual(['Stop \u0441\u0430ncer tumor spre\u0430d']);
  });
});

describe('letters an editor bracketed', () => {
  it('a claim as a regulator quotes it, "[K]ill", is read as the seller wrote it', () => {
    // fixtures/corpus/violative.jsonl (the FDA's letter to Oxygen Therapy Program, 2010).
    const quoted = '[K]ill the AIDS virus, the herpes virus, any flu virus and every other parasite that finds its way into the human body.';
    expect(read(quoted, 'commerce')).toEqual(read(quoted.replace('[K]ill', 'Kill'), 'commerce'));
    expect(read(quoted, 'commerce')).toContainEqual(expect.objectContaining({ verdict: 'claim' }));
    // The word keeps its place: the effect is quoted from the bracket on.
    expect(findEffects(quoted).map((e) => e.range.text)).toEqual(['[K]ill the AIDS']);
  });

  it('a bracketed compound is read whole, and the grammar finds the subject as written', () => {
    // fixtures/corpus/violative.jsonl (FDA letters quoted in the eighth development batch).
    const compound = '[A]nti-tumor product, now known as SunRecome.';
    expect(findEffects(compound).map((e) => e.range.text)).toEqual(['[A]nti-tumor']);
    expect(read(compound, 'commerce')).toContainEqual(expect.objectContaining({ category: 'drug-class', verdict: 'claim' }));
    const label = '[C]an destroy the enzyme in DNA responsible for cancer cells--without harming healthy cells.';
    expect(read(label, 'commerce')).toEqual(read(label.replace('[C]an', 'Can'), 'commerce'));
    expect(read(label, 'commerce').some((f) => f.verdict !== 'not-a-claim')).toBe(true);
  });
});
