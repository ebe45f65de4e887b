/** Every rule healthlint ships, in the order their findings are listed for one sentence. */
import type { Rule } from '../src/rule-kit/types.js';
import copiedAuthorityText from './copied-authority-text.js';
import disclaimerCannotRescue from './disclaimer-cannot-rescue.js';
import noClaimLikeDiseaseMention from './no-claim-like-disease-mention.js';
import noCancerCellKillClaim from './no-cancer-cell-kill-claim.js';
import noCureTestimonial from './no-cure-testimonial.js';
import noDiseaseInProductName from './no-disease-in-product-name.js';
import noDiseasePreventionClaim from './no-disease-prevention-claim.js';
import noDiseaseTreatmentClaim from './no-disease-treatment-claim.js';
import noDrugClassClaim from './no-drug-class-claim.js';
import noFdaApprovalClaim from './no-fda-approval-claim.js';
import noImpliedDiseaseClaim from './no-implied-disease-claim.js';
import noImpliedEndorsement from './no-implied-endorsement.js';
import noStopSpreadClaim from './no-stop-spread-claim.js';
import noStudyCitationDiseaseUse from './no-study-citation-disease-use.js';
import noTherapyAugmentClaim from './no-therapy-augment-claim.js';
import noTherapySubstituteClaim from './no-therapy-substitute-claim.js';
import redFlagWording from './red-flag-wording.js';
import resultsNotTypical from './results-not-typical.js';
import supplementDisclaimerMissing from './supplement-disclaimer-missing.js';
import supplementDisclaimerPlacement from './supplement-disclaimer-placement.js';
import supplementDisclaimerWording from './supplement-disclaimer-wording.js';
import unsupportedEvidenceClaim from './unsupported-evidence-claim.js';

/** Disease claims: the core of the product (21 CFR 101.93(g)(2), FTC). */
export const claimRules: Rule[] = [
  noStopSpreadClaim,
  noCancerCellKillClaim,
  noDiseaseTreatmentClaim,
  noDiseasePreventionClaim,
  noDrugClassClaim,
  noTherapySubstituteClaim,
  noTherapyAugmentClaim,
  noCureTestimonial,
  noDiseaseInProductName,
  noImpliedDiseaseClaim,
  noClaimLikeDiseaseMention,
];

/** Compliance beyond the claim: the disclaimer, endorsements, approval, copied text. */
export const complianceRules: Rule[] = [
  supplementDisclaimerMissing,
  supplementDisclaimerWording,
  supplementDisclaimerPlacement,
  disclaimerCannotRescue,
  resultsNotTypical,
  redFlagWording,
  unsupportedEvidenceClaim,
  noFdaApprovalClaim,
  noImpliedEndorsement,
  noStudyCitationDiseaseUse,
  copiedAuthorityText,
];

export const rules: Rule[] = [...claimRules, ...complianceRules];
