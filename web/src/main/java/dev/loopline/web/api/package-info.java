/**
 * The REST API under {@code /api}: controllers that turn HTTP parameters and JSON into the planner's application
 * requests and present the results as JSON (GeoJSON for map layers). Every error is an RFC 7807 problem detail;
 * one caused by a parameter or field names it in {@code field} ({@link dev.loopline.web.api.ApiProblems}).
 */
package dev.loopline.web.api;
