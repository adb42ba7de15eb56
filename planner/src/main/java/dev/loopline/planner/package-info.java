/** Transit routing on OTP Raptor, trip planning, proposals, scores, reports, the CLI and the synthetic sample. */
package dev.loopline.planner;
