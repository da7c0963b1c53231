/**
 * How long Brug keeps a closed case (decision 027): after the retention term its personal data is removed and
 * only the figures the reports need are kept; supervisors see what is due and may postpone it with a reason.
 */
@NullMarked
package nl.brug.mediationcase.retention;

import org.jspecify.annotations.NullMarked;
