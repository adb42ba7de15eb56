package dev.loopline.archfixture.planner.progress;

/** A class for planted violations to point at. */
public class Listener {}
