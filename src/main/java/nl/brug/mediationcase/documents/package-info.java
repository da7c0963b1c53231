/**
 * The papers parties sign, printed from the case: the mediation agreement (deelnameovereenkomst) before the
 * first joint session and the agreement (an agreement of intent or a settlement agreement) at the end
 * (decision 031).
 */
@NullMarked
package nl.brug.mediationcase.documents;

import org.jspecify.annotations.NullMarked;
