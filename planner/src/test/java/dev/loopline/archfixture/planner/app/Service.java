package dev.loopline.archfixture.planner.app;

/** A class for planted violations to point at. */
public class Service {}
