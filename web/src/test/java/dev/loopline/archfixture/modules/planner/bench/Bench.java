package dev.loopline.archfixture.modules.planner.bench;

/** A class for planted violations to point at. */
public class Bench {}
