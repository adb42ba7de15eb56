/**
 * The web layer: Spring Boot REST API and browser UI over the planner. Not built yet (a later issue); for now the
 * module holds the architecture test that enforces the module arrows web → planner → osm, gtfs.
 */
package dev.loopline.web;
