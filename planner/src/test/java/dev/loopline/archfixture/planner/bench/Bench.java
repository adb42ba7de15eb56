package dev.loopline.archfixture.planner.bench;

/** A class for planted violations to point at. */
public class Bench {}
