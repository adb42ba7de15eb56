package dev.loopline.archfixture.planner.report;

/** A class for planted violations to point at. */
public class Report {}
