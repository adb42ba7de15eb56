/**
 * Evaluation reports: {@code report.json} (every figure), GeoJSON layers (lines, new stops, newly covered cells,
 * loops), {@code summary.csv} and {@code district_split.csv}, and a self-contained {@code report.html} with SVG maps
 * and bar charts (no scripts, tiles or fonts from outside: it must open offline). Outputs are deterministic: keys
 * sorted, numbers with fixed decimals, no timestamps; a report directory is written beside its target and renamed
 * into place, so a reader never sees half a report.
 */
package dev.loopline.planner.report;
