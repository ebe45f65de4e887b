/**
 * How a message names the agent (src/claims/agent-name.ts) and the disease (src/claims/prose-case.ts):
 * the phrases are as compromise and the grammar read them from sentences of the development pages
 * (fixtures/corpus/pages/pages.jsonl).
 */
import { describe, expect, it } from 'vitest';
import { pluralVerbs, standsAsSubject, takesPluralVerb, tidyPhrase } from '../src/claims/agent-name.js';
import { parseSentence } from '../src/claims/sentence-parse.js';
import { inProseCase } from '../src/claims/prose-case.js';

describe('a phrase as a message shows it', () => {
  it.each([
    ['• Symptoms', 'Symptoms'],
    ['-It', 'It'],
    ['1. Ozone', 'Ozone'],
    ['Intravenous Vitamin C and', 'Intravenous Vitamin C'],
    ['Red yeast rice,', 'Red yeast rice'],
    ['Amphotericin, for instance', 'Amphotericin'],
    ['Amazingly, your immune system', 'your immune system'],
    ['Yet, Rescue Remedy', 'Rescue Remedy'],
    ['According to social media influencers and TikTok users, it', 'it'],
    ['that nattokinase (NK)', 'nattokinase (NK)'],
    ['It’s', 'It'],
    ["you'll", 'you'],
  ])('%s → %s', (phrase, shown) => {
    expect(tidyPhrase(phrase)).toBe(shown);
  });
});

describe('where a subject stands', () => {
  it.each([
    ['Many herbals actually block the replication of cancer cells.', 'Many herbals'],
    ['Fortunately, nature has already bestowed on us a wide variety of antiviral remedies in the form of herbs, and viruses do not develop resistance to them.', 'nature'],
    ['At a high enough temperature, heat can destroy cancer cell membranes, which typically results in cell death.', 'heat'],
    ['Dr Jane shares how green-lipped mussels help relieve joint pain and degenerative joint disease (or osteoarthritis) in senior dogs.', 'green-lipped mussels'],
    ['It’s extremely effective against itchy and dry eczema.', 'It’s'],
  ])('%s: “%s” is its subject', (sentence, phrase) => {
    expect(standsAsSubject(parseSentence(sentence), phrase)).toBe(true);
  });

  it.each([
    // after a verb or a preposition that governs it
    ['Herbals and neutraceuticals augment the immune system and are of paramount importance in controlling the growth of a tumor.', 'paramount importance'],
    ['It alleviates pain, enhances sleep, reduces occasional nervousness and decreases the chances of depression and panic attacks.', 'sleep'],
    ['These cells play a crucial role in recognizing and destroying cancer cells.', 'a crucial role'],
    ['Although significant successes have been achieved against certain types of cancer today, it is clear that there is still a great distance to be covered in the treatment of cancer.', 'a great distance'],
    // inside a longer noun phrase
    ['Fish oils have been shown to help reduce inflammation in eczema so eat more oily fish.', 'oils'],
    ['The prostate secretes a thin, milky, alkaline fluid that increases sperm motility and lubricates the urethra to prevent infection.', 'alkaline fluid'],
    // holding a verb of its own
    ['This regeneration facilitates sensory and motor function in the associated nerve and reduces symptomatic neuropathy.', 'This regeneration facilitates sensory'],
    // pointing, not naming
    ["Here are the best CBD oils to help alleviate your pet's symptoms.", 'Here'],
  ])('%s: “%s” is not its subject', (sentence, phrase) => {
    expect(standsAsSubject(parseSentence(sentence), phrase)).toBe(false);
  });
});

describe('the verb a named agent takes', () => {
  it.each([
    ['Magnetic bracelets', true],
    ['High internal temperatures', true],
    ['both PSP and PSK', true],
    ['Six weeks of supplementation', true],
    ['you', true],
    ['Transplantation of stem cells', false],
    ['The most common uses for HBOT', true],
    ['Andrographis', false],
    ['Mistletoe', false],
    ['St John’s Wort', false],
    ['Pulsed Electromagnetic Field (PEMF)', false],
  ])('%s: plural %s', (name, plural) => {
    expect(takesPluralVerb(name)).toBe(plural);
  });

  it.each([
    ['cures or treats cancer', 'cure or treat cancer'],
    ['kills or shrinks cancer cells', 'kill or shrink cancer cells'],
    ['improves or eases a medical treatment', 'improve or ease a medical treatment'],
    ['is for a disease, by its name', 'are for a disease, by its name'],
    ['was rid of cancer', 'were rid of cancer'],
    ['can take the place of medical treatment', 'can take the place of medical treatment'],
  ])('%s → %s', (singular, plural) => {
    expect(pluralVerbs(singular)).toBe(plural);
  });
});

describe('a disease named as prose names it', () => {
  it.each([
    ['Breast Cancer', 'breast cancer'],
    ['MS', 'MS'],
    ['COVID-19', 'COVID-19'],
    ['HIV/AIDS', 'HIV/AIDS'],
    ['Alzheimer’s disease', 'Alzheimer’s disease'],
    ['Parkinson\'s Disease', "Parkinson's disease"],
  ])('%s → %s', (name, prose) => {
    expect(inProseCase(name)).toBe(prose);
  });

  it('a proper name’s capital is kept where the sentence writes it, not a sentence’s first letter', () => {
    // prohealth-llnd-lyme-natural; the ACS page (fixtures/pages/acs-what-is-metastatic-cancer.txt)
    expect(inProseCase('Lyme disease', 'Hence, I believe that treating Lyme disease with antibiotics alone is insufficient for obtaining a cure.')).toBe('Lyme disease');
    expect(inProseCase('Metastatic cancer', 'Metastatic cancer is a cancer that has spread from the part of the body where it started (the primary site) to other parts of the body.')).toBe('metastatic cancer');
  });

  it('capitals throughout are shouting, not an acronym', () => {
    // fixtures/corpus/violative.jsonl (FTC warning letter to Total Life Changes)
    expect(inProseCase('CORONA', 'HOW WILL YOU FIGHT OFF CORONA? USE NUTRABURST-CHAGA-.')).toBe('corona');
    // bookimed-stem-cell-ms-clinics (fixtures/corpus/pages/pages.jsonl)
    expect(inProseCase('MS', 'Stem cells can release growth factors that encourage nerve repair, potentially slowing the progression of MS symptoms.')).toBe('MS');
  });
});
