/**
 * Finds efficacy statements in a sentence: an effect verb with its object ("stops … spread",
 * "kills cancer cells") or a claim phrase ("cure for cancer", "anti-tumor", "alternative to
 * chemotherapy"), each with the disease target it names.
 */
import type { ClaimCategory, Target, TextRange } from '../types.js';
import { isFragment } from './fragment.js';
import { lexicon } from './lexicon.js';
import { endOfEditedWord, normalizeForMatching } from './normalize.js';
import { maskTargets, mayMatch, wordsOf } from './patterns.js';

export interface EffectMatch {
  category: ClaimCategory;
  effectId: string;
  range: TextRange;
  /** True when the effect is a verb (its subject is the agent); false for a noun phrase. */
  isVerb: boolean;
  /** Where the agent finder looks for the verb, when not at the start of `range` (a passive's participle). */
  verbRange?: TextRange;
  /** A broad wording, kept only where no narrower effect reads the same words. */
  fallback?: boolean;
  target?: Target;
}

/**
 * How a disease's name is keyed in the lexicon: normalized, marks between words made spaces, in
 * the possessive's stem ("Alzheimer’s" → "alzheimer").
 */
export function diseaseKey(name: string): string {
  return normalizeForMatching(name)
    .replace(/[^a-z0-9'-]+/g, ' ')
    .trim()
    .replace(/'s$/, '');
}

/**
 * The diseases a text names, with their kind and place. Every reader of diseases goes through
 * here, so that a rule of the lexicon (AIDS only in capitals) holds everywhere.
 */
export function diseasesIn(text: string, normalized = normalizeForMatching(text)): Target[] {
  const { target, targetInCompound, targetKinds, capitalsOnly } = lexicon();
  const found: Target[] = [];
  // A disease as a word, or as the first half of a compound that still names it.
  const named = [...normalized.matchAll(target)].map((m) => [m.index!, m[0]] as const);
  if (normalized.includes('-')) for (const m of normalized.matchAll(targetInCompound)) named.push([m.index!, m[1]!]);
  for (const [start, name] of named.sort((a, b) => a[0] - b[0])) {
    const end = start + name.length;
    // The kind of the disease named, in the possessive too ("cancer's spread").
    const key = diseaseKey(name);
    const capitals = capitalsOnly.get(key);
    if (capitals && !text.slice(start, end).startsWith(capitals)) continue;
    found.push({ kind: targetKinds.get(key) ?? 'disease', range: { start, end, text: text.slice(start, end) } });
  }
  return found;
}

/**
 * The diseases a sentence names as what it speaks of, not as a word that only says which
 * treatment or service is meant ("Help with diabetes care"; `diseaseAsModifier` in effects.yml).
 */
export function diseasesSpokenOf(text: string, normalized = normalizeForMatching(text)): Target[] {
  const { diseaseAsModifier } = lexicon();
  const nextWord = (at: number): string => /^[^a-z0-9'-]*([a-z0-9'-]*)/.exec(normalized.slice(at))![1]!;
  return diseasesIn(text, normalized).filter((t) => !diseaseAsModifier.test(nextWord(t.range.end)));
}

/** The target inside [start, end), else the nearest one in the sentence. */
function pickTarget(targets: Target[], start: number, end: number): Target | undefined {
  const inside = targets.find((t) => t.range.start >= start && t.range.end <= end);
  if (inside) return inside;
  let best: Target | undefined;
  let bestDistance = Infinity;
  for (const t of targets) {
    const distance = t.range.start >= end ? t.range.start - end : start - t.range.end;
    if (distance < bestDistance) (best = t), (bestDistance = distance);
  }
  return best;
}

/**
 * `signs`: in a sentence that names no disease, the signs that stand for the page's disease
 * (src/claims/page-topic.ts), read as the diseases the sentence names.
 */
export function findEffects(text: string, signs: readonly Target[] = []): EffectMatch[] {
  const lex = lexicon();
  const normalized = normalizeForMatching(text);
  const named = diseasesIn(text, normalized);
  const targets = named.length > 0 ? named : [...signs];
  const matches: EffectMatch[] = [];
  const range = (start: number, rawEnd: number): TextRange => {
    const end = endOfEditedWord(text, start, rawEnd);
    return { start, end, text: text.slice(start, end) };
  };

  // Most sentences hold none of a pattern's first words: skip its (large) regular expression.
  const words = wordsOf(normalized);
  // Where each disease named ends, compounds ("cancer-free") included: phrases that begin with
  // a disease are tried from there.
  const targetEnds: [number, number][] = targets.map((t) => [t.range.start, t.range.end]);
  if (normalized.includes('-')) {
    for (const m of normalized.matchAll(lex.targetBeforeHyphen)) targetEnds.push([m.index!, m.index! + m[0].length]);
  }
  // Patterns whose object is any disease run on the sentence with its diseases masked.
  // A disease named in a compound ("autism-related") is masked with the rest of the compound, so
  // that the mask ends where a word does.
  // A disease named by its discoverer ("Parkinson's disease", "Crohn's disease") is masked with
  // the word that names it a disease, so that "natural {target} treatment" reads it whole.
  const compoundEnd = (end: number): number => {
    if (normalized[end] === '-') return end + /^[a-z0-9'-]*/.exec(normalized.slice(end))![0].length;
    return end + (/^ (?:disease|diseases|syndrome|disorder|disorders)\b/.exec(normalized.slice(end))?.[0].length ?? 0);
  };
  const masked = targets.length ? maskTargets(normalized, targets.map((t) => ({ start: t.range.start, end: compoundEnd(t.range.end) }))) : normalized;
  for (const effect of lex.effects) {
    if (effect.objectIsTarget && targets.length === 0) continue;
    // An effect told after its disease may begin with a disease known by its form, which no list
    // of first words holds: a sentence that names a disease is searched.
    const diseaseFirst = effect.objectFirst && effect.objectIsTarget && targets.length > 0;
    if (!diseaseFirst && !mayMatch(effect.starts, words)) continue;
    for (const m of (effect.objectIsTarget ? masked : normalized).matchAll(effect.active)) {
      const start = m.index!;
      const end = start + m[0].length;
      const object = m.groups!.obj!;
      // "heart attack, and chronic kidney disease": a verb that is part of a disease's name is not one.
      // (The masked text marks every character of a disease named.)
      if (!effect.objectFirst && masked[start] === '\u0001') continue;
      // Between the verb and the disease, and the word after the disease: "stop treatments for
      // diabetes", "cancer deaths" (but "drugs seeking", a disease's own name, may hold one).
      // Told after the disease ("colorectal cancer deaths could be prevented"), the word after
      // the disease is inside the match.
      const verbText = m.groups!.verb!;
      const between = effect.objectFirst ? normalized.slice(start + object.length, end - verbText.length) : normalized.slice(start + verbText.length, end - object.length);
      const after = effect.objectFirst ? '' : (/^[^a-z0-9'-]*[a-z0-9'-]+/.exec(normalized.slice(end))?.[0] ?? '');
      if (effect.notAcross?.test(`${between} ${after}`)) continue;
      const objectStart = effect.objectFirst ? start : end - object.length;
      const objectEnd = objectStart + object.length;
      const nearest = pickTarget(targets, objectStart, objectEnd);
      const inObject = nearest !== undefined && nearest.range.start >= objectStart && nearest.range.end <= objectEnd;
      // "spread" needs a disease named somewhere in the sentence; "cholesterol" is itself the
      // marker of a disease ("lowers cholesterol": FDA's own example of a disease claim).
      if (effect.requiresTarget && !nearest) continue;
      const target = inObject || effect.requiresTarget ? nearest : { kind: 'disease' as const, range: range(objectStart, objectEnd) };
      // An outcome told of the disease ("my tumor … has shrunk") has the disease as its subject:
      // it is read like a claim phrase, not as a verb whose subject is the agent. A passive
      // ("diabetes can be reversed") is a verb whose agent is named after it, if at all.
      const verbRange = effect.passive ? range(end - m.groups!.verb!.length, end) : undefined;
      matches.push({
        category: effect.category,
        effectId: effect.id,
        range: range(start, end),
        isVerb: !effect.objectFirst || effect.passive,
        verbRange,
        // Read through a sign of the page's disease, it gives way to any reading of the same words
        // that needs no page ("lowers blood pressure" is a claim on any page).
        fallback: effect.fallback || target?.signOf !== undefined,
        target,
      });
    }
  }
  // "Anti-Parkinson, Anti-Alzheimer": a disease's name made a drug class, 21 CFR 101.93(g)(2)(v).
  if (normalized.includes('anti')) {
    for (const m of normalized.matchAll(lex.antiDisease)) {
      matches.push({ category: 'drug-class', effectId: 'anti-disease', range: range(m.index!, m.index! + m[0].length), isVerb: false });
    }
  }
  let fragment: boolean | undefined;
  for (const phrase of lex.phrases) {
    if (phrase.requiresTarget && targets.length === 0) continue;
    if (phrase.headingOnly && !(fragment ??= isFragment(text))) continue;
    const found = (start: number, end: number): void => {
      matches.push({ category: phrase.category, effectId: phrase.id, range: range(start, end), isVerb: false, target: pickTarget(targets, start, end) });
    };
    if (phrase.pattern && mayMatch(phrase.starts, words)) {
      for (const m of normalized.matchAll(phrase.pattern)) found(m.index!, m.index! + m[0].length);
    }
    if (phrase.targetPattern && targets.length > 0 && mayMatch(phrase.targetStarts, words)) {
      for (const m of masked.matchAll(phrase.targetPattern)) found(m.index!, m.index! + m[0].length);
    }
    if (phrase.afterTarget) {
      for (const [start, end] of targetEnds) {
        phrase.afterTarget.lastIndex = end;
        if (phrase.afterTarget.exec(normalized)) found(start, phrase.afterTarget.lastIndex);
      }
    }
  }
  return dropOverlaps(matches);
}

/**
 * One match per category and stretch of text: the longest wins. A broad wording gives way to
 * any narrower effect that reads the same words, whatever its category.
 */
function dropOverlaps(matches: EffectMatch[]): EffectMatch[] {
  const overlap = (a: EffectMatch, b: EffectMatch): boolean => a.range.start < b.range.end && b.range.start < a.range.end;
  const narrow = matches.filter((m) => !m.fallback);
  const candidates = matches.filter((m) => !m.fallback || !narrow.some((n) => overlap(n, m)));
  const sorted = candidates.sort((a, b) => b.range.end - b.range.start - (a.range.end - a.range.start));
  const kept: EffectMatch[] = [];
  for (const m of sorted) {
    if (!kept.some((k) => k.category === m.category && overlap(k, m))) kept.push(m);
  }
  return kept.sort((a, b) => a.range.start - b.range.start);
}
