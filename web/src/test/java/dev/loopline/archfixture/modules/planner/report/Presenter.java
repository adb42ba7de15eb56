package dev.loopline.archfixture.modules.planner.report;

/** A class for planted violations to point at. */
public class Presenter {}
