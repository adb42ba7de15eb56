package dev.loopline.archfixture.planner.sample;

/** A class for planted violations to point at. */
public class Generator {}
