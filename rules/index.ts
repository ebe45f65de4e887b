/** Every rule healthlint ships, in the order their findings are listed for one sentence. */
import type { Rule } from '../src/rule-kit/types.js';
import noCancerCellKillClaim from './no-cancer-cell-kill-claim.js';
import noCureTestimonial from './no-cure-testimonial.js';
import noDiseaseInProductName from './no-disease-in-product-name.js';
import noDiseasePreventionClaim from './no-disease-prevention-claim.js';
import noDiseaseTreatmentClaim from './no-disease-treatment-claim.js';
import noDrugClassClaim from './no-drug-class-claim.js';
import noStopSpreadClaim from './no-stop-spread-claim.js';
import noTherapyAugmentClaim from './no-therapy-augment-claim.js';
import noTherapySubstituteClaim from './no-therapy-substitute-claim.js';

export const rules: Rule[] = [
  noStopSpreadClaim,
  noCancerCellKillClaim,
  noDiseaseTreatmentClaim,
  noDiseasePreventionClaim,
  noDrugClassClaim,
  noTherapySubstituteClaim,
  noTherapyAugmentClaim,
  noCureTestimonial,
  noDiseaseInProductName,
];
