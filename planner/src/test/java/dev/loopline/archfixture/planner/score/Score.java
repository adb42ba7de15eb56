package dev.loopline.archfixture.planner.score;

/** A class for planted violations to point at. */
public class Score {}
